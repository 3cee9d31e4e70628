package nl.woonzorg.model.cooperation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.woonzorg.model.time.CalendarPeriod;
import nl.woonzorg.model.time.Frequency;
import nl.woonzorg.model.time.YearPeriod;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

class CooperationTest {

  private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator();

  @Test
  void partnersCovenantsAndConsultations() {
    Cooperation cooperation = Cooperation.builder()
        .addPartnerIds("gemeente-delft", "zorgkantoor-dsw", "corporatie-x")
        .addCovenant(Covenant.builder().id("langer-en-weer-thuis")
            .title("Convenant Langer en Weer Thuis").kind(CovenantKind.CONVENANT)
            .addPartyIds("gemeente-delft", "zorgkantoor-dsw", "corporatie-x")
            .signedOn(LocalDate.of(2018, 6, 1)).period(YearPeriod.of(2018, 2022))
            .subject("samenwerking rondom wonen met zorg en ondersteuning").build())
        .addConsultation(Consultation.builder().id("bo").name("Bestuurlijk overleg")
            .level(ConsultationLevel.BESTUURLIJK).frequency(Frequency.of(2, CalendarPeriod.JAAR))
            .addPartyIds("gemeente-delft", "corporatie-x").build())
        .fundingArrangement("Partijen werken aan structurele financiering van ontmoetingsruimten.")
        .build();

    Consultation overleg = cooperation.getConsultations().get(0);
    assertEquals(2, overleg.getFrequency().orElseThrow().timesPerYear());
    assertEquals(ConsultationLevel.BESTUURLIJK, overleg.getLevel());
    Covenant covenant = cooperation.getCovenants().get(0);
    assertEquals(Optional.of(YearPeriod.of(2018, 2022)), covenant.getPeriod());
    assertEquals(List.of("gemeente-delft", "zorgkantoor-dsw", "corporatie-x"),
        cooperation.getPartnerIds());
    assertEquals(Set.of(), violations(cooperation));
  }

  @Test
  void factories() {
    assertEquals(
        Covenant.builder().id("pact").title("Pact wonen en zorg Breda").kind(CovenantKind.PACT)
            .build(),
        Covenant.of("pact", "Pact wonen en zorg Breda", CovenantKind.PACT));
    assertEquals(Optional.empty(),
        Consultation.of("o", "Ambtelijk overleg", ConsultationLevel.AMBTELIJK).getFrequency());
  }

  @Test
  void violationsCascadeWithTheirPaths() {
    Cooperation cooperation = Cooperation.builder()
        .addPartnerId(" ")
        .addCovenant(Covenant.builder().id("c").title(" ").kind(CovenantKind.WERKAFSPRAKEN)
            .addPartyId("").build())
        .addConsultation(Consultation.builder().id("o").name("Overleg")
            .level(ConsultationLevel.UITVOERING).frequency(Frequency.of(0, CalendarPeriod.MAAND))
            .build())
        .fundingArrangement("")
        .build();

    assertEquals(Set.of(
            "consultations[0].frequency.times: must be greater than 0",
            "covenants[0].partyIds[0].<list element>: must not be blank",
            "covenants[0].title: must not be blank",
            "fundingArrangement: must not be blank",
            "partnerIds[0].<list element>: must not be blank"),
        violations(cooperation));
  }

  @Test
  void codesAndLabels() {
    for (CovenantKind kind : CovenantKind.values()) {
      assertEquals(kind, CovenantKind.fromCode(kind.getCode()));
      assertFalse(kind.getLabelNl().isBlank());
      assertFalse(kind.getLabelEn().isBlank());
    }
    for (ConsultationLevel level : ConsultationLevel.values()) {
      assertEquals(level, ConsultationLevel.fromCode(level.getCode()));
      assertFalse(level.getLabelNl().isBlank());
      assertFalse(level.getLabelEn().isBlank());
    }
    assertEquals("declaration of intent", CovenantKind.INTENTIEVERKLARING.getLabelEn());
  }

  private static Set<String> violations(Object bean) {
    Set<String> result = new TreeSet<>();
    for (ConstraintViolation<Object> v : VALIDATOR.validate(bean)) {
      result.add(v.getPropertyPath() + ": " + v.getMessage());
    }
    return result;
  }
}
