package nl.woonzorg.examples.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.woonzorg.vera.mapping.MappingNote;

/**
 * What {@code vera convert} did not carry over, or inferred, counted per attribute and reason
 * over all records: one line each on stderr at the end, not a line per note per record, so that
 * a stock of a million units reports in a screenful. Array indices in a pointer count as one
 * attribute ({@code /clusters/*}). Records that could not be converted at all are listed one by
 * one, up to {@value #LISTED}, then counted.
 */
final class MappingNotes {

  /** At most this many records that were left out are named on a line of their own. */
  static final int LISTED = 100;

  private final Lang lang;
  /** Per attribute and reason, how many records had such a note. */
  private final Map<String, Long> counts = new TreeMap<>();
  private long records;
  private long leftOut;

  MappingNotes(Lang lang) {
    this.lang = lang;
  }

  /**
   * Counts the notes of one record, and names the record on {@code err} if it was not converted.
   *
   * @param at the record's place: its line in NDJSON, {@code line 6}, or its JSON Pointer, {@code
   *     /3}
   * @param id the record's id, if it has one
   */
  void record(String at, String id, List<MappingNote> notes, boolean converted,
      PrintWriter err) {
    records++;
    Set<String> seen = new HashSet<>();
    for (MappingNote note : notes) {
      String attribute = note.pointer().toString().replaceAll("/\\d+(?=/|$)", "/*");
      if (seen.add(attribute + "\t" + note.reason())) {
        counts.merge(attribute + "\t" + note.reason().label(lang.locale()), 1L, Long::sum);
      }
    }
    if (!converted) {
      leftOut++;
      if (leftOut <= LISTED) {
        StringBuilder line = new StringBuilder(at.isEmpty() ? "/" : at)
            .append(id.isEmpty() ? "" : " (id " + id + ")")
            .append(lang.pick(": niet omgezet: ", ": not converted: "));
        notes.stream().filter(note -> note.reason() == MappingNote.Reason.MISSING
                || note.reason() == MappingNote.Reason.UNKNOWN_CODE
                || note.reason() == MappingNote.Reason.INVALID_VALUE)
            .forEach(note -> line.append(note.pointer()).append(' ')
                .append(note.reason().label(lang.locale())).append("; "));
        err.println(line.substring(0, line.length() - 2));
      }
    }
  }

  /** Whether a record was left out of the output. */
  boolean anyLeftOut() {
    return leftOut > 0;
  }

  /** The summary: records read and written, and the table of attributes not carried over. */
  void print(PrintWriter err) {
    if (leftOut > LISTED) {
      err.println(lang.pick("en nog " + (leftOut - LISTED) + " records niet omgezet",
          "and " + (leftOut - LISTED) + " more records not converted"));
    }
    String read = records + (records == 1 ? " record" : " records");
    err.println(lang.pick(read + " gelezen, " + (records - leftOut) + " omgezet",
        read + " read, " + (records - leftOut) + " converted"));
    if (counts.isEmpty()) {
      return;
    }
    err.println(lang.pick("niet overgenomen of afgeleid, per attribuut:",
        "not carried over or inferred, per attribute:"));
    int attributeWidth = lang.pick("attribuut", "attribute").length();
    int reasonWidth = lang.pick("reden", "reason").length();
    for (String key : counts.keySet()) {
      String[] parts = key.split("\t");
      attributeWidth = Math.max(attributeWidth, parts[0].length());
      reasonWidth = Math.max(reasonWidth, parts[1].length());
    }
    String format = "  %-" + attributeWidth + "s  %-" + reasonWidth + "s  %s%n";
    err.printf(format, lang.pick("attribuut", "attribute"), lang.pick("reden", "reason"),
        "records");
    counts.forEach((key, count) -> {
      String[] parts = key.split("\t");
      err.printf(format, parts[0], parts[1], count);
    });
  }
}
