package nl.woonzorg.analysis.population;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where population figures come from (<i>bron</i>): the publisher, the table's id, and the date
 * the figures describe (<i>peildatum</i>) — for CBS's <i>Kerncijfers wijken en buurten</i>, 1
 * January of the table's year. Every figure derived from a table carries this, so that a report
 * can cite it ("Bron: CBS, tabel 85984NED, peildatum 1-1-2024") as the CC BY 4.0 licence asks.
 *
 * <p>The table id and the date are given, never worked out from each other: public scripts have
 * mislabelled the year of a KWB table id more than once.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PopulationSource {

  private final String publisher;
  private final String tableId;
  private final LocalDate referenceDate;

  private PopulationSource(String publisher, String tableId, LocalDate referenceDate) {
    this.publisher = publisher;
    this.tableId = tableId;
    this.referenceDate = referenceDate;
  }

  /**
   * The table {@code tableId} of {@code publisher}, describing {@code referenceDate}.
   *
   * @throws IllegalArgumentException if the publisher or table id is blank
   */
  public static PopulationSource of(String publisher, String tableId, LocalDate referenceDate) {
    if (publisher.isBlank() || tableId.isBlank()) {
      throw new IllegalArgumentException("a source names its publisher and table: '" + publisher
          + "', '" + tableId + "'");
    }
    return new PopulationSource(publisher, tableId, Objects.requireNonNull(referenceDate,
        "referenceDate"));
  }

  /** CBS table {@code tableId}, e.g. {@code "85984NED"}, describing {@code referenceDate}. */
  public static PopulationSource cbs(String tableId, LocalDate referenceDate) {
    return of("CBS", tableId, referenceDate);
  }

  /** The publisher, e.g. {@code "CBS"}; never blank. */
  public String publisher() {
    return publisher;
  }

  /** The publisher's id of the table, e.g. {@code "85984NED"}; never blank. */
  public String tableId() {
    return tableId;
  }

  /** The date the figures describe (<i>peildatum</i>), e.g. 1 January 2024. */
  public LocalDate referenceDate() {
    return referenceDate;
  }

  /**
   * The attribution a report prints, e.g. {@code "Bron: CBS, tabel 85984NED, peildatum
   * 1-1-2024"}.
   */
  public String attribution() {
    return "Bron: " + publisher + ", tabel " + tableId + ", peildatum "
        + referenceDate.getDayOfMonth() + "-" + referenceDate.getMonthValue() + "-"
        + referenceDate.getYear();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PopulationSource
        && ((PopulationSource) other).publisher.equals(publisher)
        && ((PopulationSource) other).tableId.equals(tableId)
        && ((PopulationSource) other).referenceDate.equals(referenceDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(publisher, tableId, referenceDate);
  }

  /** The {@linkplain #attribution() attribution}. */
  @Override
  public String toString() {
    return attribution();
  }
}
