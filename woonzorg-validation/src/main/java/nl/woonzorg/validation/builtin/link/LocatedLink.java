package nl.woonzorg.validation.builtin.link;

import java.util.ArrayList;
import java.util.List;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.cooperation.Covenant;
import nl.woonzorg.model.link.DocumentLink;
import nl.woonzorg.model.report.JsonPointer;

/**
 * A link of a vision, of one of its agreements or of one of its covenants, with the id of the
 * document that holds it and the pointer to the link.
 */
record LocatedLink(DocumentLink link, String ownerId, JsonPointer at) {

  /** The vision's links, then its agreements', then its covenants', in document order. */
  static List<LocatedLink> of(HousingCareVision vision) {
    List<LocatedLink> out = new ArrayList<>();
    add(out, vision.getLinks(), vision.getId(), JsonPointer.of("links"));
    for (int i = 0; i < vision.getAgreements().size(); i++) {
      add(out, vision.getAgreements().get(i).getLinks(), vision.getAgreements().get(i).getId(),
          JsonPointer.of("agreements").append(i).append("links"));
    }
    vision.getCooperation().ifPresent(cooperation -> {
      List<Covenant> covenants = cooperation.getCovenants();
      for (int i = 0; i < covenants.size(); i++) {
        add(out, covenants.get(i).getLinks(), covenants.get(i).getId(),
            JsonPointer.of("cooperation", "covenants").append(i).append("links"));
      }
    });
    return out;
  }

  private static void add(List<LocatedLink> out, List<DocumentLink> links, String ownerId,
      JsonPointer at) {
    for (int i = 0; i < links.size(); i++) {
      out.add(new LocatedLink(links.get(i), ownerId, at.append(i)));
    }
  }
}
