package nl.woonzorg.examples.cli;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import nl.woonzorg.analysis.distribution.Distribution;
import nl.woonzorg.analysis.distribution.DistributionMethod;
import nl.woonzorg.analysis.distribution.Part;
import nl.woonzorg.analysis.distribution.Share;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code woonzorg distribute}: a fair-share distribution (<i>verdeling</i>) of a whole number of
 * units over weighted parts, e.g. a taakstelling over gemeenten by population, in exact fractions;
 * a tie is shown, never broken.
 */
@Command(name = "distribute", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
        "Shares --total units out over the parts of --weights by --method, exactly: ceiling"
            + " (Huisvestingswet 2014 art. 29: rounded up per part, the excess shown), hamilton"
            + " (largest remainder), dhondt or sainte-lague.",
        "Units on which parts tie are shown as a tie and given to none."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the distribution was written",
        "2:the weights could not be read or are not valid, each problem located by line:column",
        "64:usage error", ExitCodes.HELP_INTERNAL, ExitCodes.HELP_EXHAUSTED})
final class DistributeCommand implements Callable<Integer> {

  /** The methods by the names the command line takes. */
  enum Method {
    CEILING(DistributionMethod.CEILING), HAMILTON(DistributionMethod.LARGEST_REMAINDER),
    DHONDT(DistributionMethod.D_HONDT), SAINTE_LAGUE(DistributionMethod.SAINTE_LAGUE);

    private final DistributionMethod method;

    Method(DistributionMethod method) {
      this.method = method;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** The forms of the output. */
  enum Format {
    TEXT, JSON;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final String HEADER = "naam;gewicht";

  @ParentCommand
  private @Nullable Woonzorg parent;

  @Option(names = "--total", paramLabel = "N", required = true,
      description = "The whole number of units to share out, 0 or more.")
  private long total;

  @Option(names = "--weights", paramLabel = "FILE", required = true,
      description = "The parts, ';'-separated: " + HEADER + ", a whole weight of 0 or more each.")
  private Path weights = Path.of(".");

  @Option(names = "--method", paramLabel = "METHOD", required = true,
      converter = MethodConverter.class,
      description = "ceiling, hamilton, dhondt or sainte-lague.")
  private Method method = Method.HAMILTON;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json. Default: ${DEFAULT-VALUE}.")
  private Format format = Format.TEXT;

  @Override
  public Integer call() {
    Woonzorg tool = Objects.requireNonNull(parent, "parent");
    Lang lang = tool.lang();
    if (total < 0) {
      tool.err().println(lang.pick("--total kan niet negatief zijn: ", "--total cannot be"
          + " negative: ") + total);
      return ExitCodes.USAGE;
    }
    tool.working(weights);
    List<Part> parts = parts(lang);
    Distribution distribution;
    try {
      distribution = method.method.distribute(total, parts);
    } catch (IllegalArgumentException e) {
      throw Failure.invalid(weights, List.of(weights + ": " + e.getMessage()), lang);
    }
    tool.out().print(format == Format.JSON ? json(distribution) : text(distribution, lang));
    tool.out().flush();
    return ExitCodes.CONFORM;
  }

  private List<Part> parts(Lang lang) {
    CsvLines csv = CsvLines.read(weights, lang);
    List<Part> parts = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (CsvLines.Line line : csv.rowsAfter(0, HEADER)) {
      if (!line.hasWidth(2)) {
        continue;
      }
      if (line.field(0).isEmpty() || !names.add(line.field(0))) {
        line.problem(0, lang.pick("elk deel heeft een eigen naam", "each part has a name of its"
            + " own"));
      }
      BigInteger weight = line.parse(1, text -> {
        BigInteger value = new BigInteger(text);
        if (value.signum() < 0) {
          throw new IllegalArgumentException("negative");
        }
        return value;
      }, lang.pick("een geheel gewicht van 0 of meer", "a whole weight of 0 or more"));
      if (weight != null && !line.field(0).isEmpty()) {
        parts.add(Part.of(line.field(0), weight));
      }
    }
    csv.check();
    return parts;
  }

  private String text(Distribution distribution, Lang lang) {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "%-24s %12s %16s %8s%n", lang.pick("deel", "part"),
        lang.pick("gewicht", "weight"), lang.pick("quotum", "quota"),
        lang.pick("eenheden", "units")));
    for (Share share : distribution.shares()) {
      text.append(String.format(Locale.ROOT, "%-24s %12s %16s %8d%n", share.name(),
          share.part().weight(), share.quota().toMixedString(), share.units()));
    }
    text.append(lang.pick("totaal ", "total ")).append(distribution.total())
        .append(lang.pick(", toegewezen ", ", allocated ")).append(distribution.allocated())
        .append("\n");
    if (distribution.excess() > 0) {
      text.append(lang.pick("overschrijding (naar boven afgerond per deel): ",
          "excess (rounded up per part): ")).append(distribution.excess()).append("\n");
    }
    distribution.tie().ifPresent(tie -> text.append(lang.pick("gelijke stand: ", "tie: "))
        .append(tie.contenders()).append(lang.pick(" staken om ", " tie for "))
        .append(tie.units()).append(lang.pick(" eenheden op ", " units at "))
        .append(tie.level().toMixedString()).append(lang.pick("; niet toegewezen\n",
            "; not allocated\n")));
    return text.toString();
  }

  private static String json(Distribution distribution) {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = mapper.createObjectNode()
        .put("method", distribution.method().name()).put("total", distribution.total())
        .put("allocated", distribution.allocated()).put("excess", distribution.excess());
    ArrayNode shares = root.putArray("shares");
    for (Share share : distribution.shares()) {
      shares.addObject().put("part", share.name()).put("weight", share.part().weight())
          .put("quota", share.quota().toString()).put("units", share.units());
    }
    distribution.tie().ifPresent(tie -> {
      ObjectNode node = root.putObject("tie").put("units", tie.units())
          .put("level", tie.level().toString());
      ArrayNode contenders = node.putArray("contenders");
      tie.contenders().forEach(contenders::add);
    });
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  /** Reads {@code sainte-lague} and the other names as the command line writes them. */
  static final class MethodConverter implements picocli.CommandLine.ITypeConverter<Method> {
    @Override
    public Method convert(String value) {
      return Method.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
  }
}
