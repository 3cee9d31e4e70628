package nl.woonzorg.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import nl.woonzorg.io.ReadResult;
import nl.woonzorg.io.json.JsonReader;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.AnalysisDocument;
import nl.woonzorg.model.document.PolicyDocument;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.goal.Goal;

/**
 * The criteria of one goal of a woonzorg document, named {@code DOCUMENT#GOAL} on the command
 * line ({@code validate --criteria}): the thresholds an agreement states for clustered housing,
 * which the building rules check against instead of VERA's definition.
 */
final class GoalCriteria {

  private GoalCriteria() {}

  /**
   * The criteria of the goal {@code reference} names.
   *
   * @throws Failure exit 64 if the reference has no {@code #GOAL} or the document no such goal;
   *     exit 2 if the document cannot be read or is not a valid woonzorg document
   */
  static List<Criterion> read(String reference, Lang lang) {
    int hash = reference.lastIndexOf('#');
    if (hash <= 0 || hash == reference.length() - 1) {
      throw Failure.usage(lang.pick(
          "--criteria noemt een doel als DOCUMENT#DOEL, bijvoorbeeld visie.json#doel-1, niet "
              + reference,
          "--criteria names a goal as DOCUMENT#GOAL, e.g. vision.json#goal-1, not " + reference));
    }
    Path file = Path.of(reference.substring(0, hash));
    String goalId = reference.substring(hash + 1);
    byte[] json;
    try {
      json = Files.readAllBytes(file);
    } catch (IOException e) {
      throw Failure.unreadable(file, e, lang);
    }
    ReadResult<?> read = JsonReader.strict().readResult(json, JsonReader.detectType(json));
    if (!read.problems().isEmpty()) {
      throw Failure.invalid(file, read.problems().stream()
          .map(problem -> problem.toString(lang.locale())).toList(), lang);
    }
    List<Goal> goals = goals(read.value().orElseThrow());
    return goals.stream().filter(goal -> goal.getId().equals(goalId)).findFirst()
        .map(Goal::getCriteria)
        .orElseThrow(() -> {
          String ids = goals.stream().map(Goal::getId).collect(Collectors.joining(", "));
          return Failure.usage(lang.pick(
              "doel " + goalId + " staat niet in " + file + (goals.isEmpty() ? ", dat geen doelen"
                  + " heeft" : "; het heeft " + ids),
              "goal " + goalId + " is not in " + file + (goals.isEmpty() ? ", which has no goals"
                  : "; it has " + ids)));
        });
  }

  /**
   * The goals of a document of the cycle, as its vision view holds them ({@link
   * PolicyDocument#asVision()}); an analysis's proposals are its goals, which that view leaves
   * out.
   */
  private static List<Goal> goals(Object document) {
    if (document instanceof HousingCareVision vision) {
      return vision.getGoals();
    } else if (document instanceof AnalysisDocument analysis) {
      return analysis.getProposals();
    } else if (document instanceof PolicyDocument policy) {
      return policy.asVision().getGoals();
    }
    return List.of();
  }
}
