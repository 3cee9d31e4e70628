package nl.woonzorg.examples.cli;

import java.util.Iterator;
import nl.woonzorg.model.document.DocumentType;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a {@link DocumentType} from its name on the command line, e.g. {@code dwelling}. */
final class DocumentTypeConverter implements ITypeConverter<DocumentType<?>> {

  @Override
  public DocumentType<?> convert(String value) {
    try {
      return Documents.typeNamed(value);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  /** The names of the document types, for help texts and shell completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return DocumentType.all().stream().map(DocumentType::name).iterator();
    }
  }
}
