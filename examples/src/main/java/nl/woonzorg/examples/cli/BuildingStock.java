package nl.woonzorg.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.woonzorg.examples.cli.ValidateCommand.FileResult;
import nl.woonzorg.model.dwelling.Building;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.JsonPointer;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.validation.BuildingReferences;
import nl.woonzorg.validation.WoonzorgValidator;
import org.jspecify.annotations.Nullable;

/**
 * {@code validate --buildings}: the building records of a stock, held for the cross-check of the
 * dwelling records ({@link BuildingReferences}, WZ-BLD-06 and WZ-BLD-07). The buildings file is
 * read and checked first, as any file of building records is; the dwellings of the other files
 * are then looked up and counted as they stream past; at the end the file's result gets the unit
 * counts that differ. Memory grows with the number of buildings, not of dwellings.
 */
final class BuildingStock {

  private final Path file;
  private final BuildingReferences references;
  private @Nullable FileResult records;

  BuildingStock(Path file, WoonzorgValidator validator) {
    this.file = file;
    this.references = BuildingReferences.of(validator);
  }

  /** Adds the building found at {@code at} in the buildings file. */
  void add(JsonPointer at, Building building) {
    references.addBuilding(at, building);
  }

  /** Takes the result of reading and checking the buildings file's own records. */
  void read(FileResult result) {
    records = result;
  }

  /**
   * Whether the buildings file was read whole: if not, some or all buildings are missing, so the
   * cross-check is left out rather than report the dwellings of the missing ones.
   */
  boolean readable() {
    return Objects.requireNonNull(records, "records").readable();
  }

  /** Whether {@code other} names the buildings file, which is then not checked twice. */
  boolean isFile(Path other) {
    return other.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize());
  }

  /** The cross-check of one record of a FILE: a dwelling's WZ-BLD-06; nothing for others. */
  Report checkDwelling(JsonPointer at, Object record) {
    return record instanceof Dwelling dwelling ? references.checkDwelling(dwelling)
        : ValidateCommand.CrossCheck.NOTHING;
  }

  /**
   * The buildings file's result: its records' findings and the WZ-BLD-07 finding of each building
   * whose unit count differs from the dwellings counted, after its record's own findings (the
   * first token of an NDJSON pointer is the record's index). Of an unreadable file, only what
   * made it so.
   */
  FileResult result() {
    FileResult read = Objects.requireNonNull(records, "records");
    if (!read.readable()) {
      return read;
    }
    Report counts = references.unitCounts();
    if (counts.getFindings().isEmpty()) {
      return read;
    }
    List<Finding> findings = new ArrayList<>(read.report().getFindings());
    findings.addAll(counts.getFindings());
    if (Documents.isNdjson(file)) {
      // A stable sort: a record's own findings stay in their order, before its unit count.
      findings.sort(Comparator.comparingLong(BuildingStock::recordIndex));
    }
    return new FileResult(file, read.type(), read.readable(),
        Report.builder().from(read.report()).findings(findings).build(), read.error());
  }

  private static long recordIndex(Finding finding) {
    List<String> tokens = finding.getLocation().tokens();
    return tokens.isEmpty() ? -1 : Long.parseLong(tokens.get(0));
  }
}
