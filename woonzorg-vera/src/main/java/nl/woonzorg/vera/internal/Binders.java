package nl.woonzorg.vera.internal;

import java.math.BigDecimal;
import java.util.Optional;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.io.ProblemText;
import nl.woonzorg.vera.unit.AddressKind;
import nl.woonzorg.vera.unit.RawJson;
import nl.woonzorg.vera.unit.VeraAddress;
import nl.woonzorg.vera.unit.VeraArea;
import nl.woonzorg.vera.unit.VeraCluster;
import nl.woonzorg.vera.unit.VeraCode;
import nl.woonzorg.vera.unit.VeraUnit;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The binders of the VERA attributes woonzorg binds, from kept values to typed ones, as strict as
 * the spec: a code is an object with a string {@code code}, an integer is a 32-bit JSON integer,
 * an amount a JSON number. What does not fit stays passed through, reported.
 */
final class Binders {

  private static final int SHOWN = 80;

  private Binders() {}

  static BindFailure wrongType(Where where, RawJson raw, ProblemText expected) {
    return new BindFailure(ProblemKind.WRONG_TYPE, where, Texts.text("wrongType", expected),
        expected, shown(raw));
  }

  // Only the start of the value: a problem must stay small whatever the document.
  private static ProblemText shown(RawJson raw) {
    String text = raw.text();
    return ProblemText.verbatim(text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…");
  }

  static String string(RawJson raw, Where where, Problems problems) throws BindFailure {
    try (JsonParser parser = raw.parser()) {
      if (parser.nextToken() != JsonToken.VALUE_STRING) {
        throw wrongType(where, raw, Texts.text("expected.string"));
      }
      return parser.getString();
    }
  }

  static Boolean bool(RawJson raw, Where where, Problems problems) throws BindFailure {
    try (JsonParser parser = raw.parser()) {
      JsonToken token = parser.nextToken();
      if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
        throw wrongType(where, raw, Texts.text("expected.boolean"));
      }
      return token == JsonToken.VALUE_TRUE;
    }
  }

  static Integer int32(RawJson raw, Where where, Problems problems) throws BindFailure {
    try (JsonParser parser = raw.parser()) {
      if (parser.nextToken() != JsonToken.VALUE_NUMBER_INT) {
        throw wrongType(where, raw, Texts.text("expected.integer"));
      }
      if (parser.getNumberType() != JsonParser.NumberType.INT) {
        throw new BindFailure(ProblemKind.INVALID_VALUE, where, Texts.text("int32"),
            Texts.text("expected.int32"), shown(raw));
      }
      return parser.getIntValue();
    }
  }

  /**
   * Amounts in euro, exactly. A negative scale is made zero, so that {@code 1E+3} reads as the
   * {@code 1000} it is written back as; an amount whose plain form needs more than {@code
   * maxDigits} digits is not bound, so that writing it cannot blow up.
   */
  static Binder<BigDecimal> money(int maxDigits) {
    return (raw, where, problems) -> {
      try (JsonParser parser = raw.parser()) {
        JsonToken token = parser.nextToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
          throw wrongType(where, raw, Texts.text("expected.number"));
        }
        BigDecimal amount = new BigDecimal(parser.getString());
        long digits = Math.max(1L, (long) amount.precision() - amount.scale())
            + Math.max(0, amount.scale());
        if (digits > maxDigits) {
          // Counts as plain digits, as they were written before there was a Dutch text.
          throw new BindFailure(ProblemKind.INVALID_VALUE, where,
              Texts.text("digits", Long.toString(digits)),
              Texts.text("expected.digits", Integer.toString(maxDigits)), shown(raw));
        }
        return amount.scale() < 0 ? amount.setScale(0) : amount;
      }
    };
  }

  static VeraCode code(RawJson raw, Where where, Problems problems) throws BindFailure {
    if (raw.text().startsWith("\"")) {
      throw wrongType(where, raw, Texts.text("expected.codeObject"));
    }
    ObjectReading object = ObjectReading.of(raw, where, problems, "what.codeValue");
    return VeraCode.builder()
        .code(object.bindRequired("code", Binders::string, where))
        .name(object.bind("naam", Binders::string))
        .passThrough(object.passThrough())
        .build();
  }

  static VeraArea area(RawJson raw, Where where, Problems problems) throws BindFailure {
    ObjectReading object = ObjectReading.of(raw, where, problems, "what.area");
    return VeraArea.builder()
        .code(object.bind("code", Binders::string))
        .name(object.bind("naam", Binders::string))
        .passThrough(object.passThrough())
        .build();
  }

  static VeraCluster cluster(RawJson raw, Where where, Problems problems) throws BindFailure {
    ObjectReading object = ObjectReading.of(raw, where, problems, "what.cluster");
    return VeraCluster.builder()
        .id(object.bind("id", Binders::string))
        .code(object.bind("code", Binders::string))
        .kind(object.bind("soort", Binders::code))
        .name(object.bind("naam", Binders::string))
        .passThrough(object.passThrough())
        .build();
  }

  /** Dispatched on {@code soort.code}: only a unit address binds its buurt, wijk and gemeente. */
  static VeraAddress address(RawJson raw, Where where, Problems problems) throws BindFailure {
    ObjectReading object = ObjectReading.of(raw, where, problems, "what.address");
    Optional<VeraCode> kind = object.bind("soort", Binders::code);
    VeraAddress.Builder address = VeraAddress.builder()
        .kind(kind)
        .postcode(object.bind("postcode", Binders::string));
    if (AddressKind.of(kind) == AddressKind.UNIT_ADDRESS) {
      address.neighbourhood(object.bind("buurt", Binders::area))
          .district(object.bind("wijk", Binders::area))
          .municipality(object.bind("gemeente", Binders::area));
    }
    return address.passThrough(object.passThrough()).build();
  }

  static VeraUnit unit(ObjectReading object, int maxDigits) {
    Binder<BigDecimal> money = money(maxDigits);
    return VeraUnit.builder()
        .id(object.bind("id", Binders::string))
        .kind(object.bind("soort", Binders::code))
        .detailKind(object.bind("detailSoort", Binders::code))
        .targetGroup(object.bind("doelgroep", Binders::code))
        .supplementaryTargetGroup(object.bind("aanvullendeDoelgroep", Binders::code))
        .housingForm(object.bind("woonvorm", Binders::code))
        .accessibilityLabel(object.bind("toegankelijkheidslabel", Binders::code))
        .batScore(object.bind("batScore", Binders::code))
        .selfContained(object.bind("zelfstandig", Binders::bool))
        .rooms(object.bind("kamersAantal", Binders::int32))
        .floor(object.bind("etage", Binders::int32))
        .constructionYear(object.bind("bouwjaar", Binders::int32))
        .grossRent(object.bind("brutohuur", money))
        .eligibleRent(object.bind("rekenhuur", money))
        .targetRent(object.bind("streefhuur", money))
        .address(object.bind("adres", Binders::address))
        .clusters(object.bindList("clusters", Binders::cluster))
        .passThrough(object.passThrough())
        .build();
  }
}
