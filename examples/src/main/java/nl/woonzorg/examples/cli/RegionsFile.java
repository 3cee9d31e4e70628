package nl.woonzorg.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.woonzorg.analysis.region.AreaHierarchy;
import nl.woonzorg.analysis.region.Region;
import nl.woonzorg.analysis.region.RegionFileException;
import nl.woonzorg.analysis.region.RegionKind;
import nl.woonzorg.analysis.region.RegionSet;
import nl.woonzorg.analysis.region.UnknownAreaException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code --regions FILE}: the CSV of {@link RegionSet#parse} ({@code
 * soort,regio,gemeentecode}), or, for a name ending in {@code .json}, the same as JSON:
 *
 * <pre>
 * {"regions": [{"soort": "ZORGKANTOORREGIO", "regio": "Voorbeeld Noord",
 *               "gemeenten": ["GM0014", "GM0037"]}]}
 * </pre>
 *
 * <p>A gemeentecode that is no gemeente of the hierarchy given is refused, as any other problem:
 * a region that holds one could never be compared or summed whole. A problem is a {@link Failure}
 * (exit 2) that says where: {@code line:column} in CSV, a JSON Pointer in JSON.
 */
final class RegionsFile {

  private RegionsFile() {}

  /**
   * Reads {@code --regions FILE}, refusing a gemeentecode that {@code hierarchy} does not hold:
   * for {@code monitor}, which compares the gemeenten of a region, and {@code analyse}, which sums
   * an analysis over them.
   */
  static RegionSet read(Path file, AreaHierarchy hierarchy, Lang lang) {
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return json ? json(file, reader, hierarchy, lang)
          : RegionSet.parse(file.toString(), reader, hierarchy);
    } catch (IOException e) {
      throw Failure.unreadable(file, e, lang);
    } catch (RegionFileException e) {
      throw Failure.invalid(file, List.of(e.getMessage()), lang);
    }
  }

  private static RegionSet json(Path file, BufferedReader reader, AreaHierarchy hierarchy,
      Lang lang) {
    JsonNode root;
    try {
      root = Documents.MAPPER.readTree(reader);
    } catch (JacksonException e) {
      throw Failure.invalid(file, List.of(file + ": " + e.getOriginalMessage()), lang);
    }
    JsonNode list = root.path("regions");
    if (!list.isArray()) {
      throw invalid(file, "/regions", "expected an array of regions", lang);
    }
    List<Region> regions = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      String at = "/regions/" + i;
      JsonNode region = list.get(i);
      RegionKind kind;
      try {
        kind = RegionKind.valueOf(text(file, region, at, "soort", lang));
      } catch (IllegalArgumentException e) {
        throw invalid(file, at + "/soort", "expected a kind of region (" + RegionKind.codes()
            + "), found " + region.get("soort"), lang);
      }
      String name = text(file, region, at, "regio", lang);
      JsonNode members = region.path("gemeenten");
      if (!members.isArray()) {
        throw invalid(file, at + "/gemeenten", "expected an array of gemeentecodes", lang);
      }
      List<String> codes = new ArrayList<>();
      for (int j = 0; j < members.size(); j++) {
        if (!members.get(j).isString() || !Region.isGemeentecode(members.get(j).asString())) {
          throw invalid(file, at + "/gemeenten/" + j, "expected a gemeentecode (GMnnnn), found "
              + members.get(j), lang);
        }
        String code = members.get(j).asString();
        try {
          hierarchy.level(code);
        } catch (UnknownAreaException e) {
          throw invalid(file, at + "/gemeenten/" + j, e.getMessage(), lang);
        }
        codes.add(code);
      }
      try {
        regions.add(Region.of(kind, name, codes));
      } catch (IllegalArgumentException e) {
        throw invalid(file, at, e.getMessage(), lang);
      }
    }
    try {
      return RegionSet.of(regions);
    } catch (IllegalArgumentException e) {
      throw invalid(file, "/regions", e.getMessage(), lang);
    }
  }

  private static String text(Path file, JsonNode node, String at, String field, Lang lang) {
    JsonNode value = node.path(field);
    if (!value.isString()) {
      throw invalid(file, at + "/" + field, "expected a string", lang);
    }
    return value.asString();
  }

  private static Failure invalid(Path file, String pointer, String what, Lang lang) {
    return Failure.invalid(file, List.of(file + "#" + pointer + ": " + what), lang);
  }
}
