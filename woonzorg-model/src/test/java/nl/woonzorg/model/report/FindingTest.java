package nl.woonzorg.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingTest {

  private static final Finding DEADLINE = Finding.builder()
      .ruleId("WZ-SMART-T-05")
      .severity(Severity.ERROR)
      .location(JsonPointer.of("agreements", "0", "deadline"))
      .message("De deadline van prestatieafspraak afspraak-1 valt buiten haar looptijd.")
      .putArgument("agreementId", "afspraak-1")
      .putArgument("period", "2022–2025")
      .build();

  @Test
  void argumentsKeepThePlaceholderOrder() {
    assertEquals(List.of(Map.entry("agreementId", "afspraak-1"), Map.entry("period", "2022–2025")),
        List.copyOf(DEADLINE.getArguments().entrySet()));
    Finding reversed = Finding.builder().from(DEADLINE).arguments(Map.of())
        .putArgument("period", "2022–2025").putArgument("agreementId", "afspraak-1").build();
    assertEquals(List.of("period", "agreementId"), List.copyOf(reversed.getArguments().keySet()));
  }

  @Test
  void argumentsAreEmptyUnlessGivenAndCannotBeChanged() {
    Finding plain = Finding.of("WZ-IO-SYNTAX", Severity.ERROR, JsonPointer.root(), "not JSON");
    assertEquals(Map.of(), plain.getArguments());
    assertThrows(UnsupportedOperationException.class,
        () -> DEADLINE.getArguments().put("deadline", "2027"));
    assertThrows(NullPointerException.class,
        () -> Finding.builder().putArgument("period", null));
  }

  @Test
  void argumentsArePartOfTheValue() {
    assertNotEquals(DEADLINE, Finding.builder().from(DEADLINE).arguments(Map.of()).build());
    assertEquals(DEADLINE, Finding.builder().from(DEADLINE).build());
  }
}
