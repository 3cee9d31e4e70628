package nl.woonzorg.validation.builtin.area;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.area.AreaType;
import nl.woonzorg.validation.internal.VisionIndex;

/** Finds the area of a given type that an area lies in, by its parents, or the vision's area. */
final class Enclosing {

  private Enclosing() {}

  /**
   * The nearest area of {@code type} with a code up the parent chain of {@code area}; failing
   * that, the vision's own area if it is of {@code type} and has a code. A cycle of parents ends
   * the search. Parents are looked up in {@code index}, the vision's.
   */
  static Optional<Area> coded(HousingCareVision vision, VisionIndex index, Area area,
      AreaType type) {
    Set<String> visited = new HashSet<>();
    Optional<String> parent = area.getParentId();
    while (parent.isPresent() && visited.add(parent.get())) {
      Optional<Area> found = index.area(parent.get());
      if (found.isEmpty()) {
        break;
      }
      if (found.get().getType() == type && found.get().getCode().isPresent()) {
        return found;
      }
      parent = found.get().getParentId();
    }
    Area own = vision.getArea();
    return own.getType() == type && own.getCode().isPresent() && !own.equals(area)
        ? Optional.of(own)
        : Optional.empty();
  }
}
