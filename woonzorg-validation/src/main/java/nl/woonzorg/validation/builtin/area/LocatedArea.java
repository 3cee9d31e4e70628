package nl.woonzorg.validation.builtin.area;

import java.util.ArrayList;
import java.util.List;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.area.Area;
import nl.woonzorg.model.report.JsonPointer;

/** An area of a vision with the pointer to its code, which the area rules report at. */
record LocatedArea(Area area, JsonPointer code) {

  /** The vision's own area first, then its areas, each with the pointer to its code. */
  static List<LocatedArea> of(HousingCareVision vision) {
    return of(vision.getArea(), vision.getAreas());
  }

  /**
   * A document's own area first, then its areas, each with the pointer to its code; a vision and
   * every other document of the cycle keep them under the same names.
   */
  static List<LocatedArea> of(Area own, List<Area> areas) {
    List<LocatedArea> out = new ArrayList<>();
    out.add(new LocatedArea(own, JsonPointer.of("area", "code")));
    for (int i = 0; i < areas.size(); i++) {
      out.add(new LocatedArea(areas.get(i), JsonPointer.of("areas").append(i).append("code")));
    }
    return out;
  }
}
