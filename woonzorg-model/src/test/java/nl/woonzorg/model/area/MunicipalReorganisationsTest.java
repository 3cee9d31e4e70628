package nl.woonzorg.model.area;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MunicipalReorganisationsTest {

  @Test
  void holdsTheGemeentenDissolvedSince2018InDateOrder() {
    List<DissolvedMunicipality> all = MunicipalReorganisations.all();

    assertEquals(63, all.size());
    assertEquals(LocalDate.of(2018, 1, 1), MunicipalReorganisations.coveredFrom());
    assertEquals("GM0007", all.get(0).getCode());
    assertEquals("GM0614", all.get(62).getCode());
    for (int i = 1; i < all.size(); i++) {
      assertFalse(all.get(i).getDissolvedOn().isBefore(all.get(i - 1).getDissolvedOn()),
          all.get(i).getCode());
    }
    assertEquals(List.of(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1),
        LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 3, 24),
        LocalDate.of(2023, 1, 1)),
        all.stream().map(DissolvedMunicipality::getDissolvedOn).distinct().toList());
  }

  /**
   * The history and the list of 2024 fit: no dissolved code is in the list, every dissolution lies
   * within the history's span and before the list's date, and every successor leads, possibly
   * through later dissolutions, to gemeenten of the list.
   */
  @Test
  void everyDissolvedCodeLeadsToGemeentenOfTheList() {
    LocalDate listDate = LocalDate.of(Municipalities.referenceYear(), 1, 1);
    List<String> problems = new ArrayList<>();
    for (DissolvedMunicipality dissolved : MunicipalReorganisations.all()) {
      String code = dissolved.getCode();
      if (Municipalities.isKnown(code)) {
        problems.add(code + " is dissolved but in the list of " + listDate);
      }
      if (dissolved.getDissolvedOn().isBefore(MunicipalReorganisations.coveredFrom())
          || dissolved.getDissolvedOn().isAfter(listDate)) {
        problems.add(code + " is dissolved outside 2018-01-01.." + listDate);
      }
      for (String successor : dissolved.getSuccessorCodes()) {
        if (!Municipalities.isKnown(successor)
            && MunicipalReorganisations.find(successor).filter(s ->
                s.getDissolvedOn().isAfter(dissolved.getDissolvedOn())).isEmpty()) {
          problems.add(code + " names successor " + successor
              + ", neither in the list nor dissolved later");
        }
      }
      List<String> current = MunicipalReorganisations.currentSuccessors(code);
      if (current.isEmpty() || !current.stream().allMatch(Municipalities::isKnown)) {
        problems.add(code + " leads to " + current);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void aCodeIsDissolvedFromTheDayOfTheReorganisation() {
    DissolvedMunicipality weesp = MunicipalReorganisations.find("GM0457").orElseThrow();

    assertEquals(DissolvedMunicipality.of("GM0457", "Weesp", LocalDate.of(2022, 3, 24),
        List.of("GM0363")), weesp);
    assertFalse(weesp.isDissolvedOn(LocalDate.of(2022, 3, 23)));
    assertTrue(weesp.isDissolvedOn(LocalDate.of(2022, 3, 24)));
    assertEquals(Optional.empty(),
        MunicipalReorganisations.dissolvedBy("GM0457", LocalDate.of(2019, 6, 1)));
    assertEquals(Optional.of(weesp),
        MunicipalReorganisations.dissolvedBy("GM0457", LocalDate.of(2024, 6, 1)));
    assertEquals(Optional.empty(),
        MunicipalReorganisations.dissolvedBy("GM0363", LocalDate.of(2024, 6, 1)));
  }

  @Test
  void aSplitGemeenteHasEverySuccessor() {
    assertEquals(List.of("GM0080", "GM1900", "GM1949"),
        MunicipalReorganisations.find("GM0140").orElseThrow().getSuccessorCodes());
    assertEquals(List.of("GM0757", "GM0824", "GM0855", "GM0865"),
        MunicipalReorganisations.currentSuccessors("GM0788"));
    assertEquals(List.of("GM1966", "GM1969"),
        MunicipalReorganisations.currentSuccessors("GM0053"));
    assertEquals(List.of(), MunicipalReorganisations.currentSuccessors("GM0363"));
  }

  @Test
  void aDissolvedGemeenteNeedsAWellFormedSuccessorOtherThanItself() {
    LocalDate day = LocalDate.of(2019, 1, 1);
    IllegalStateException none = assertThrows(IllegalStateException.class,
        () -> DissolvedMunicipality.of("GM0009", "Ten Boer", day, List.of()));
    IllegalStateException itself = assertThrows(IllegalStateException.class,
        () -> DissolvedMunicipality.of("GM0009", "Ten Boer", day, List.of("GM0014", "GM0009")));
    IllegalStateException malformed = assertThrows(IllegalStateException.class,
        () -> DissolvedMunicipality.of("GM0009", "Ten Boer", day, List.of("GM14")));

    assertEquals("dissolved gemeente GM0009 has no successor", none.getMessage());
    assertEquals("dissolved gemeente GM0009 names successor GM0009 twice or as itself",
        itself.getMessage());
    assertEquals("successor of GM0009: a CBS gemeentecode is of the form GMnnnn, not 'GM14'",
        malformed.getMessage());
  }

  @Test
  void aMalformedLineIsReportedWithItsNumber() {
    String header = "gemeentecode_cbs,gemeentenaam,opgeheven_per,opvolgers\n";

    IllegalStateException date = assertThrows(IllegalStateException.class,
        () -> parse(header + "GM0009,Ten Boer,2019-01-01,GM0014\nGM0017,Haren,1-1-2019,GM0014\n"));
    IllegalStateException successor = assertThrows(IllegalStateException.class,
        () -> parse(header + "GM0009,Ten Boer,2019-01-01,\n"));

    assertEquals("gemeentelijke_herindelingen_2018.csv line 3: '1-1-2019' is not a date"
        + " yyyy-mm-dd", date.getMessage());
    assertEquals("gemeentelijke_herindelingen_2018.csv line 2: successor of GM0009: a CBS"
        + " gemeentecode is of the form GMnnnn, not ''", successor.getMessage());
  }

  /**
   * The created gemeenten and the history fit: each is in the list of 2024 under the same name,
   * was created within the history's span, and replaced at least one gemeente, every one of which
   * was dissolved on the day it was created.
   */
  @Test
  void everyCreatedGemeenteReplacedGemeentenDissolvedOnItsStart() throws Exception {
    List<MunicipalReorganisations.Established> created;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        MunicipalReorganisations.class.getResourceAsStream(
            MunicipalReorganisations.ESTABLISHED_RESOURCE), StandardCharsets.UTF_8))) {
      created = MunicipalReorganisations.parseEstablished(reader);
    }
    List<String> problems = new ArrayList<>();
    for (MunicipalReorganisations.Established gemeente : created) {
      String code = gemeente.code();
      if (!Municipalities.find(code).map(Municipality::getName)
          .equals(Optional.of(gemeente.name()))) {
        problems.add(code + " " + gemeente.name() + " is not so named in the list");
      }
      if (gemeente.on().isBefore(MunicipalReorganisations.coveredFrom())) {
        problems.add(code + " is created before the history starts");
      }
      List<DissolvedMunicipality> replaced = MunicipalReorganisations.predecessors(code);
      if (replaced.isEmpty() || !replaced.stream()
          .allMatch(d -> d.getDissolvedOn().equals(gemeente.on()))) {
        problems.add(code + " replaced " + replaced);
      }
      if (!MunicipalReorganisations.establishedOn(code).equals(Optional.of(gemeente.on()))) {
        problems.add(code + " is not found");
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(17, created.size());
    assertEquals(List.of(3L, 9L, 1L, 3L, 1L), created.stream().collect(Collectors.groupingBy(
        MunicipalReorganisations.Established::on, TreeMap::new, Collectors.counting()))
        .values().stream().toList());
  }

  @Test
  void aCreatedCodeHoldsFromTheDayOfTheReorganisation() {
    LocalDate start = LocalDate.of(2023, 1, 1);

    assertEquals(Optional.of(start), MunicipalReorganisations.establishedOn("GM1992"));
    assertEquals(Optional.of(start),
        MunicipalReorganisations.notYetEstablishedOn("GM1992", LocalDate.of(2022, 12, 31)));
    assertEquals(Optional.empty(), MunicipalReorganisations.notYetEstablishedOn("GM1992", start));
    assertEquals(List.of("GM0501", "GM0530", "GM0614"),
        MunicipalReorganisations.predecessors("GM1992").stream()
            .map(DissolvedMunicipality::getCode).toList());
    // Groningen took Ten Boer and Haren in and kept its code: it has predecessors, no start.
    assertEquals(Optional.empty(), MunicipalReorganisations.establishedOn("GM0014"));
    assertEquals(Optional.empty(),
        MunicipalReorganisations.notYetEstablishedOn("GM0014", LocalDate.of(2010, 1, 1)));
    assertEquals(List.of("GM0009", "GM0017"),
        MunicipalReorganisations.predecessors("GM0014").stream()
            .map(DissolvedMunicipality::getCode).toList());
    assertEquals(Optional.empty(), MunicipalReorganisations.establishedOn("GM0501"));
    assertEquals(List.of(), MunicipalReorganisations.predecessors("GM0501"));
  }

  @Test
  void aMalformedLineOfCreatedGemeentenIsReportedWithItsNumber() {
    String header = "gemeentecode_cbs,gemeentenaam,ingesteld_per\n";

    IllegalStateException date = assertThrows(IllegalStateException.class,
        () -> MunicipalReorganisations.parseEstablished(new BufferedReader(new StringReader(
            header + "GM1992,Voorne aan Zee,1-1-2023\n"))));
    IllegalStateException code = assertThrows(IllegalStateException.class,
        () -> MunicipalReorganisations.parseEstablished(new BufferedReader(new StringReader(
            header + "GM1992,Voorne aan Zee,2023-01-01\n1992,Voorne aan Zee,2023-01-01\n"))));

    assertEquals("gemeenten_ingesteld_2018.csv line 2: '1-1-2023' is not a date yyyy-mm-dd",
        date.getMessage());
    assertEquals("gemeenten_ingesteld_2018.csv line 3: a CBS gemeentecode is of the form GMnnnn,"
        + " not '1992'", code.getMessage());
  }

  private static List<DissolvedMunicipality> parse(String csv) throws Exception {
    return MunicipalReorganisations.parse(new BufferedReader(new StringReader(csv)));
  }
}
