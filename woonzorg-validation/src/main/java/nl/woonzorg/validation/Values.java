package nl.woonzorg.validation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import nl.woonzorg.model.code.Coded;
import nl.woonzorg.model.quantity.Quantity;
import nl.woonzorg.model.time.Deadline;
import nl.woonzorg.model.time.YearPeriod;

/**
 * Renders values as finding text. Numbers are written without grouping, because MessageFormat
 * would print the year 2025 as "2,025" or "2.025"; codes as their wire code, as in the data.
 */
final class Values {

  private Values() {}

  static Optional<String> render(@Nullable Object value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Optional) {
      return ((Optional<?>) value).flatMap(Values::render);
    }
    return Optional.of(text(value));
  }

  static String text(Object value) {
    if (value instanceof Coded) {
      return ((Coded) value).getCode();
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).toPlainString();
    }
    if (value instanceof Quantity) {
      Quantity quantity = (Quantity) value;
      return quantity.getValue().toPlainString() + " " + quantity.getUnit().getCode();
    }
    if (value instanceof Deadline) {
      Deadline deadline = (Deadline) value;
      return deadline.getDate().map(Object::toString)
          .orElseGet(() -> Integer.toString(deadline.deadlineYear()));
    }
    if (value instanceof YearPeriod) {
      YearPeriod period = (YearPeriod) value;
      return period.getFromYear() + "–" + period.getToYear();
    }
    if (value instanceof Optional) {
      return ((Optional<?>) value).map(Values::text).orElse("");
    }
    if (value instanceof Collection) {
      return ((Collection<?>) value).stream().map(Values::text)
          .collect(Collectors.joining(", ", "[", "]"));
    }
    return value.toString();
  }
}
