package nl.woonzorg.examples.cli;

import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;
import nl.woonzorg.model.document.DocumentType;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * What {@code validate --type} names: a woonzorg document type, or {@value
 * VeraFiles#VERA_EENHEID}, a VERA-OpenAPI {@code Eenheid} (or a list or NDJSON of them).
 *
 * @param name the name as typed
 * @param documentType the woonzorg type; null for VERA
 */
record InputType(String name, @Nullable DocumentType<?> documentType) {

  /** The VERA unit. */
  static final InputType VERA = new InputType(VeraFiles.VERA_EENHEID, null);

  /** The woonzorg document type, if it is one. */
  Optional<DocumentType<?>> woonzorg() {
    return Optional.ofNullable(documentType);
  }

  /** Reads an input type from its name on the command line. */
  static final class Converter implements ITypeConverter<InputType> {
    @Override
    public InputType convert(String value) {
      if (value.equals(VeraFiles.VERA_EENHEID)) {
        return VERA;
      }
      try {
        return new InputType(value, Documents.typeNamed(value));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage() + ", " + VeraFiles.VERA_EENHEID);
      }
    }
  }

  /** Every name, the woonzorg types first, for help texts and shell completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Stream.concat(DocumentType.all().stream().map(DocumentType::name),
          Stream.of(VeraFiles.VERA_EENHEID)).iterator();
    }
  }
}
