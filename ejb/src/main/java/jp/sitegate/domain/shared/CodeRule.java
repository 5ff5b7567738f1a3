package jp.sitegate.domain.shared;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * How a code value object reads a typed or uploaded code (REQUIREMENTS.md §6, issue 12): normalise it, ask the code's
 * own rule why it would be refused, and build the value — the one parse that {@code MedicalInstitutionCode} and
 * {@code YjCode} share (issue 13).
 *
 * @param <T> the code type
 */
public final class CodeRule<T> {
    private final UnaryOperator<String> normalize;
    private final Function<String, Reason> reasonOf;
    private final Function<String, T> make;

    /**
     * @param normalize how the code is read ({@link CodeText#normalize} and what the code adds)
     * @param reasonOf  why a normalised text is not a valid code, or {@code null} when it is
     * @param make      builds the code from a valid normalised text
     */
    public CodeRule(UnaryOperator<String> normalize, Function<String, Reason> reasonOf, Function<String, T> make) {
        this.normalize = normalize;
        this.reasonOf = reasonOf;
        this.make = make;
    }

    /**
     * @param raw   the code as written
     * @param field the field to name in an error
     * @return the code
     * @throws InvalidInputException naming {@code field}, with the reason, when the code is invalid
     */
    public T parse(String raw, String field) {
        String s = normalize.apply(raw);
        Reason reason = reasonOf.apply(s);
        if (reason != null) {
            throw new InvalidInputException(field, reason.ja(), reason.en());
        }
        return make.apply(s);
    }

    /**
     * @param raw a candidate code
     * @return why {@link #parse} would refuse it, or empty when it is valid
     */
    public Optional<Reason> problem(String raw) {
        return Optional.ofNullable(reasonOf.apply(normalize.apply(raw)));
    }
}
