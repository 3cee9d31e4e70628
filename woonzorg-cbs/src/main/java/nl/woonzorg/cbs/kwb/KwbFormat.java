package nl.woonzorg.cbs.kwb;

import org.apiguardian.api.API;

/**
 * The forms in which CBS publishes a KWB table (<i>bestandsvorm</i>), each read by {@link
 * KwbReader}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public enum KwbFormat {
  /**
   * The StatLine CSV export of the typed data set: a header line of column keys, then a line per
   * area; fields separated by {@code ;}, optionally quoted with {@code "}; a decimal comma; a
   * {@code .} for a suppressed figure; codes right-padded with spaces. UTF-8, a byte order mark
   * allowed.
   */
  CSV,
  /**
   * OData v3 {@code TypedDataSet} JSON: {@code {"value": [{row}, …]}}, an object per area keyed
   * by column key; {@code null} for a suppressed figure; codes right-padded with spaces to 10
   * characters; several pages ({@code odata.nextLink}) as several inputs.
   */
  TYPED_DATA_SET,
  /**
   * OData v4 {@code Observations} JSON: {@code {"value": [{observation}, …]}}, long format, an
   * object per area and measure with {@code Measure}, {@code WijkenEnBuurten} and {@code Value};
   * {@code null} for a suppressed figure; several pages ({@code @odata.nextLink}) as several
   * inputs.
   */
  OBSERVATIONS
}
