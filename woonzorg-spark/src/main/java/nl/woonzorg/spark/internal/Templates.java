package nl.woonzorg.spark.internal;

import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apiguardian.api.API;

/**
 * A rule's MessageFormat template filled in by Catalyst, so that a set-based check words its
 * findings as the library does, without a user-defined function.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Templates {

  private Templates() {}

  /**
   * The text of {@code template} with its {@code {n}} the n-th of {@code arguments} (text columns,
   * put in as they are) and its literal parts as MessageFormat reads them, quotes and all.
   */
  public static Column fill(String template, Column... arguments) {
    // Formatted with a marker for each argument, the template shows where each one goes.
    Object[] markers = new Object[arguments.length];
    for (int i = 0; i < markers.length; i++) {
      markers[i] = "\u0000" + i + "\u0000";
    }
    String[] pieces = new MessageFormat(template, Locale.ROOT).format(markers).split("\u0000", -1);
    List<Column> parts = new ArrayList<>();
    for (int i = 0; i < pieces.length; i++) {
      if (i % 2 == 1) {
        parts.add(arguments[Integer.parseInt(pieces[i])]);
      } else if (!pieces[i].isEmpty()) {
        parts.add(lit(pieces[i]));
      }
    }
    return concat(parts.toArray(Column[]::new));
  }
}
