package nl.woonzorg.vera.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.woonzorg.model.area.Municipalities;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.dwelling.BuildingKind;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.vera.internal.Texts;
import nl.woonzorg.vera.mapping.MappingNote.Reason;
import org.apiguardian.api.API;
import tools.jackson.databind.JsonNode;

/**
 * Maps a VERA-OpenAPI {@code Cluster} or {@code Gebouw} (Vastgoed) to woonzorg's {@link
 * Building}, with a {@link MappingNote} for every attribute that does not carry over. The spec's
 * two schemas describe what a building consists of (units, parts, plots) but none of what the
 * clustered-housing rules ask — a meeting room, a lift, step-free access, the units for
 * 55-plussers — so a mapped building has those unknown, as they are.
 *
 * <table>
 *   <caption>What is mapped</caption>
 *   <tr><th>VERA</th><th>{@code Building}</th></tr>
 *   <tr><td>{@code id}</td><td>{@code id}; without it, no building ({@code MISSING})</td></tr>
 *   <tr><td>the schema</td><td>{@code kind}: {@code COMPLEX} for a Cluster, {@code GEBOUW} for a
 *       Gebouw</td></tr>
 *   <tr><td>{@code code}</td><td>{@code veraClusterCode} or {@code veraBuildingCode}</td></tr>
 *   <tr><td>{@code naam}</td><td>{@code name}</td></tr>
 *   <tr><td>{@code eenheden}</td><td>{@code unitCount}, the number of units listed
 *       ({@code INFERRED}: the list may not be the whole building)</td></tr>
 *   <tr><td>Gebouw {@code wijk.code}, {@code buurt.code}</td><td>{@code districtCode},
 *       {@code neighbourhoodCode}, with or without prefix; the gemeentecode is the wijkcode's
 *       first four digits ({@code INFERRED})</td></tr>
 *   <tr><td>anything else</td><td>{@code NO_COUNTERPART}, one note per attribute</td></tr>
 * </table>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class BuildingMapping {

  private BuildingMapping() {}

  /** Maps one VERA {@code Cluster} object to a {@link BuildingKind#COMPLEX} building. */
  public static MappingResult<Building> fromCluster(JsonNode cluster) {
    return map(cluster, BuildingKind.COMPLEX);
  }

  /** Maps one VERA {@code Gebouw} object to a {@link BuildingKind#GEBOUW} building. */
  public static MappingResult<Building> fromGebouw(JsonNode gebouw) {
    return map(gebouw, BuildingKind.GEBOUW);
  }

  private static MappingResult<Building> map(JsonNode object, BuildingKind kind) {
    List<MappingNote> notes = new ArrayList<>();
    Building.Builder building = Building.builder().kind(kind);
    Optional<String> id = text(object, "id");
    Optional<String> district = Optional.empty();
    for (Map.Entry<String, JsonNode> property : object.properties()) {
      String name = property.getKey();
      JsonNode value = property.getValue();
      JsonPointer at = JsonPointer.of(name);
      switch (name) {
        case "id" -> id.ifPresent(building::id);
        case "code" -> text(object, name).ifPresent(code -> {
          if (kind == BuildingKind.COMPLEX) {
            building.veraClusterCode(code);
          } else {
            building.veraBuildingCode(code);
          }
        });
        case "naam" -> text(object, name).ifPresent(building::name);
        case "eenheden" -> {
          if (value.isArray()) {
            building.unitCount(value.size());
            notes.add(new MappingNote(at, Reason.INFERRED,
                Texts.text("mapping.unitsListed", value.size()), null));
          } else {
            notes.add(new MappingNote(at, Reason.INVALID_VALUE,
                Texts.text("mapping.noCounterpart", name), value.toString()));
          }
        }
        case "wijk" -> district = kind == BuildingKind.GEBOUW
            ? areaCode(value, at, DwellingMapping.WIJK, "WK", notes)
            : noCounterpart(at, name, value, notes);
        case "buurt" -> {
          if (kind != BuildingKind.GEBOUW) {
            noCounterpart(at, name, value, notes);
          }
        }
        default -> noCounterpart(at, name, value, notes);
      }
    }
    Optional<String> neighbourhood = kind == BuildingKind.GEBOUW && object.has("buurt")
        ? areaCode(object.get("buurt"), JsonPointer.of("buurt"), DwellingMapping.BUURT, "BU",
            notes)
        : Optional.empty();
    if (district.isPresent()) {
      String municipality = "GM" + district.get().substring(2, 6);
      building.districtCode(district.get()).municipalityCode(municipality);
      notes.add(new MappingNote(JsonPointer.of("wijk", "code"), Reason.INFERRED,
          Texts.text("mapping.municipalityFromDistrict", municipality, district.get()), null));
    }
    if (neighbourhood.isPresent()) {
      if (district.isEmpty()
          || Municipalities.isNeighbourhoodOf(neighbourhood.get(), district.get())) {
        building.neighbourhoodCode(neighbourhood.get());
      } else {
        notes.add(new MappingNote(JsonPointer.of("buurt", "code"), Reason.INVALID_VALUE,
            Texts.text("mapping.liesIn", neighbourhood.get(), district.get()),
            neighbourhood.get()));
      }
    }
    if (id.isEmpty()) {
      notes.add(0, new MappingNote(JsonPointer.of("id"), Reason.MISSING,
          Texts.text("mapping.buildingNoId"), null));
      return MappingResult.of(null, notes);
    }
    return MappingResult.of(building.build(), notes);
  }

  private static Optional<String> text(JsonNode object, String name) {
    JsonNode value = object.get(name);
    return value != null && value.isString() && !value.asString().isBlank()
        ? Optional.of(value.asString()) : Optional.empty();
  }

  private static Optional<String> noCounterpart(JsonPointer at, String name, JsonNode value,
      List<MappingNote> notes) {
    notes.add(new MappingNote(at, Reason.NO_COUNTERPART,
        Texts.text("mapping.buildingNoCounterpart", name), value.toString()));
    return Optional.empty();
  }

  private static Optional<String> areaCode(JsonNode area, JsonPointer at, Pattern pattern,
      String prefix, List<MappingNote> notes) {
    Optional<String> code = text(area, "code");
    area.properties().forEach(property -> {
      if (!property.getKey().equals("code")) {
        noCounterpart(at.append(property.getKey()), property.getKey(), property.getValue(),
            notes);
      }
    });
    return DwellingMapping.normalisedCode(code, at, pattern, prefix, notes);
  }
}
