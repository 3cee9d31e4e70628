package nl.woonzorg.testkit.defect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.woonzorg.model.area.Municipalities;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.vera.AccessibilityLabel;
import nl.woonzorg.model.vera.HousingForm;
import nl.woonzorg.model.vera.UnitKind;
import nl.woonzorg.model.vera.VeraTargetGroup;
import nl.woonzorg.testkit.defect.Defect.Site;

/** The defects of dwelling records. */
final class DwellingDefects {

  private DwellingDefects() {}

  static List<Defect<Dwelling>> all() {
    List<Defect<Dwelling>> out = new ArrayList<>();
    out.add(new Defect<>("end-dated-vera-code", "WZ-DWELLING-01",
        "The record's VERA target group becomes one that VERA has end-dated.",
        d -> List.of(site("targetGroup", x -> Dwelling.builder().from(x)
            .targetGroup(endDated()).build()))));
    out.add(new Defect<>("clustered-home-not-zero-step", "WZ-DWELLING-02",
        "A clustered or care-ready home gets an accessibility label that is not zero-step.",
        d -> clustered(d) ? List.of(site("accessibilityLabel", x -> Dwelling.builder().from(x)
            .accessibilityLabel(live(AccessibilityLabel.values(), l -> !l.isZeroStep()))
            .build())) : List.of()));
    out.add(new Defect<>("clustered-home-not-living-space", "WZ-DWELLING-03",
        "A clustered or care-ready home becomes a unit of another kind than living space.",
        d -> clustered(d) ? List.of(site("unitKind", x -> Dwelling.builder().from(x)
            .unitKind(live(UnitKind.values(), k -> k != UnitKind.WOONRUIMTE))
            .unitDetailKind(Optional.empty()).build())) : List.of()));
    out.add(new Defect<>("care-ready-home-not-wheelchair-accessible", "WZ-DWELLING-04",
        "A clustered home becomes a care-ready home labelled zero-step but not"
            + " wheelchair-accessible.",
        // Not a care-ready home labelled so already: the rule reports that one before the defect.
        d -> clustered(d) && !careReadyBelowWheelchair(d)
            ? List.of(site("accessibilityLabel", x -> Dwelling.builder().from(x)
                .housingForm(HousingForm.ZORGGESCHIKTE_WONING)
                .accessibilityLabel(live(AccessibilityLabel.values(),
                    l -> l.isZeroStep() && !wheelchair(l))).build()))
            : List.of()));
    out.add(new Defect<>("clustered-home-without-label", "WZ-DWELLING-05",
        "A clustered or care-ready home loses its accessibility label.",
        d -> clustered(d) && d.getAccessibilityLabel().isPresent()
            ? List.of(site("accessibilityLabel", x -> Dwelling.builder().from(x)
                .accessibilityLabel(Optional.empty()).build()))
            : List.of()));
    out.add(new Defect<>("unknown-dwelling-municipality-code", "WZ-AREA-04",
        "The record's gemeentecode becomes one that is not in the CBS list (district and"
            + " neighbourhood codes are dropped).",
        d -> List.of(recoded(VisionDefects.unknownMunicipalityCode()))));
    // A record without a peildatum is judged by the list of 1 January 2024.
    out.add(new Defect<>("dissolved-dwelling-municipality-code", "WZ-AREA-05",
        "The record's gemeentecode becomes that of a gemeente dissolved before the date of the CBS"
            + " list (district and neighbourhood codes are dropped).",
        d -> List.of(recoded(VisionDefects.dissolvedMunicipalityCode(
            LocalDate.of(Municipalities.referenceYear(), 1, 1)).orElseThrow()))));
    out.add(new Defect<>("malformed-postal-code", "WZ-BEAN-PATTERN",
        "The record's postcode gets a leading zero, which no Dutch postcode has.",
        d -> List.of(site("postalCode", x -> Dwelling.builder().from(x)
            .postalCode("0123AB").build()))));
    out.add(new Defect<>("zero-rooms", "WZ-BEAN-POSITIVE",
        "The record gets zero rooms.",
        d -> List.of(site("rooms", x -> Dwelling.builder().from(x).rooms(0).build()))));
    return List.copyOf(out);
  }

  /** The record in gemeente {@code code}, without district and neighbourhood codes. */
  private static Site<Dwelling> recoded(String code) {
    return site("municipalityCode", x -> Dwelling.builder().from(x).municipalityCode(code)
        .districtCode(Optional.empty()).neighbourhoodCode(Optional.empty()).build());
  }

  private static Site<Dwelling> site(String property, Function<Dwelling, Dwelling> breaker) {
    return new Site<>(JsonPointer.of(property), breaker);
  }

  private static boolean clustered(Dwelling d) {
    return d.getHousingForm().filter(f -> f == HousingForm.GECLUSTERDE_WOONVORM
        || f == HousingForm.ZORGGESCHIKTE_WONING).isPresent();
  }

  private static boolean wheelchair(AccessibilityLabel label) {
    return label == AccessibilityLabel.ROLSTOELWONING
        || label == AccessibilityLabel.EXTRA_RUIME_ROLSTOELWONING;
  }

  private static boolean careReadyBelowWheelchair(Dwelling d) {
    return d.getHousingForm().filter(f -> f == HousingForm.ZORGGESCHIKTE_WONING).isPresent()
        && d.getAccessibilityLabel().filter(l -> l.isZeroStep() && !wheelchair(l)).isPresent();
  }

  private static VeraTargetGroup endDated() {
    return Arrays.stream(VeraTargetGroup.values()).filter(VeraTargetGroup::isEndDated)
        .findFirst().orElseThrow();
  }

  private static <T extends nl.woonzorg.model.vera.VeraCoded> T live(T[] values,
      Predicate<T> filter) {
    return Arrays.stream(values).filter(v -> !v.isEndDated() && filter.test(v)).findFirst()
        .orElseThrow();
  }
}
