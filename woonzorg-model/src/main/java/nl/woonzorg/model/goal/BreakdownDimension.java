package nl.woonzorg.model.goal;

import org.apiguardian.api.API;
import nl.woonzorg.model.code.Codes;
import nl.woonzorg.model.code.CodeEntry;
import nl.woonzorg.model.code.CodeList;
import nl.woonzorg.model.dwelling.ClusteringForm;

/**
 * The dimension along which a goal's target, an activity's output, an analysis figure or a
 * measurement is split up (<i>uitsplitsing naar ...</i>): "110 units,
 * of which 80 in new build and 30 in existing stock" is split by {@link #BOUWWIJZE}. The wire code
 * is the constant's name.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public enum BreakdownDimension implements CodeList {
  /**
   * Bouwwijze: construction mode, e.g. new build versus existing stock; see {@link
   * ConstructionMode}.
   */
  BOUWWIJZE("bouwwijze", "construction mode"),
  /** Locatie: per site or location. */
  LOCATIE("locatie", "location"),
  /** Jaar: per calendar year, e.g. how many homes are delivered each year. */
  JAAR("jaar", "year"),
  /**
   * Periode: per half year or quarter, each part naming its year and part of the year — the
   * statushouders taakstelling is set per half year. Since format 1.1.
   */
  PERIODE("periode", "period"),
  /** Gebied: per area, such as a wijk, buurt or kern. */
  GEBIED("gebied", "area"),
  /** Doelgroep: per target group. */
  DOELGROEP("doelgroep", "target group"),
  /** Woonvorm: per dwelling type. */
  WOONVORM("woonvorm", "dwelling type"),
  /** Partij: per party that delivers its share, e.g. per corporation. */
  PARTIJ("partij", "party"),
  /**
   * Huursegment: per rent or price segment, e.g. 50% social rent and 50% mid-rent; see {@link
   * RentSegment}.
   */
  HUURSEGMENT("huursegment", "rent segment"),
  /** Eigendom: per owner category; see {@link OwnerCategory}. Since format 1.1. */
  EIGENDOM("eigendom", "owner category"),
  /** Clusteringsvorm: per form of clustering; see {@link ClusteringForm}. Since format 1.1. */
  CLUSTERINGSVORM("clusteringsvorm", "clustering form"),
  /** Overig: any other dimension; the parts' labels say what it is. */
  OVERIG("overig", "other");

  private final CodeEntry entry;

  BreakdownDimension(String labelNl, String labelEn) {
    entry = new CodeEntry(name(), labelNl, labelEn);
  }

  @Override
  public CodeEntry codeEntry() {
    return entry;
  }

  /**
   * Returns the constant whose wire code is {@code code}.
   *
   * @param code the wire code, which is the constant's name
   * @return the constant, never null
   * @throws nl.woonzorg.model.code.UnknownCodeException if no constant has that code; the
   *     message lists the valid codes
   */
  public static BreakdownDimension fromCode(String code) {
    return Codes.fromCode(BreakdownDimension.class, code);
  }
}
