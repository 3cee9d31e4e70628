package nl.woonzorg.spring.boot.sample;

import jakarta.validation.constraints.Min;
import java.util.Map;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.dwelling.Dwelling;
import nl.woonzorg.model.goal.Goal;
import nl.woonzorg.spring.boot.validation.ConformsToWoonzorg;
import nl.woonzorg.validation.rule.Profile;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Service;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A vendor's service as small as it gets: it takes woonzorgvisies, goals and dwelling records,
 * and relies on the starter for reading, checking and the error responses.
 */
@SpringBootApplication
public class SampleApplication {

  /** The service's endpoints. */
  @RestController
  static class Visions {

    /** An adopted vision: it must conform in the configured profile, VASTGESTELD. */
    @PostMapping("/visions")
    Map<String, Object> submit(@RequestBody @ConformsToWoonzorg HousingCareVision vision) {
      return Map.of("id", vision.getId(), "goals", vision.getGoals().size());
    }

    /** An adopted goal on its own: it must conform in the configured profile. */
    @PostMapping("/goals")
    Map<String, Object> goal(@RequestBody @ConformsToWoonzorg Goal goal) {
      return Map.of("id", goal.getId());
    }

    /** A draft goal: it must conform as a CONCEPT, where incompleteness is a warning. */
    @PostMapping("/goals/drafts")
    Map<String, Object> draftGoal(
        @RequestBody @ConformsToWoonzorg(profile = Profile.CONCEPT) Goal goal) {
      return Map.of("id", goal.getId());
    }

    private final Register register;

    Visions(Register register) {
      this.register = register;
    }

    /** A goal for the register: read here, checked by the register's method validation. */
    @PostMapping("/register/goals")
    Map<String, Object> registerGoal(@RequestBody Goal goal) {
      return Map.of("id", register.add(goal));
    }

    /** A parameter with a constraint of Bean Validation's own, not woonzorg's. */
    @GetMapping("/dwellings/search")
    Map<String, Object> search(@RequestParam("rooms") @Min(1) int rooms) {
      return Map.of("rooms", rooms);
    }

    /** A dwelling record, read and written back as the wire format, unchecked. */
    @PostMapping("/dwellings/echo")
    Dwelling echo(@RequestBody Dwelling dwelling) {
      return dwelling;
    }
  }

  /** A service whose method validation checks what it is given, wherever it comes from. */
  @Service
  @Validated
  static class Register {

    /** Takes an adopted goal: it must conform in the configured profile. */
    String add(@ConformsToWoonzorg Goal goal) {
      return goal.getId();
    }
  }
}
