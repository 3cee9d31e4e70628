package nl.woonzorg.model.vera;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VeraReferenceDataTest {

  private static final String HEADER =
      "Soort;Code;Naam;Omschrijving;Begindatum;Einddatum;Parent;Informatiedomein\n";

  @Test
  void release() {
    assertEquals("v4.3.260403", VeraReferenceData.release());
  }

  @Test
  void bundledExtractHoldsEveryRowOfTheTenLists() {
    Map<VeraCodeList, Integer> rows = Arrays.stream(VeraCodeList.values())
        .collect(Collectors.toMap(list -> list, list -> VeraReferenceData.entries(list).size()));
    assertEquals(Map.of(
        VeraCodeList.WOONVORM, 12,
        VeraCodeList.TOEGANKELIJKHEIDSLABEL, 8,
        VeraCodeList.DOELGROEP, 11,
        VeraCodeList.AANVULLENDEDOELGROEP, 17,
        VeraCodeList.VOORRANGSOORT, 4,
        VeraCodeList.VOORRANGDETAILSOORT, 21,
        VeraCodeList.EENHEIDSOORT, 7,
        VeraCodeList.EENHEIDDETAILSOORT, 80,
        VeraCodeList.HUURKLASSE, 4,
        VeraCodeList.BATSCORE, 5), rows);
  }

  @Test
  void findsARowWithAllItsColumns() {
    VeraEntry gec = VeraReferenceData.find(VeraCodeList.WOONVORM, "GEC").orElseThrow();
    assertEquals("Geclusterde woonvorm", gec.getName());
    assertEquals(Optional.of(LocalDate.of(2024, 5, 31)), gec.getBeginDate());
    assertEquals(Optional.empty(), gec.getEndDate());
    assertEquals(Optional.empty(), gec.getParent());
    assertTrue(gec.getDescription().orElseThrow().startsWith(
        "Deze woning is een zelfstandige wooneenheid binnen een gebouw"));
  }

  @Test
  void readsDatesWithAndWithoutZeroPadding() {
    VeraEntry gezinMetKinderen =
        VeraReferenceData.find(VeraCodeList.DOELGROEP, "GEK").orElseThrow();
    assertEquals(Optional.of(LocalDate.of(2023, 4, 21)), gezinMetKinderen.getBeginDate());
    assertEquals(Optional.of(LocalDate.of(2023, 6, 23)), gezinMetKinderen.getEndDate());
    assertEquals(Optional.of(LocalDate.of(2023, 9, 22)),
        VeraReferenceData.find(VeraCodeList.WOONVORM, "GEB").orElseThrow().getEndDate());
  }

  @Test
  void prefersTheLiveRowWhereACodeOccursTwice() {
    List<VeraEntry> ver = VeraReferenceData.entries(VeraCodeList.AANVULLENDEDOELGROEP).stream()
        .filter(entry -> entry.getCode().equals("VER")).toList();
    assertEquals(List.of("Verstandelijk beperkten", "(ex)-verslaafden"),
        ver.stream().map(VeraEntry::getName).toList());

    VeraEntry found =
        VeraReferenceData.find(VeraCodeList.AANVULLENDEDOELGROEP, "VER").orElseThrow();
    assertEquals("(ex)-verslaafden", found.getName());
    assertFalse(found.endDated());

    VeraEntry bij = VeraReferenceData.find(VeraCodeList.EENHEIDDETAILSOORT, "BIJ").orElseThrow();
    assertEquals(Optional.of("EENHEIDSOORT.MOG"), bij.getParent());
    assertEquals(Optional.of("MOG"), bij.parentCode());
  }

  @Test
  void findsNothingForAnUnknownCodeOrAnotherListsCode() {
    assertEquals(Optional.empty(), VeraReferenceData.find(VeraCodeList.WOONVORM, "XYZ"));
    assertEquals(Optional.empty(), VeraReferenceData.find(VeraCodeList.WOONVORM, "NUL"));
  }

  @Test
  void parsesTheReleaseFormatAndSkipsListsItDoesNotMirror() throws IOException {
    List<VeraEntry> entries = parse(HEADER
        + "ENERGIELABEL;A;A-label;Zuinig;;;;Vastgoed\n"
        + "WOONVORM;GEB;GEB-woning;VERVALLEN;;22-9-2023;;Vastgoed\n"
        + "\n"
        + "EENHEIDDETAILSOORT;KNG;Kangoeroewoning;;01-02-2003;;EENHEIDSOORT.WOO;Vastgoed\n");

    assertEquals(List.of(
        VeraEntry.builder().codeList(VeraCodeList.WOONVORM).code("GEB").name("GEB-woning")
            .description("VERVALLEN").endDate(LocalDate.of(2023, 9, 22)).build(),
        VeraEntry.builder().codeList(VeraCodeList.EENHEIDDETAILSOORT).code("KNG")
            .name("Kangoeroewoning").beginDate(LocalDate.of(2003, 2, 1))
            .parent("EENHEIDSOORT.WOO").build()),
        entries);
  }

  @Test
  void malformedDateNamesTheSourceLineColumnAndValue() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse(HEADER
        + "WOONVORM;GEC;Geclusterde woonvorm;;31-05-2024;;;Vastgoed\n"
        + "WOONVORM;LEV;Levensloopbestendig woning;;20-06-2025;14-02-205;;Vastgoed\n"));
    assertEquals("test.csv line 3: Einddatum '14-02-205' is not a date in the form d-m-yyyy",
        e.getMessage());
  }

  @Test
  void impossibleCalendarDateIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse(HEADER
        + "WOONVORM;GEC;Geclusterde woonvorm;;31-2-2024;;;Vastgoed\n"));
    assertEquals("test.csv line 2: Begindatum '31-2-2024' is not a calendar date", e.getMessage());
  }

  @Test
  void wrongNumberOfFieldsIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> parse(HEADER + "WOONVORM;GEC;Geclusterde woonvorm;Vastgoed\n"));
    assertEquals("test.csv line 2: expected 8 fields but found 4", e.getMessage());
  }

  @Test
  void blankCodeIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> parse(HEADER + "WOONVORM; ;Naam;;;;;Vastgoed\n"));
    assertEquals("test.csv line 2: Code and Naam must not be blank", e.getMessage());
  }

  @Test
  void endBeforeBeginIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> parse(HEADER + "DOELGROEP;GEK;Gezin met kinderen;;23-06-2023;21-04-2023;;x\n"));
    assertEquals("test.csv line 2: VERA entry DOELGROEP.GEK ends (2023-04-21) before it begins "
        + "(2023-06-23)", e.getMessage());
  }

  @Test
  void unexpectedHeaderIsRefused() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> parse("Soort,Code,Naam\n"));
    assertEquals("test.csv line 1: expected the header 'Soort;Code;Naam;Omschrijving;Begindatum;"
        + "Einddatum;Parent;Informatiedomein' but found 'Soort,Code,Naam'", e.getMessage());
  }

  private static List<VeraEntry> parse(String csv) throws IOException {
    return VeraReferenceData.parse(new StringReader(csv), "test.csv");
  }
}
