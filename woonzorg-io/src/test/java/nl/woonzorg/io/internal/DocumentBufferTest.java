package nl.woonzorg.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import nl.woonzorg.io.json.WoonzorgJson;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.fixture.GemeenteA;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a thread keeps of the documents it wrote: an array of the JDK, so that an application
 * server's pool thread does not keep the library's class loader once the application is gone.
 */
class DocumentBufferTest {

  @Test
  void aThreadThatWroteADocumentDoesNotKeepTheLibrarysClassLoader() throws Exception {
    String json = WoonzorgJson.write(GemeenteA.vision());
    // One thread that outlives the loader, as a server's pool thread outlives an application.
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      WeakReference<ClassLoader> loader = writeInOwnLoader(json, pool);
      for (int i = 0; i < 100 && loader.get() != null; i++) {
        System.gc();
        Thread.sleep(10);
      }

      assertNull(loader.get(), "the pool thread keeps the library's class loader");
    } finally {
      pool.shutdown();
    }
  }

  /** Reads and writes {@code json} on the pool's thread with io, the model and Jackson loaded anew. */
  private static WeakReference<ClassLoader> writeInOwnLoader(String json, ExecutorService pool)
      throws Exception {
    URL[] jars = Stream.of(WoonzorgJson.class, HousingCareVision.class, JsonMapper.class,
            JsonGenerator.class, JsonFormat.class, Valid.class)
        .map(type -> type.getProtectionDomain().getCodeSource().getLocation())
        .distinct()
        .toArray(URL[]::new);
    URLClassLoader loader = new URLClassLoader(jars, ClassLoader.getPlatformClassLoader());
    Class<?> io = loader.loadClass(WoonzorgJson.class.getName());
    Object vision = io.getMethod("readVision", String.class).invoke(null, json);
    Object written = pool.submit(() -> io.getMethod("write", Object.class).invoke(null, vision))
        .get();
    assertEquals(json, written);
    loader.close();
    return new WeakReference<>(loader);
  }
}
