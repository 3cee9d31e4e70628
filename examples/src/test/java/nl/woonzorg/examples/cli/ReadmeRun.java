package nl.woonzorg.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The root README's "Run" command, read from the README itself: the {@code sh} block after
 * {@code ## Run}, split at {@code &&} into its steps, so that the tests that run it cannot drift
 * from what a newcomer types. Each step of the tool becomes its arguments, with the paths made
 * to work from the examples module and its outputs moved into a directory of the test's.
 */
final class ReadmeRun {

  /** The build step the command starts with; a test cannot run Maven inside Maven. */
  static final String BUILD = "./mvnw -q -pl examples -am package -DskipTests";

  /** How each step of the tool starts. */
  static final String TOOL = "java -jar examples/target/woonzorg.jar ";

  private ReadmeRun() {}

  /** The command's steps as written, in order. */
  static List<String> steps() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int run = readme.indexOf("\n## Run\n");
    int open = readme.indexOf("```sh\n", run);
    int close = readme.indexOf("\n```", open + 6);
    if (run < 0 || open < 0 || close < 0) {
      throw new IllegalStateException("README.md has no ```sh block after ## Run");
    }
    String command = readme.substring(open + 6, close).replace("\\\n", " ");
    return Arrays.stream(command.split("&&")).map(String::strip).toList();
  }

  /**
   * The arguments of each step of the tool, after the build step: a path under {@code examples/}
   * made relative to the module, and each file a step writes ({@code -o}, {@code --document}) put
   * in {@code outputs}, where a later step that reads it finds it.
   *
   * @throws IllegalStateException if the first step is not the build or another is not the tool
   */
  static List<String[]> toolSteps(Path outputs) throws IOException {
    List<String> steps = steps();
    if (!steps.get(0).equals(BUILD)) {
      throw new IllegalStateException("the command does not start with " + BUILD);
    }
    Map<String, String> written = new HashMap<>();
    List<String[]> tool = new ArrayList<>();
    for (String step : steps.subList(1, steps.size())) {
      if (!step.startsWith(TOOL)) {
        throw new IllegalStateException("a step that is not the tool: " + step);
      }
      String[] args = step.substring(TOOL.length()).strip().split("\\s+");
      for (int i = 0; i < args.length; i++) {
        if (i > 0 && (args[i - 1].equals("-o") || args[i - 1].equals("--document"))) {
          written.put(args[i], outputs.resolve(args[i]).toString());
        }
        if (written.containsKey(args[i])) {
          args[i] = written.get(args[i]);
        } else if (args[i].startsWith("examples/")) {
          args[i] = args[i].substring("examples/".length());
        }
      }
      tool.add(args);
    }
    return tool;
  }
}
