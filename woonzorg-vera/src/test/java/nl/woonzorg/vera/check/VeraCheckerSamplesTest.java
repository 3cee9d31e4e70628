package nl.woonzorg.vera.check;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.woonzorg.vera.Samples;
import org.junit.jupiter.api.Test;

/**
 * The ten real samples checked, with every finding they give, nested rooms included: all their
 * street names are blanked by the source; eight send {@code klimaatbeheersing} codes ({@code IND},
 * {@code COL}) of EENHEIDKLIMAATBEHEERSINGSOORT, a list of a later release, not of the list the
 * spec binds; and seven give rooms a {@code detailSoort} from another list — {@code TRH}
 * (trappenhuis) is a COLLECTIEFOBJECTSOORT, {@code ENT} (entree) a DEFECTLOCATIE, {@code OVR} a
 * RUIMTESOORT — never a RUIMTEDETAILSOORT.
 */
class VeraCheckerSamplesTest {

  private static final String STREET = "WZ-VERA-PATTERN /adres/straatnaam ";
  private static final String CLIMATE = "WZ-VERA-CODE-UNKNOWN /klimaatbeheersing/0/code ";

  private static String room(int index, String where) {
    return "WZ-VERA-CODE-UNKNOWN /ruimten/" + index + "/detailSoort/code " + where;
  }

  /** At a peildatum after every code the samples use began. */
  @Test
  void eachSampleGivesExactlyTheseFindings() {
    Map<String, List<String>> expected = Map.ofEntries(
        entry("15004000185", List.of(STREET + "12:19")),
        entry("20002000126", List.of(room(6, "236:17 ENT"), STREET + "12:19")),
        entry("23003000050", List.of(CLIMATE + "31:15 IND", STREET + "9:19")),
        entry("25048000007", List.of(CLIMATE + "10:15 IND", room(3, "127:17 ENT"),
            STREET + "15:19")),
        entry("37101000032", List.of(CLIMATE + "10:15 IND", room(2, "95:17 TRH"),
            room(11, "253:17 ENT"), room(17, "428:17 OVR"), room(18, "443:17 TRH"),
            room(21, "488:17 TRH"), room(22, "503:17 TRH"), room(24, "533:17 OVR"),
            room(27, "611:17 TRH"), room(30, "658:17 TRH"), STREET + "15:19")),
        entry("41123000005", List.of(CLIMATE + "10:15 IND", room(18, "568:17 TRH"),
            room(23, "734:17 ENT"), room(24, "753:17 ENT"), STREET + "15:19")),
        entry("41164000002", List.of(CLIMATE + "10:15 IND", room(4, "190:17 ENT"),
            room(13, "402:17 TRH"), STREET + "15:19")),
        entry("71211000027", List.of(CLIMATE + "10:15 IND", room(0, "65:17 TRH"),
            room(5, "206:17 TRH"), room(13, "437:17 ENT"), STREET + "15:19")),
        entry("81020000003", List.of(CLIMATE + "10:15 COL", room(0, "65:17 TRH"),
            room(3, "172:17 TRH"), room(21, "589:17 TRH"), STREET + "15:19")),
        entry("85651000021", List.of(CLIMATE + "10:15 IND", STREET + "15:19")));
    for (String name : Samples.NAMES) {
      assertEquals(expected.get(name), findings(name, LocalDate.of(2026, 3, 1)), name);
    }
  }

  /**
   * Before the room kind {@code VRK} (vertrek) began on 2024-10-04, a room of that kind is
   * judged at its own pointer.
   */
  @Test
  void aNestedCodeIsJudgedAtThePeildatumAtItsOwnPointer() {
    assertEquals(List.of("WZ-VERA-CODE-VALIDITY /ruimten/2/soort/code 123:17 VRK",
        STREET + "12:19"), findings("15004000185", LocalDate.of(2024, 10, 3)));
    assertEquals(List.of(STREET + "12:19"), findings("15004000185", LocalDate.of(2024, 10, 4)));
  }

  private static List<String> findings(String name, LocalDate peildatum) {
    return VeraChecker.of(Locale.ENGLISH)
        .check(new String(Samples.bytes(name), StandardCharsets.UTF_8), peildatum)
        .getFindings().stream()
        .map(f -> f.getRuleId() + " " + f.getLocation() + " " + f.getPosition().orElseThrow()
            + (f.getRuleId().startsWith("WZ-VERA-CODE") ? " " + f.getValue().orElseThrow() : ""))
        .toList();
  }
}
