package nl.woonzorg.vera.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.woonzorg.io.ProblemKind;
import nl.woonzorg.vera.unit.PassThrough;
import nl.woonzorg.vera.unit.RawJson;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * One JSON object being bound: its members in document order, each with where it is, and those
 * not bound yet, which become the object's pass-through. Not thread-safe: one per object.
 */
final class ObjectReading {

  private final LinkedHashMap<String, RawJson> members;
  private final Map<String, Where> places;
  private final LinkedHashMap<String, RawJson> unbound;
  private final Problems problems;

  ObjectReading(LinkedHashMap<String, RawJson> members, Map<String, Where> places,
      Problems problems) {
    this.members = members;
    this.places = places;
    this.unbound = new LinkedHashMap<>(members);
    this.problems = problems;
  }

  /**
   * The members of the kept object {@code raw}.
   *
   * @param what the key in {@link Texts}' catalogue of what the object is, {@code what.area}: a key,
   *     so that the text is made only when the value is not an object
   * @throws BindFailure if {@code raw} is not an object
   */
  static ObjectReading of(RawJson raw, Where where, Problems problems, String what)
      throws BindFailure {
    LinkedHashMap<String, RawJson> members = new LinkedHashMap<>();
    Map<String, Where> places = new LinkedHashMap<>();
    try (JsonParser parser = raw.parser()) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw Binders.wrongType(where, raw, Texts.text("expected.isObject", Texts.text(what)));
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        members.put(name, RawJson.read(parser));
        places.put(name, where.member(name));
      }
    }
    return new ObjectReading(members, places, problems);
  }

  /** Binds member {@code name}; empty, and the member kept passed through, if it cannot. */
  <T> Optional<T> bind(String name, Binder<T> binder) {
    RawJson raw = members.get(name);
    if (raw == null) {
      return Optional.empty();
    }
    try {
      T value = binder.bind(raw, places.get(name), problems);
      unbound.remove(name);
      return Optional.of(value);
    } catch (BindFailure failure) {
      problems.add(failure);
      return Optional.empty();
    }
  }

  /**
   * Binds member {@code name}, which the object cannot do without.
   *
   * @throws BindFailure if the member is absent or cannot be bound: the whole object is then kept
   *     passed through
   */
  <T> T bindRequired(String name, Binder<T> binder, Where where) throws BindFailure {
    RawJson raw = members.get(name);
    if (raw == null) {
      throw new BindFailure(ProblemKind.MISSING_VALUE, where, Texts.text("missingMember", name),
          Texts.text("expected.member", name), null);
    }
    T value = binder.bind(raw, places.get(name), problems);
    unbound.remove(name);
    return value;
  }

  /** The members not bound, with the order of all members. */
  PassThrough passThrough() {
    return PassThrough.of(new ArrayList<>(members.keySet()), unbound);
  }

  /** The list of {@code element}s an array member holds; empty if absent or not bound. */
  <T> List<T> bindList(String name, Binder<T> element) {
    return bind(name, (raw, where, sink) -> {
      List<T> values = new ArrayList<>();
      try (JsonParser parser = raw.parser()) {
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          throw Binders.wrongType(where, raw, Texts.text("expected.array"));
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          values.add(element.bind(RawJson.read(parser), where.element(values.size()), sink));
        }
      }
      return List.copyOf(values);
    }).orElse(List.of());
  }
}
