package nl.woonzorg.vera.internal;

import nl.woonzorg.io.ReadLimits;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson mappers VERA input is read with, guarded by io's {@link ReadLimits}. */
public final class Mappers {

  private Mappers() {}

  /**
   * A mapper that enforces {@code limits} as it reads, refuses a property twice in one object (it
   * could not be written back as read) and leaves the source open and out of its locations.
   */
  public static JsonMapper of(ReadLimits limits) {
    return JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxNameLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxDocumentLength(limits.maxDocumentLength())
                .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build())
        .build();
  }
}
