package nl.woonzorg.model.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPointerTest {

  @Test
  void buildsThePointerOfAnAgreementsGoal() {
    JsonPointer pointer = JsonPointer.root().append("agreements").append(3).append("goalIds").append(0);
    assertEquals("/agreements/3/goalIds/0", pointer.toString());
    assertEquals(List.of("agreements", "3", "goalIds", "0"), pointer.tokens());
  }

  @Test
  void rootIsTheEmptyString() {
    assertEquals("", JsonPointer.root().toString());
    assertTrue(JsonPointer.parse("").isRoot());
    assertEquals(List.of(""), JsonPointer.parse("/").tokens());
  }

  @Test
  void escapesTildeAndSlashAsRfc6901Says() {
    JsonPointer pointer = JsonPointer.of("a/b", "m~n");
    assertEquals("/a~1b/m~0n", pointer.toString());
    assertEquals(pointer, JsonPointer.parse("/a~1b/m~0n"));
    // ~01 unescapes to ~1, not to /: the order of unescaping matters.
    assertEquals(List.of("~1"), JsonPointer.parse("/~01").tokens());
  }

  @Test
  void refusesMalformedText() {
    IllegalArgumentException noSlash =
        assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("goals/0"));
    assertEquals("a JSON Pointer starts with '/': \"goals/0\"", noSlash.getMessage());
    IllegalArgumentException badTilde =
        assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("/a~2"));
    assertEquals("'~' must be followed by '0' or '1' at index 2: \"/a~2\"", badTilde.getMessage());
    assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("/a~"));
    assertThrows(IllegalArgumentException.class, () -> JsonPointer.root().append(-1));
  }

  @Test
  void containsItselfAndWhatLiesBelow() {
    JsonPointer goals = JsonPointer.of("goals");
    assertTrue(goals.contains(goals));
    assertTrue(goals.contains(JsonPointer.of("goals", "2", "target")));
    assertFalse(goals.contains(JsonPointer.of("goalsX")));
    assertFalse(goals.contains(JsonPointer.root()));
  }

  @Test
  void parseReadsBackWhatToStringWrites() {
    qt().forAll(lists().of(strings().allPossible().ofLengthBetween(0, 6)).ofSizeBetween(0, 5))
        .check(tokens -> {
          JsonPointer pointer = JsonPointer.of(tokens.toArray(String[]::new));
          return JsonPointer.parse(pointer.toString()).equals(pointer);
        });
  }

  @Test
  void appendedIndexesAreDecimal() {
    qt().forAll(integers().between(0, Integer.MAX_VALUE))
        .check(i -> JsonPointer.root().append(i).toString().equals("/" + i));
  }

  @Test
  void aRelativePointerIsPlacedUnderAnother() {
    assertEquals("/12/goals/0/a~1b", JsonPointer.root().append(12)
        .append(JsonPointer.of("goals", "0", "a/b")).toString());
    assertEquals("/12", JsonPointer.root().append(12).append(JsonPointer.root()).toString());
  }
}
