package nl.woonzorg.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.woonzorg.examples.RegionExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The root README's "Run" command goes through the whole cycle on one bundled example, Oldambt:
 * the woonzorganalyse of its illustrative KWB, stock and norm files, written as a page and as an
 * analysis document; that document validated with Oldambt's vision; and the vision's monitor,
 * ending by writing the monitor page. The steps are read from the README, so it cannot drift;
 * here each runs in-process, {@code WoonzorgJarIT} runs them through the jar.
 */
class ReadmeRunTest {

  @TempDir
  Path temp;

  @Test
  void theReadmeCommandIsOneExamplesCycleEndingWithTheMonitorPage() throws IOException {
    List<String[]> steps = ReadmeRun.toolSteps(temp);

    assertEquals(List.of("analyse", "validate", "monitor"),
        steps.stream().map(step -> step[0]).toList());
    List<Run> runs = steps.stream().map(Run::of).toList();
    // Analysed and conform; the monitor has a finding, Oldambt's goal of 50 households waiting
    // by 2026 being behind, and says so with exit 1 after writing its page.
    assertEquals(List.of(0, 0, 1), runs.stream().map(Run::exit).toList(),
        runs.stream().map(run -> run.out() + run.err()).toList().toString());
    // The analysis document is conform, warned only that it names no author; the vision conform.
    List<String> verdicts = runs.get(1).out().lines().filter(line -> !line.startsWith(" "))
        .toList();
    assertEquals(List.of(temp.resolve("oldambt-analyse.json") + " (analysis-document): conform"
        + " met waarschuwingen — 0 fouten, 1 waarschuwing, 0 informatiemeldingen (profiel"
        + " vastgesteld)", "data/regio/oldambt.json (housing-care-vision): conform — 0 fouten,"
        + " 0 waarschuwingen, 11 informatiemeldingen (profiel vastgesteld)"), verdicts);
    String analysis = Files.readString(temp.resolve("oldambt-analyse.json"),
        StandardCharsets.UTF_8);
    assertTrue(analysis.contains("\"documentType\" : \"analysis-document\"")
        || analysis.contains("\"documentType\": \"analysis-document\""), analysis);
    assertTrue(analysis.contains("GM1895"), analysis);
    String monitor = Files.readString(temp.resolve("oldambt-monitor.html"),
        StandardCharsets.UTF_8);
    assertTrue(monitor.contains("<h1>Monitor Oldambt</h1>"), monitor);
    assertTrue(monitor.contains("<svg class=\"chart progress\""), monitor);
    assertTrue(monitor.contains("<p class=\"badge ON_TRACK\">op koers</p>"), monitor);
    assertTrue(monitor.contains("<p class=\"badge BEHIND\">achter</p>"), monitor);
    // The early warning the vision agrees, fired on the 85 households waiting of 2022.
    assertTrue(monitor.contains("<p class=\"WARNING\">Signaal: meer dan 80 oudere huishoudens"
        + " wachten (illustratief) — 85 op 2022-12-31 (" + RegionExample.ILLUSTRATIVE + ")</p>"),
        monitor);
    assertEquals(temp.resolve("oldambt-monitor.html") + "\n", runs.get(2).err());
  }
}
