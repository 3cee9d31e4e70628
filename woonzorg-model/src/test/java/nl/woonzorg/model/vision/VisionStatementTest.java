package nl.woonzorg.model.vision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class VisionStatementTest {

  private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator();

  @Test
  void gemeenteAVision() {
    VisionStatement vision = VisionStatement.builder()
        .summary("Er moeten meer geclusterde woonvormen komen voor senioren.")
        .addPrinciple(Principle.builder().id("nabij-voorzieningen")
            .title("Binnen 500 meter van (zorg)voorzieningen")
            .description("Deze woningen zijn geschikt voor ouderen en liggen binnen een straal"
                + " van 500 meter rondom (zorg)voorzieningen.")
            .kind(PrincipleKind.CLUSTERING).build())
        .addTheme(Theme.of("geclusterd-wonen", "Geclusterd wonen voor senioren"))
        .addTaskforceTopics(TaskforceTopic.WOONBEHOEFTEN, TaskforceTopic.AANBOD_WOONVORMEN)
        .build();

    assertEquals(Optional.of(PrincipleKind.CLUSTERING), vision.getPrinciples().get(0).getKind());
    assertEquals("Geclusterd wonen voor senioren", vision.getThemes().get(0).getTitle());
    assertEquals(List.of(
            TaskforceTopic.WOONZORGOPGAVE,
            TaskforceTopic.DOELGROEPEN_MET_WOONZORGVRAAG,
            TaskforceTopic.AANBOD_ZORG_EN_ONDERSTEUNING,
            TaskforceTopic.LEEFBAARHEID_OMGEVING,
            TaskforceTopic.WONINGAANPASSINGEN,
            TaskforceTopic.WEG_NAAR_UITVOERING,
            TaskforceTopic.PARTNERS_EN_SAMENWERKING,
            TaskforceTopic.SOLIDARITEIT_BEWONERS,
            TaskforceTopic.COMMUNICATIE_URGENTIE),
        List.copyOf(vision.missingTaskforceTopics()));
    assertEquals(Set.of(), violations(vision));
  }

  @Test
  void aVisionCoveringAllElevenTopicsMissesNone() {
    VisionStatement complete = VisionStatement.builder()
        .addAllTaskforceTopics(EnumSet.allOf(TaskforceTopic.class)).build();

    assertEquals(Set.of(), complete.missingTaskforceTopics());
    assertEquals(11, VisionStatement.builder().build().missingTaskforceTopics().size());
  }

  @Test
  void theElevenTopicsInTheTaskforcesWords() {
    assertEquals(11, TaskforceTopic.values().length);
    assertEquals("een duiding van de woonzorgopgave", TaskforceTopic.WOONZORGOPGAVE.getLabelNl());
    assertEquals("communicatiestrategieën om urgentie te creëren",
        TaskforceTopic.COMMUNICATIE_URGENTIE.getLabelNl());
    assertEquals("solidarity among residents", TaskforceTopic.SOLIDARITEIT_BEWONERS.getLabelEn());
    for (TaskforceTopic topic : TaskforceTopic.values()) {
      assertEquals(topic, TaskforceTopic.fromCode(topic.getCode()));
      assertFalse(topic.getLabelEn().isBlank());
    }
    for (PrincipleKind kind : PrincipleKind.values()) {
      assertEquals(kind, PrincipleKind.fromCode(kind.getCode()));
      assertFalse(kind.getLabelNl().isBlank());
      assertFalse(kind.getLabelEn().isBlank());
    }
  }

  @Test
  void violationsCascadeWithTheirPaths() {
    VisionStatement vision = VisionStatement.builder()
        .addPrinciple(Principle.builder().id("p").title(" ").description("").build())
        .addTheme(Theme.of("", "Thema"))
        .build();

    assertEquals(Set.of(
            "principles[0].description: must not be blank",
            "principles[0].title: must not be blank",
            "themes[0].id: must not be blank"),
        violations(vision));
  }

  private static Set<String> violations(Object bean) {
    Set<String> result = new TreeSet<>();
    for (ConstraintViolation<Object> v : VALIDATOR.validate(bean)) {
      result.add(v.getPropertyPath() + ": " + v.getMessage());
    }
    return result;
  }
}
