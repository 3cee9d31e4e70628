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
    List<LocatedArea> out = new ArrayList<>();
    out.add(new LocatedArea(vision.getArea(), JsonPointer.of("area", "code")));
    for (int i = 0; i < vision.getAreas().size(); i++) {
      out.add(new LocatedArea(vision.getAreas().get(i),
          JsonPointer.of("areas").append(i).append("code")));
    }
    return out;
  }
}
