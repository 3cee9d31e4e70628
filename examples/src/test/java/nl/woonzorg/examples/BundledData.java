package nl.woonzorg.examples;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import nl.woonzorg.io.json.JsonWriter;

/**
 * The worked examples as bundled under {@code examples/data/}: each file's name and the bytes the
 * library's own writers give for the example's model. Documents are pretty JSON, the stock is
 * NDJSON; each ends with a line break, as text files do.
 */
final class BundledData {

  /** The command that rewrites every bundled file from the examples' code. */
  static final String REGENERATE = "./mvnw -pl examples -am test -Dtest=BundledDataTest"
      + " -Dsurefire.failIfNoSpecifiedTests=false -Dwoonzorg.regenerate=true";

  /** The directory of the bundled files; tests run in the module's directory. */
  static final Path DIRECTORY = Path.of("data");

  /** One bundled file. */
  record Entry(String file, Supplier<byte[]> bytes) {
    Path path() {
      return DIRECTORY.resolve(file);
    }

    @Override
    public String toString() {
      return file;
    }
  }

  private BundledData() {}

  static List<Entry> all() {
    return List.of(
        document("gemeente-a.json", GemeenteA::vision),
        document("national-programme.json", NationalProgramme::vision),
        document("rotterdam.json", Rotterdam::vision),
        document("bernheze.json", Bernheze::vision),
        document("six-agreement-types.json", SixAgreementTypes::vision),
        document("cycle/maassluis-behoefteraming.json", CycleCases::maassluisAnalysis),
        document("cycle/rotterdam-ouder-en-wijzer.json", CycleCases::rotterdamProgramme),
        document("cycle/delft-prestatieafspraken.json", CycleCases::delftAgreements),
        document("cycle/alkmaar-pact.json", CycleCases::alkmaarPact),
        document("cycle/wonen-en-zorg-op-de-kaart.json", CycleCases::zuidKennemerlandMonitor),
        document("cycle/bestuurlijke-afspraken-2021.json", CycleCases::nationalAgreements2021),
        document("cycle/nationale-prestatieafspraken-2022.json",
            CycleCases::nationalAgreements2022),
        regio(0),
        regio(1),
        regio(2),
        regio(3),
        new Entry("regio/regio-indeling.csv",
            () -> RegionExample.regionsCsv().getBytes(StandardCharsets.UTF_8)),
        new Entry("dwelling-stock.ndjson", () -> {
          ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
          DwellingStock.write(DwellingStock.generate(), ndjson);
          return ndjson.toByteArray();
        }));
  }

  /** The {@code i}th vision of the regional example, under {@code regio/}. */
  private static Entry regio(int i) {
    return document("regio/" + RegionExample.fileNames().get(i),
        () -> RegionExample.visions().get(i));
  }

  private static Entry document(String file, Supplier<Object> model) {
    return new Entry(file, () ->
        (JsonWriter.pretty().write(model.get()) + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
