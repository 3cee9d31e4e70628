package nl.woonzorg.analysis.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.UnitKind;
import org.junit.jupiter.api.Test;

/**
 * A {@link CategoryTally} counts every home under its own area code whatever the code's form: a
 * code of the CBS form is looked up by its digits, any other by itself, so codes of both forms
 * whose digits are the same must still be counted apart, and 3,000 buurten make the lookup grow
 * its table several times.
 */
class CategoryTallyTest {

  private static final int BUURTEN = 3_000;

  /**
   * Codes of another form than BUnnnnnnnn, some with the digits of a buurt below; the last ends in
   * an Arabic-Indic one, which {@code Integer.parseInt} would read as 1.
   */
  private static final List<String> OTHER_FORMS = List.of("BU0050000", "BU005000001",
      "bu00500001", "BUOO500001", "XX00500001", "BU0050000\u0661");

  private static Dwelling home(int number, String municipality, String buurt) {
    Dwelling.Builder home = Dwelling.builder().id("E-" + number).unitKind(UnitKind.WOONRUIMTE)
        .municipalityCode(municipality).neighbourhoodCode(buurt);
    if (number % 3 == 0) {
      home.accessibilityLabel(AccessibilityLabel.NULTREDENWONING);
    }
    return home.build();
  }

  @Test
  void everyCodeIsCountedUnderItselfWhateverItsForm() {
    StockClassification classification = StockClassification.defaults();
    SupplyCategory stepFree = classification.category("NULTREDEN").orElseThrow();
    CategoryTally.Builder builder = CategoryTally.builder(AreaType.BUURT, classification);
    List<String> codes = new ArrayList<>();
    for (int buurt = 0; buurt < BUURTEN; buurt++) {
      codes.add(String.format("BU%04d%04d", 50 + buurt % 7, buurt));
    }
    codes.addAll(OTHER_FORMS);
    // Area i gets i % 5 + 1 homes, handed over round after round as a stock in code order would
    // not be; home n is step-free if n is a multiple of 3.
    int number = 0;
    for (int round = 0; round < 5; round++) {
      for (int area = 0; area < codes.size(); area++) {
        if (area % 5 >= round) {
          String code = codes.get(area);
          builder.add(home(number++, area < BUURTEN ? "GM" + code.substring(2, 6) : "GM50", code));
        }
      }
    }
    CategoryTally tally = builder.build();
    assertEquals(new TreeSet<>(codes), tally.areas());
    long[] expectedStepFree = new long[codes.size()];
    number = 0;
    for (int round = 0; round < 5; round++) {
      for (int area = 0; area < codes.size(); area++) {
        if (area % 5 >= round) {
          expectedStepFree[area] += number++ % 3 == 0 ? 1 : 0;
        }
      }
    }
    for (int area = 0; area < codes.size(); area++) {
      assertEquals(area % 5 + 1, tally.homes(codes.get(area)), codes.get(area));
      assertEquals(expectedStepFree[area], tally.count(codes.get(area), stepFree),
          codes.get(area));
    }
    assertEquals(List.of("GM0050", "GM0051", "GM0052", "GM0053", "GM0054", "GM0055", "GM0056",
        "GM50"), List.copyOf(tally.coveredMunicipalities()));
  }
}
