package nl.woonzorg.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.woonzorg.model.fixture.ReadmeSnippet;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.model.goal.Scope;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.quantity.Unit;
import nl.woonzorg.model.report.Finding;
import nl.woonzorg.model.report.Report;
import nl.woonzorg.model.targetgroup.TargetGroup;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import org.junit.jupiter.api.Test;

/** The README's "read the findings" snippet, run as a test; a second test keeps it in sync. */
class ReadmeFindingsTest {

  private static final Path THIS_FILE =
      Path.of("src", "test", "java", "nl", "woonzorg", "examples", "ReadmeFindingsTest.java");

  /** A goal with a target, an indicator and a scope, but with neither a deadline nor an owner. */
  private static final Goal DRAFT = Goal.builder()
      .id("geclusterd").title("110 nieuwe geclusterde wooneenheden")
      .target(Quantity.of(110, Unit.WONINGEN))
      .indicator("aantal opgeleverde geclusterde wooneenheden")
      .scope(Scope.builder().addTargetGroups(TargetGroup.OUDEREN_65_PLUS).build())
      .build();

  @Test
  void theSnippetListsEachFindingWithRuleSeverityPlaceAndMessage() {
    WoonzorgValidator validator =
        WoonzorgValidator.builder().profile(Profile.VASTGESTELD).locale(Locale.ENGLISH).build();
    Report report = validator.validate(DRAFT);
    // tag::findings[]
    List<String> lines = new ArrayList<>();
    for (Finding finding : report.getFindings()) {
      lines.add(finding.getRuleId() + " " + finding.getSeverity() + " at "
          + finding.getLocation() + ": " + finding.getMessage());
      finding.getHint().ifPresent(hint -> lines.add("  hint: " + hint));
    }
    // end::findings[]

    assertEquals(List.of(
            "WZ-SMART-T-01 ERROR at /deadline: Goal geclusterd has no deadline.",
            "  hint: Say when the target must be reached.",
            "WZ-SMART-A-01 ERROR at /ownerPartyIds: Goal geclusterd names no owner.",
            "  hint: Name the parties responsible for the goal."),
        lines);
  }

  @Test
  void readmeShowsExactlyThisSnippet() throws IOException {
    ReadmeSnippet.assertReadmeShows(THIS_FILE, "findings");
  }
}
