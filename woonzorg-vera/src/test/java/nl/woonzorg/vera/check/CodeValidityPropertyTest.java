package nl.woonzorg.vera.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * A dated code of a list the spec binds to an {@code Eenheid} attribute is reported as not valid
 * exactly when the peildatum lies outside its validity: before its begin date or on or after its
 * end date.
 */
class CodeValidityPropertyTest {

  private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

  @Test
  void aDatedCodeIsReportedIffThePeildatumIsOutsideItsValidity() {
    ReferenceLists lists = ReferenceLists.bundled();
    List<String[]> dated = new ArrayList<>();
    for (Map.Entry<String, String> binding : lists.bindings("Eenheid").entrySet()) {
      String list = binding.getValue();
      for (String[] row : datedCodes(lists, list)) {
        dated.add(new String[] {binding.getKey(), row[0], list});
      }
    }
    VeraChecker checker = VeraChecker.of(Locale.ENGLISH);
    qt().forAll(Generate.pick(dated), SourceDSL.integers().between(0, 8 * 366))
        .checkAssert((attribute, days) -> {
          LocalDate peildatum = FIRST.plusDays(days);
          String name = Character.toLowerCase(attribute[0].charAt(0)) + attribute[0].substring(1);
          String json = "{\"id\": \"1\", \"adres\": {}, \"" + name + "\": {\"code\": \""
              + attribute[1] + "\"}}";
          CodeRow row = lists.rows(attribute[2], attribute[1]).get(0);
          boolean outside = (row.begin() != null && peildatum.isBefore(row.begin()))
              || (row.end() != null && !peildatum.isBefore(row.end()));
          assertEquals(outside, !checker.check(json, peildatum).findings("WZ-VERA-CODE-VALIDITY")
              .isEmpty(), attribute[1] + " of " + attribute[2] + " at " + peildatum);
        });
  }

  /** The codes of {@code list} with one row that has a begin or end date. */
  private static List<String[]> datedCodes(ReferenceLists lists, String list) {
    List<String[]> codes = new ArrayList<>();
    if (!lists.hasList(list)) {
      return codes;
    }
    for (String code : lists.codes(list)) {
      List<CodeRow> rows = lists.rows(list, code);
      if (rows.size() == 1 && (rows.get(0).begin() != null || rows.get(0).end() != null)) {
        codes.add(new String[] {code});
      }
    }
    return codes;
  }
}
