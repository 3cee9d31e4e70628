package nl.woonzorg.spark.internal;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The elements of the lists that {@code expand} makes of each source element, made as they are
 * needed: a partition's findings never need to be held at once.
 *
 * @param <S> the source element type
 * @param <T> the element type
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class FlatIterator<S, T> implements Iterator<T> {

  private final Iterator<S> source;
  private final Function<? super S, ? extends Iterable<T>> expand;
  private Iterator<T> current = Collections.emptyIterator();

  /** The elements of {@code expand} applied to each of {@code source} in turn. */
  public FlatIterator(Iterator<S> source, Function<? super S, ? extends Iterable<T>> expand) {
    this.source = source;
    this.expand = expand;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      if (!source.hasNext()) {
        return false;
      }
      current = expand.apply(source.next()).iterator();
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }
}
