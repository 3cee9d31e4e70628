package nl.woonzorg.vera.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.woonzorg.model.area.Municipalities;
import nl.woonzorg.model.code.UnknownCodeException;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.BatScore;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.UnitDetailKind;
import nl.woonzorg.model.vera.UnitKind;
import nl.woonzorg.model.vera.VeraSupplementaryTargetGroup;
import nl.woonzorg.model.vera.VeraTargetGroup;
import nl.woonzorg.vera.internal.Texts;
import nl.woonzorg.vera.mapping.MappingNote.Reason;
import nl.woonzorg.vera.unit.RawJson;
import nl.woonzorg.vera.unit.VeraAddress;
import nl.woonzorg.vera.unit.VeraArea;
import nl.woonzorg.vera.unit.VeraCode;
import nl.woonzorg.vera.unit.VeraUnit;
import org.apiguardian.api.API;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Maps a VERA <i>Eenheid</i> to woonzorg's {@link Dwelling} and back (<i>eenheid ⇄ woning</i>),
 * attribute by attribute as the module's README tabulates. Everything one side has and the other
 * cannot hold is reported as a {@link MappingNote}: the rents, BAT score, floor, clusters and all
 * passed-through attributes of a unit; the rent class, owner and further supplementary target
 * groups of a dwelling.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DwellingMapping {

  private static final Pattern POSTCODE = Pattern.compile("([1-9]\\d{3}) ?([A-Za-z]{2})");
  private static final Pattern GEMEENTE = Pattern.compile("(?:GM)?(\\d{4})");
  static final Pattern WIJK = Pattern.compile("(?:WK)?(\\d{6})");
  static final Pattern BUURT = Pattern.compile("(?:BU)?(\\d{8})");
  private static final int SHOWN = 80;

  private DwellingMapping() {}

  /**
   * The dwelling {@code unit} describes, and a note for each attribute it does not carry. The
   * value is empty if the unit has no id, or no unit kind that is known or can be inferred: a
   * unit without {@code soort} whose {@code woningwaarderingstelsel} is {@code ZEL} or {@code ONZ}
   * (the rent point systems of living space) is taken to be {@link UnitKind#WOONRUIMTE}, with an
   * {@code INFERRED} note.
   */
  public static MappingResult<Dwelling> toDwelling(VeraUnit unit) {
    List<MappingNote> notes = new ArrayList<>();
    Dwelling.Builder dwelling = Dwelling.builder();
    Optional<String> id = unit.getId();
    id.ifPresentOrElse(dwelling::id, () -> notes.add(new MappingNote(JsonPointer.of("id"),
        Reason.MISSING, Texts.text("mapping.noId"), null)));
    Optional<UnitKind> kind = unitKind(unit, notes);
    kind.ifPresent(dwelling::unitKind);
    code(unit.getDetailKind(), "detailSoort", UnitDetailKind::fromCode, notes)
        .ifPresent(detail -> {
          if (kind.isPresent() && detail.getUnitKind() != kind.get()) {
            notes.add(new MappingNote(JsonPointer.of("detailSoort"), Reason.INVALID_VALUE,
                Texts.text("mapping.detailKind", detail.getCode(),
                    detail.getUnitKind().getCode(), kind.get().getCode()),
                detail.getCode()));
          } else {
            dwelling.unitDetailKind(detail);
          }
        });
    code(unit.getHousingForm(), "woonvorm", HousingForm::fromCode, notes)
        .ifPresent(dwelling::housingForm);
    code(unit.getAccessibilityLabel(), "toegankelijkheidslabel", AccessibilityLabel::fromCode,
        notes).ifPresent(dwelling::accessibilityLabel);
    code(unit.getTargetGroup(), "doelgroep", VeraTargetGroup::fromCode, notes)
        .ifPresent(dwelling::targetGroup);
    code(unit.getSupplementaryTargetGroup(), "aanvullendeDoelgroep",
        VeraSupplementaryTargetGroup::fromCode, notes)
        .ifPresent(dwelling::addSupplementaryTargetGroups);
    unit.getRooms().ifPresent(rooms -> {
      if (rooms >= 1) {
        dwelling.rooms(rooms);
      } else {
        notes.add(new MappingNote(JsonPointer.of("kamersAantal"), Reason.INVALID_VALUE,
            Texts.text("mapping.rooms"), String.valueOf(rooms)));
      }
    });
    unit.getConstructionYear().ifPresent(dwelling::constructionYear);
    code(unit.getBatScore(), "batScore", BatScore::fromCode, notes)
        .ifPresent(dwelling::batScore);
    notCarried(unit.getSelfContained(), "zelfstandig", notes);
    notCarried(unit.getFloor(), "etage", notes);
    notCarried(unit.getGrossRent().map(BigDecimal::toPlainString), "brutohuur", notes);
    notCarried(unit.getEligibleRent().map(BigDecimal::toPlainString), "rekenhuur", notes);
    notCarried(unit.getTargetRent().map(BigDecimal::toPlainString), "streefhuur", notes);
    unit.getAddress().ifPresent(address -> address(address, dwelling, notes));
    for (int i = 0; i < unit.getClusters().size(); i++) {
      notes.add(new MappingNote(JsonPointer.of("clusters").append(i), Reason.NO_COUNTERPART,
          Texts.text("mapping.clusters"),
          unit.getClusters().get(i).getCode().or(unit.getClusters().get(i)::getId)
              .orElse(null)));
    }
    passedThrough(JsonPointer.root(), unit.getPassThrough().values(), notes);
    if (id.isEmpty() || kind.isEmpty()) {
      return MappingResult.of(null, notes);
    }
    return MappingResult.of(dwelling.build(), notes);
  }

  private static Optional<UnitKind> unitKind(VeraUnit unit, List<MappingNote> notes) {
    if (unit.getKind().isPresent()) {
      return code(unit.getKind(), "soort", UnitKind::fromCode, notes);
    }
    Optional<String> system = unit.getPassThrough().get("woningwaarderingstelsel")
        .flatMap(DwellingMapping::codeText);
    if (system.isPresent() && (system.get().equals("ZEL") || system.get().equals("ONZ"))) {
      notes.add(new MappingNote(JsonPointer.of("soort"), Reason.INFERRED,
          Texts.text("mapping.kindInferred", UnitKind.WOONRUIMTE.getCode(), system.get()), null));
      return Optional.of(UnitKind.WOONRUIMTE);
    }
    notes.add(new MappingNote(JsonPointer.of("soort"), Reason.MISSING,
        Texts.text("mapping.noKind"), null));
    return Optional.empty();
  }

  // The woningwaarderingstelsel is passed through, so its code is looked up in the kept text.
  private static Optional<String> codeText(RawJson raw) {
    try (JsonParser parser = raw.parser()) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Optional.empty();
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        if (parser.nextToken() == JsonToken.VALUE_STRING
            && name.equals("code")) {
          return Optional.of(parser.getString());
        }
        parser.skipChildren();
      }
      return Optional.empty();
    }
  }

  private static <T> Optional<T> code(Optional<VeraCode> value, String name,
      Function<String, T> lookUp, List<MappingNote> notes) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String code = value.get().getCode();
    try {
      return Optional.of(lookUp.apply(code));
    } catch (UnknownCodeException e) {
      notes.add(new MappingNote(JsonPointer.of(name, "code"), Reason.UNKNOWN_CODE,
          Texts.text("mapping.unknownCode", code, name), code));
      return Optional.empty();
    }
  }

  private static void notCarried(Optional<?> value, String name, List<MappingNote> notes) {
    value.ifPresent(present -> notes.add(new MappingNote(JsonPointer.of(name),
        Reason.NO_COUNTERPART, Texts.text("mapping.noCounterpart", name),
        String.valueOf(present))));
  }

  private static void passedThrough(JsonPointer at, Map<String, RawJson> values,
      List<MappingNote> notes) {
    values.forEach((name, value) -> notes.add(new MappingNote(at.append(name),
        Reason.NO_COUNTERPART, Texts.text("mapping.noCounterpart", name),
        shown(value.text()))));
  }

  private static String shown(String text) {
    return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
  }

  private static void address(VeraAddress address, Dwelling.Builder dwelling,
      List<MappingNote> notes) {
    JsonPointer at = JsonPointer.of("adres");
    passedThrough(at, address.getPassThrough().values(), notes);
    address.getPostcode().ifPresent(postcode -> {
      Matcher matcher = POSTCODE.matcher(postcode.strip());
      if (matcher.matches()) {
        dwelling.postalCode(matcher.group(1) + matcher.group(2).toUpperCase(Locale.ROOT));
      } else {
        notes.add(new MappingNote(at.append("postcode"), Reason.INVALID_VALUE,
            Texts.text("mapping.postcode"), postcode));
      }
    });
    Optional<String> gemeente = areaCode(address.getMunicipality(), at.append("gemeente"),
        GEMEENTE, "GM", notes);
    Optional<String> wijk = areaCode(address.getDistrict(), at.append("wijk"), WIJK, "WK", notes)
        .filter(code -> liesIn(code, gemeente, Municipalities::isDistrictOf,
            at.append("wijk"), notes));
    Optional<String> buurt = areaCode(address.getNeighbourhood(), at.append("buurt"), BUURT,
        "BU", notes).filter(code -> liesIn(code, wijk, Municipalities::isNeighbourhoodOf,
            at.append("buurt"), notes));
    gemeente.ifPresent(dwelling::municipalityCode);
    wijk.ifPresent(dwelling::districtCode);
    buurt.ifPresent(dwelling::neighbourhoodCode);
  }

  private static Optional<String> areaCode(Optional<VeraArea> area, JsonPointer at,
      Pattern pattern, String prefix, List<MappingNote> notes) {
    area.flatMap(VeraArea::getName).ifPresent(name -> notes.add(new MappingNote(
        at.append("naam"), Reason.NO_COUNTERPART, Texts.text("mapping.areaName"), name)));
    area.ifPresent(present -> passedThrough(at, present.getPassThrough().values(), notes));
    return normalisedCode(area.flatMap(VeraArea::getCode), at, pattern, prefix, notes);
  }

  /**
   * {@code code}, a VERA area code with or without its CBS prefix, as the CBS code with {@code
   * prefix}; empty, with an INVALID_VALUE note at {@code at}/code, if it does not match {@code
   * pattern}. Shared by the dwelling's and the building's (Gebouw) area codes.
   */
  static Optional<String> normalisedCode(Optional<String> code, JsonPointer at, Pattern pattern,
      String prefix, List<MappingNote> notes) {
    if (code.isEmpty()) {
      return Optional.empty();
    }
    Matcher matcher = pattern.matcher(code.get());
    if (!matcher.matches()) {
      notes.add(new MappingNote(at.append("code"), Reason.INVALID_VALUE,
          Texts.text("mapping.areaCode", prefix), code.get()));
      return Optional.empty();
    }
    return Optional.of(prefix + matcher.group(1));
  }

  private static boolean liesIn(String part, Optional<String> whole,
      BiPredicate<String, String> test, JsonPointer at,
      List<MappingNote> notes) {
    if (whole.isEmpty() || test.test(part, whole.get())) {
      return true;
    }
    notes.add(new MappingNote(at.append("code"), Reason.INVALID_VALUE,
        Texts.text("mapping.liesIn", part, whole.get()), part));
    return false;
  }

  /**
   * The unit that describes {@code dwelling}, and a note for each attribute a VERA Eenheid does
   * not hold: the rent class (VERA derives it from the rent and the year's limits), the owner
   * (VERA's {@code relaties}, a relation with a role, which this mapping does not build) and any
   * supplementary target group after the first (VERA has one).
   */
  public static MappingResult<VeraUnit> fromDwelling(Dwelling dwelling) {
    List<MappingNote> notes = new ArrayList<>();
    VeraUnit.Builder unit = VeraUnit.builder()
        .id(dwelling.getId())
        .kind(VeraCode.from(dwelling.getUnitKind()));
    dwelling.getUnitDetailKind().map(VeraCode::from).ifPresent(unit::detailKind);
    dwelling.getTargetGroup().map(VeraCode::from).ifPresent(unit::targetGroup);
    List<VeraSupplementaryTargetGroup> groups =
        new ArrayList<>(dwelling.getSupplementaryTargetGroups());
    for (int i = 0; i < groups.size(); i++) {
      if (i == 0) {
        unit.supplementaryTargetGroup(VeraCode.from(groups.get(0)));
      } else {
        notes.add(new MappingNote(JsonPointer.of("supplementaryTargetGroups").append(i),
            Reason.NO_COUNTERPART, Texts.text("mapping.oneSupplementaryGroup"),
            groups.get(i).getCode()));
      }
    }
    dwelling.getHousingForm().map(VeraCode::from).ifPresent(unit::housingForm);
    dwelling.getAccessibilityLabel().map(VeraCode::from).ifPresent(unit::accessibilityLabel);
    dwelling.getBatScore().map(VeraCode::from).ifPresent(unit::batScore);
    dwelling.getRooms().ifPresent(unit::rooms);
    dwelling.getConstructionYear().ifPresent(unit::constructionYear);
    if (dwelling.getPostalCode().isPresent() || dwelling.getMunicipalityCode().isPresent()
        || dwelling.getDistrictCode().isPresent() || dwelling.getNeighbourhoodCode().isPresent()) {
      unit.address(VeraAddress.builder()
          .kind(VeraCode.of("EEN", "Eenheid adres"))
          .postcode(dwelling.getPostalCode())
          .neighbourhood(dwelling.getNeighbourhoodCode().map(VeraArea::ofCode))
          .district(dwelling.getDistrictCode().map(VeraArea::ofCode))
          .municipality(dwelling.getMunicipalityCode().map(VeraArea::ofCode))
          .build());
    }
    dwelling.getRentClass().ifPresent(rentClass -> notes.add(new MappingNote(
        JsonPointer.of("rentClass"), Reason.NO_COUNTERPART,
        Texts.text("mapping.rentClass"),
        rentClass.getCode())));
    dwelling.getOwnerPartyId().ifPresent(owner -> notes.add(new MappingNote(
        JsonPointer.of("ownerPartyId"), Reason.NO_COUNTERPART,
        Texts.text("mapping.owner"), owner)));
    dwelling.getBuildingId().ifPresent(building -> notes.add(new MappingNote(
        JsonPointer.of("buildingId"), Reason.NO_COUNTERPART,
        Texts.text("mapping.building"), building)));
    return MappingResult.of(unit.build(), notes);
  }
}
