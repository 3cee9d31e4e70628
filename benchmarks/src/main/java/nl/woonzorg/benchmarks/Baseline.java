package nl.woonzorg.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline: raw Jackson 3 databind with plain Java records of the wire format's shape — no
 * Immutables, no schema checks, no located problems, no validation. Codes are plain strings, so
 * the baseline pays for no code lookup either; absent values are nulls.
 *
 * <p>The records cover every property the {@linkplain Workloads workloads} write, and the mapper
 * fails on unknown properties, so the baseline binds all of each document rather than skipping
 * parts; the benchmarks check at set-up that it writes back exactly the library's bytes.
 */
public final class Baseline {

  /** Configured to read and write the wire format's bytes for the records below. */
  public static final JsonMapper MAPPER = JsonMapper.builder()
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .changeDefaultPropertyInclusion(include -> JsonInclude.Value.construct(
          JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
      .build();

  private Baseline() {}

  /** A housing-and-care vision. */
  public record Vision(String formatVersion, String documentType, String id, String title,
      Area area, Period period, String status, String currentPhase, @Nullable List<Party> parties,
      @Nullable List<Area> areas, @Nullable List<Goal> goals,
      @Nullable List<Agreement> agreements, @Nullable Monitoring monitoring) {}

  /** An area. */
  public record Area(String id, String type, String name, @Nullable String code,
      @Nullable String parentId) {}

  /** A span of years. */
  public record Period(int fromYear, int toYear) {}

  /** A party. */
  public record Party(String id, String name, String type) {}

  /** A goal. */
  public record Goal(String id, String title, @Nullable String description,
      @Nullable String indicator, @Nullable Quantity target, @Nullable Quantity baseline,
      @Nullable Integer baselineYear, @Nullable Deadline deadline, Scope scope,
      @Nullable List<String> ownerPartyIds, @Nullable List<Breakdown> breakdowns) {}

  /** An amount with its unit. */
  public record Quantity(BigDecimal value, String unit) {}

  /** A year or a date. */
  public record Deadline(@Nullable Integer year, @Nullable LocalDate date) {}

  /** What a goal is about. */
  public record Scope(@Nullable List<String> targetGroups,
      @Nullable List<String> urgencyCategories, @Nullable List<String> dwellingTypes,
      @Nullable List<String> areaIds) {}

  /** How a target splits. */
  public record Breakdown(String dimension, List<Part> parts) {}

  /** One part of a breakdown. */
  public record Part(String label, BigDecimal value) {}

  /** A performance agreement with action terms. */
  public record Agreement(String id, String title, @Nullable String description, String type,
      String domain, @Nullable String theme, @Nullable List<AgreementParty> parties,
      @Nullable List<String> goalIds, @Nullable Period period, @Nullable Quantity target,
      @Nullable Deadline deadline, @Nullable List<YearSlice> yearSlices,
      @Nullable ActionTerms actionTerms, @Nullable List<String> indicatorIds) {}

  /** A party to an agreement and its roles. */
  public record AgreementParty(String partyId, List<String> roles) {}

  /** A yearly slice. */
  public record YearSlice(int year, @Nullable BigDecimal value) {}

  /** The terms of an action agreement. */
  public record ActionTerms(@Nullable List<String> activities) {}

  /** Monitoring. */
  public record Monitoring(@Nullable List<Indicator> indicators,
      @Nullable List<Measurement> measurements) {}

  /** An indicator. */
  public record Indicator(String id, String name, String unit, @Nullable List<String> goalIds) {}

  /** A measurement. */
  public record Measurement(String indicatorId, LocalDate referenceDate, BigDecimal value,
      @Nullable String source) {}

  /** A VERA-shaped dwelling record, as one NDJSON line. */
  public record Dwelling(String formatVersion, String documentType, String id,
      @Nullable String municipalityCode,
      @Nullable String districtCode, @Nullable String postalCode, String unitKind,
      @Nullable String unitDetailKind, @Nullable String housingForm,
      @Nullable String accessibilityLabel, @Nullable String targetGroup,
      @Nullable List<String> supplementaryTargetGroups, @Nullable String rentClass,
      @Nullable Integer rooms, @Nullable Integer constructionYear,
      @Nullable String ownerPartyId) {}
}
