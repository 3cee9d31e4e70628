package nl.woonzorg.spark.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.woonzorg.io.WireFormatException;
import nl.woonzorg.io.WireProblem;
import nl.woonzorg.vera.allocation.Allocation;
import nl.woonzorg.vera.allocation.AllocationFacts;
import nl.woonzorg.vera.allocation.AllocationReader;
import nl.woonzorg.vera.allocation.Period;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apiguardian.api.API;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A {@code Toewijzing} row read by {@code woonzorg-vera}'s {@link AllocationReader} and given the
 * indicators it counts in, as {@link AllocationFacts#toMeasurements} names them: {@code
 * toewijzingen}, {@code toewijzingen.doelgroep.SEN}, {@code toewijzingen.voorrang.URG} (once per
 * kind), {@code toewijzingen.passendheid.PAS}, {@code toewijzingen.ouderenhuishouden}. A row that
 * cannot be read gives its reading problems as findings instead. One per task.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Allocating {

  /**
   * The schema of an allocation row, its problems rows of {@code findings} (the findings' schema,
   * which this package cannot name without a package cycle); {@code period} null for a row that
   * could not be read.
   */
  public static StructType schema(StructType findings) {
    return new StructType()
        .add("period", DataTypes.StringType, true)
        .add("period_end", DataTypes.DateType, true)
        .add("unit_id", DataTypes.StringType, true)
        .add("indicators", DataTypes.createArrayType(DataTypes.StringType, false), false)
        .add("problems", DataTypes.createArrayType(findings, false), false);
  }

  private final AllocationReader reader = AllocationReader.of();
  private final RowJson json;
  private final Period period;
  private final Locale locale;
  private final int keyIndex;

  /** An allocator of rows of {@code schema}, keyed by column {@code keyIndex} in a finding. */
  public Allocating(StructType schema, Period period, Locale locale, int keyIndex) {
    this.json = RowJson.vera(schema);
    this.period = period;
    this.locale = locale;
    this.keyIndex = keyIndex;
  }

  /** The allocation row of {@code row}. */
  public List<Row> allocate(Row row) {
    Allocation allocation;
    try {
      allocation = reader.read(new String(json.write(row), StandardCharsets.UTF_8));
    } catch (WireFormatException e) {
      Object key = keyIndex < 0 || row.isNullAt(keyIndex) ? null : row.get(keyIndex);
      List<Row> problems = new ArrayList<>();
      for (WireProblem problem : e.getProblems()) {
        problems.add(FindingRows.of(problem.toFinding(locale),
            key == null ? null : key.toString(), null, null));
      }
      return List.of(RowFactory.create(null, null, null, seq(List.of()), seq(problems)));
    }
    String prefix = AllocationFacts.INDICATOR;
    Set<String> indicators = new LinkedHashSet<>();
    indicators.add(prefix);
    allocation.targetGroupCode().ifPresent(code -> indicators.add(prefix + ".doelgroep." + code));
    allocation.priorities().forEach(kind -> indicators.add(prefix + ".voorrang." + kind));
    if (allocation.suitability() != null) {
      indicators.add(prefix + ".passendheid." + allocation.suitability());
    }
    if (Boolean.TRUE.equals(allocation.olderHousehold())) {
      indicators.add(prefix + ".ouderenhuishouden");
    }
    return List.of(RowFactory.create(period.label(allocation.date()),
        Date.valueOf(period.end(allocation.date())),
        allocation.unitId().isEmpty() ? null : allocation.unitId(),
        seq(List.copyOf(indicators)), seq(List.of())));
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toSeq();
  }
}
