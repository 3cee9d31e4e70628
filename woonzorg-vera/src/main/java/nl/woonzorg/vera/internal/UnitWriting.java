package nl.woonzorg.vera.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import nl.woonzorg.vera.unit.PassThrough;
import nl.woonzorg.vera.unit.RawJson;
import nl.woonzorg.vera.unit.VeraAddress;
import nl.woonzorg.vera.unit.VeraArea;
import nl.woonzorg.vera.unit.VeraCluster;
import nl.woonzorg.vera.unit.VeraCode;
import nl.woonzorg.vera.unit.VeraUnit;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the VERA binding: each object's properties in the order read, bound ones from their
 * typed attributes and the others as kept, then the bound attributes set since, in the spec's
 * order. What was read is thus written back as it was.
 */
public final class UnitWriting {

  private UnitWriting() {}

  /** Writes {@code unit} as one JSON object. */
  public static void write(VeraUnit unit, JsonGenerator generator) {
    Properties bound = new Properties();
    bound.string("id", unit.getId());
    bound.add("soort", unit.getKind(), UnitWriting::code);
    bound.add("detailSoort", unit.getDetailKind(), UnitWriting::code);
    bound.add("doelgroep", unit.getTargetGroup(), UnitWriting::code);
    bound.add("aanvullendeDoelgroep", unit.getSupplementaryTargetGroup(), UnitWriting::code);
    bound.add("woonvorm", unit.getHousingForm(), UnitWriting::code);
    bound.add("toegankelijkheidslabel", unit.getAccessibilityLabel(), UnitWriting::code);
    bound.add("batScore", unit.getBatScore(), UnitWriting::code);
    bound.add("zelfstandig", unit.getSelfContained(),
        (value, out) -> out.writeBoolean(value));
    bound.add("kamersAantal", unit.getRooms(), (value, out) -> out.writeNumber(value));
    bound.add("etage", unit.getFloor(), (value, out) -> out.writeNumber(value));
    bound.add("bouwjaar", unit.getConstructionYear(), (value, out) -> out.writeNumber(value));
    bound.add("brutohuur", unit.getGrossRent(), UnitWriting::money);
    bound.add("rekenhuur", unit.getEligibleRent(), UnitWriting::money);
    bound.add("streefhuur", unit.getTargetRent(), UnitWriting::money);
    bound.add("adres", unit.getAddress(), UnitWriting::address);
    // An empty list is written only if an array was read: its name is then in the order, with no
    // value kept verbatim. A value of another type that a lenient read kept is written as read.
    if (!unit.getClusters().isEmpty() || unit.getPassThrough().order().contains("clusters")
        && !unit.getPassThrough().values().containsKey("clusters")) {
      bound.put("clusters", out -> {
        out.writeStartArray();
        unit.getClusters().forEach(cluster -> cluster(cluster, out));
        out.writeEndArray();
      });
    }
    object(generator, unit.getPassThrough(), bound);
  }

  private static void money(BigDecimal amount, JsonGenerator generator) {
    generator.writeNumber(amount.toPlainString());
  }

  private static void code(VeraCode code, JsonGenerator generator) {
    Properties bound = new Properties();
    bound.string("code", Optional.of(code.getCode()));
    bound.string("naam", code.getName());
    object(generator, code.getPassThrough(), bound);
  }

  private static void area(VeraArea area, JsonGenerator generator) {
    Properties bound = new Properties();
    bound.string("code", area.getCode());
    bound.string("naam", area.getName());
    object(generator, area.getPassThrough(), bound);
  }

  private static void cluster(VeraCluster cluster, JsonGenerator generator) {
    Properties bound = new Properties();
    bound.string("id", cluster.getId());
    bound.string("code", cluster.getCode());
    bound.add("soort", cluster.getKind(), UnitWriting::code);
    bound.string("naam", cluster.getName());
    object(generator, cluster.getPassThrough(), bound);
  }

  private static void address(VeraAddress address, JsonGenerator generator) {
    Properties bound = new Properties();
    bound.add("soort", address.getKind(), UnitWriting::code);
    bound.string("postcode", address.getPostcode());
    bound.add("buurt", address.getNeighbourhood(), UnitWriting::area);
    bound.add("wijk", address.getDistrict(), UnitWriting::area);
    bound.add("gemeente", address.getMunicipality(), UnitWriting::area);
    object(generator, address.getPassThrough(), bound);
  }

  private static void object(JsonGenerator generator, PassThrough passThrough,
      Properties bound) {
    generator.writeStartObject();
    for (String name : passThrough.order()) {
      Consumer<JsonGenerator> value = bound.remove(name);
      if (value != null) {
        generator.writeName(name);
        value.accept(generator);
      } else {
        RawJson kept = passThrough.values().get(name);
        if (kept != null) {
          generator.writeName(name);
          kept.writeTo(generator);
        }
      }
    }
    bound.forEach((name, value) -> {
      generator.writeName(name);
      value.accept(generator);
    });
    generator.writeEndObject();
  }

  /** The bound properties of one object that have a value, in the spec's order. */
  private static final class Properties extends LinkedHashMap<String, Consumer<JsonGenerator>> {

    private static final long serialVersionUID = 1L;

    <T> void add(String name, Optional<T> value, BiConsumer<T, JsonGenerator> writer) {
      value.ifPresent(present -> put(name, generator -> writer.accept(present, generator)));
    }

    void string(String name, Optional<String> value) {
      add(name, value, (text, generator) -> generator.writeString(text));
    }
  }
}
