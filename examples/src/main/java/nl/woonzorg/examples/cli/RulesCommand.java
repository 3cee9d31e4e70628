package nl.woonzorg.examples.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import nl.woonzorg.validation.WoonzorgValidator;
import nl.woonzorg.validation.rule.Profile;
import nl.woonzorg.validation.rule.RuleDefinition;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code woonzorg rules}: prints the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Prints the rule catalogue: every rule id with its severity in the profiles"
        + " concept and vastgesteld, and its title. RULES.md at the project's root explains"
        + " each.")
final class RulesCommand implements Callable<Integer> {

  @ParentCommand
  private @Nullable Woonzorg parent;

  @Override
  public Integer call() {
    Woonzorg tool = Objects.requireNonNull(parent, "parent");
    PrintWriter out = tool.out();
    Lang lang = tool.lang();
    var rules = WoonzorgValidator.builtInRules();
    int idWidth = rules.stream().mapToInt(rule -> rule.id().length()).max().orElse(0);
    String format = "%-" + idWidth + "s  %-8s  %-11s  %s%n";
    out.printf(Locale.ROOT, format, lang.pick("regel", "rule"), "concept", "vastgesteld",
        lang.pick("titel", "title"));
    for (RuleDefinition rule : rules) {
      out.printf(Locale.ROOT, format, rule.id(), rule.severity(Profile.CONCEPT).getCode(),
          rule.severity(Profile.VASTGESTELD).getCode(), rule.title(lang.locale()));
    }
    out.printf(Locale.ROOT, "%d %s%n", rules.size(), lang.pick("regels", "rules"));
    out.flush();
    return ExitCodes.CONFORM;
  }
}
