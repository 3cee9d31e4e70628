package nl.woonzorg.spark.supply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.woonzorg.analysis.supply.CategoryTally;
import nl.woonzorg.analysis.supply.StockClassification;
import nl.woonzorg.analysis.supply.SupplyCategory;
import nl.woonzorg.io.ndjson.NdjsonReader;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.spark.SharedSpark;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/**
 * The Spark roll-up gives the library's numbers on the CLI's example stock (examples/data/analyse,
 * 1,622 dwellings of three gemeenten, some without a wijk code).
 */
class SupplyRollupTest {

  private static String key(String level, String area, String municipality, String category) {
    return level + " " + area + " " + municipality + " " + category;
  }

  @Test
  void everyCountAtEveryLevelIsTheLibrarys() throws Exception {
    Path file = Path.of(getClass().getResource("/nl/woonzorg/spark/voorraad.ndjson").toURI());
    StockClassification classification = StockClassification.defaults();
    Map<String, Long> library = new TreeMap<>();
    for (AreaType level : List.of(AreaType.GEMEENTE, AreaType.WIJK, AreaType.BUURT)) {
      CategoryTally.Builder builder = CategoryTally.builder(level, classification);
      try (InputStream in = Files.newInputStream(file)) {
        NdjsonReader.of(DocumentType.DWELLING).read(in, builder::add);
      }
      CategoryTally tally = builder.build();
      String at = level.getCode();
      for (String area : tally.areas()) {
        String municipality = "GM" + area.substring(2, 6);
        library.put(key(at, area, municipality, null), tally.homes(area));
        for (SupplyCategory category : classification.categories()) {
          long count = tally.count(area, category);
          if (count > 0) {
            library.put(key(at, area, municipality, category.code()), count);
          }
        }
      }
      tally.unplaced().forEach((municipality, homes) ->
          library.put(key(at, null, municipality, null), homes));
      if (tally.withoutMunicipality() > 0) {
        library.put(key(at, null, null, null), tally.withoutMunicipality());
      }
    }

    Map<String, Long> spark = new TreeMap<>();
    for (Row row : SupplyRollup.of(SharedSpark.session().read().json(file.toString()))
        .collectAsList()) {
      spark.put(key(row.getString(0), row.getString(1), row.getString(2), row.getString(3)),
          row.getLong(4));
    }

    assertEquals(library, spark);
    Map<String, Long> homesPerLevel = new HashMap<>();
    library.forEach((key, homes) -> {
      if (key.endsWith(" null")) {
        homesPerLevel.merge(key.substring(0, key.indexOf(' ')), homes, Long::sum);
      }
    });
    // Every home counted once per level: placed in an area, or unplaced, or without any area.
    assertEquals(new ArrayList<>(List.of(1622L, 1622L, 1622L)),
        new ArrayList<>(homesPerLevel.values()));
  }
}
