package nl.woonzorg.vera.allocation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One allocation of a home (<i>toewijzing</i>), as far as monitoring needs it: when, which unit,
 * to which target group, with which priorities, whether it was passend, and whether the household
 * is an older one. Read from a VERA {@code Toewijzing} by {@link AllocationReader}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the allocation's {@code id}; empty if not sent
 * @param date the day allocated ({@code datum}, a date-time, taken in its own offset)
 * @param unitId the allocated unit's {@code eenheid.id}; empty if not sent
 * @param targetGroup the household's {@code doelgroep.code}; null if not sent
 * @param priorities the {@code soort.code} of each {@code voorrangsregelingen} element, in order
 * @param suitability the {@code passendheidsoort.code} ({@code PAS}, {@code NIE}, {@code NVT});
 *     null if not sent
 * @param olderHousehold {@code isOuderenhuishouden}; null if not sent
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Allocation(String id, LocalDate date, String unitId, @Nullable String targetGroup,
    List<String> priorities, @Nullable String suitability, @Nullable Boolean olderHousehold) {

  /** Copies the priorities; checks the required parts. */
  public Allocation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(unitId, "unitId");
    priorities = List.copyOf(priorities);
  }

  /** The target group's code; empty if not sent. */
  public Optional<String> targetGroupCode() {
    return Optional.ofNullable(targetGroup);
  }
}
