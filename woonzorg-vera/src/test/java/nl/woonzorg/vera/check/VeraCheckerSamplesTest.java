package nl.woonzorg.vera.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.woonzorg.vera.Samples;
import org.junit.jupiter.api.Test;

/**
 * The ten real samples checked, with every finding they give: all their street names are blanked
 * by the source, and eight send {@code klimaatbeheersing} codes ({@code IND}, {@code COL}) that
 * are codes of EENHEIDKLIMAATBEHEERSINGSOORT, a list of a later release, not of the list the
 * spec binds.
 */
class VeraCheckerSamplesTest {

  private static final String STREET = "WZ-VERA-PATTERN /adres/straatnaam ";
  private static final String CLIMATE = "WZ-VERA-CODE-UNKNOWN /klimaatbeheersing/0/code ";

  @Test
  void eachSampleGivesExactlyTheseFindings() {
    Map<String, List<String>> expected = Map.of(
        "15004000185", List.of(STREET + "12:19"),
        "20002000126", List.of(STREET + "12:19"),
        "23003000050", List.of(CLIMATE + "31:15 IND", STREET + "9:19"),
        "25048000007", List.of(CLIMATE + "10:15 IND", STREET + "15:19"),
        "37101000032", List.of(CLIMATE + "10:15 IND", STREET + "15:19"),
        "41123000005", List.of(CLIMATE + "10:15 IND", STREET + "15:19"),
        "41164000002", List.of(CLIMATE + "10:15 IND", STREET + "15:19"),
        "71211000027", List.of(CLIMATE + "10:15 IND", STREET + "15:19"),
        "81020000003", List.of(CLIMATE + "10:15 COL", STREET + "15:19"),
        "85651000021", List.of(CLIMATE + "10:15 IND", STREET + "15:19"));
    for (String name : Samples.NAMES) {
      List<String> found = VeraChecker.of(Locale.ENGLISH)
          .check(new String(Samples.bytes(name), StandardCharsets.UTF_8), LocalDate.of(2024, 7, 1))
          .getFindings().stream()
          .map(f -> f.getRuleId() + " " + f.getLocation() + " " + f.getPosition().orElseThrow()
              + (f.getRuleId().equals("WZ-VERA-CODE-UNKNOWN") ? " " + f.getValue().orElseThrow()
                  : ""))
          .toList();
      assertEquals(expected.get(name), found, name);
    }
  }
}
