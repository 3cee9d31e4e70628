package nl.woonzorg.validation.rule;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.woonzorg.model.HousingCareVision;
import nl.woonzorg.model.document.DocumentType;
import nl.woonzorg.model.goal.Criterion;
import nl.woonzorg.model.report.JsonPointer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Rule} sees of the validation it runs in, and where it reports what it finds. The
 * validator makes one per rule and subject; rules must not keep it after {@code check} returns.
 * Not thread-safe, and not meant to be: each call of a rule gets its own.
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface RuleContext {

  /**
   * The vision the subject belongs to: the vision itself for a {@link VisionRule}, the enclosing
   * vision for a goal or agreement of a validated vision; empty for a part validated on its own,
   * in which case a rule skips what it cannot judge without the vision.
   */
  Optional<HousingCareVision> vision();

  /**
   * The kind of document being validated: {@link DocumentType#VISION} for a vision and its goals
   * and agreements, the document's own type otherwise. A rule that resolves references within the
   * document skips those to objects a document of this kind cannot hold, as they live in another.
   *
   * @since 0.2.0
   */
  default DocumentType<?> documentType() {
    return DocumentType.VISION;
  }

  /**
   * The peildatum the caller gave the validator ({@link
   * nl.woonzorg.validation.WoonzorgValidator.Builder#referenceDate(LocalDate)}): the date at which
   * to judge a subject that carries no date of its own, such as a dwelling record; empty if none
   * was given, and then each rule says what it judges such a subject by. A document with a date of
   * its own, such as an adopted vision, is judged by that.
   *
   * @since 0.2.0
   */
  default Optional<LocalDate> referenceDate() {
    return Optional.empty();
  }

  /**
   * The criteria the caller gave the validator ({@link
   * nl.woonzorg.validation.WoonzorgValidator.Builder#criteria(java.util.Collection)}): those an
   * agreement or goal states for what is checked, such as "at least 20 homes per location", from
   * which the rules on buildings take their thresholds; empty if none were given, and then each
   * rule says what it falls back on.
   *
   * @since 0.2.0
   */
  default List<Criterion> criteria() {
    return List.of();
  }

  /**
   * Reports one finding of the calling rule. The validator adds the rule's id, the severity that
   * the profile and the caller's overrides give it, and the message, expected value and hint from
   * the rule's {@link RuleMessages}, each formatted with {@code arguments} as {@code {0}}, {@code
   * {1}}, … The arguments and the value are rendered as text the same way: codes for code lists,
   * plain digits for numbers (no grouping: {@code 2025}, not {@code 2.025}).
   *
   * <p>The finding also keeps the arguments' texts as {@link
   * nl.woonzorg.model.report.Finding#getArguments()}, each under the name at its position in
   * {@link RuleDefinition#arguments()}. An argument beyond the declared names — every argument of
   * a rule that declares none — is named by its position: {@code "0"}, {@code "1"}, … A declared
   * name with no argument at its position is left out.
   *
   * @param location where the problem is, relative to the subject (see the rule interfaces)
   * @param value the offending value as found; {@code null} if the problem is that a value is
   *     missing
   * @param arguments the values the message templates refer to, in the order of the rule's
   *     argument names
   */
  void report(JsonPointer location, @Nullable Object value, Object... arguments);
}
