package jp.sitegate.domain.model.eligibility.criteria;

import java.util.EnumSet;
import java.util.List;
import jp.sitegate.domain.shared.Reason;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.sitegate.domain.model.eligibility.CriterionResult;
import jp.sitegate.domain.model.eligibility.Evidence;
import jp.sitegate.domain.model.eligibility.EvidenceKind;
import jp.sitegate.domain.model.eligibility.FacilityFacts.BriefingFact;

/**
 * BRIEFING_AUDIENCE, BRIEFING_MATERIALS, BRIEFING_REQUESTS: the briefings that count, taken together, covered
 * every required item (an audience role attended, a material handed over, a request conveyed) — LUN-BRF-1, 3, 4,
 * IMD-WRN-2, IMD-COM-1.
 *
 * @param <E> the item type
 */
public final class BriefingCoverage<E extends Enum<E>> extends BriefingCriterion {
    private final Class<E> type;
    private final Set<E> required;
    private final Function<BriefingFact, Set<E>> covered;
    private final Function<E, Evidence.Label> label;
    private final String whatJa;
    private final String whatEn;

    /**
     * @param type     item type
     * @param required items required
     * @param covered  items a briefing covered
     * @param label    an item's label in both languages
     * @param whatJa   what the items are, in Japanese (e.g. 参加職種)
     * @param whatEn   what the items are, in English
     */
    public BriefingCoverage(Class<E> type, Set<E> required, Function<BriefingFact, Set<E>> covered,
            Function<E, Evidence.Label> label, String whatJa, String whatEn) {
        this(type, required, covered, label, whatJa, whatEn, false);
    }

    /**
     * @param type         the enum of items
     * @param required     items that must be covered
     * @param covered      the items a briefing covers
     * @param label        an item's label in both languages
     * @param whatJa       what the items are (Japanese)
     * @param whatEn       what the items are (English)
     * @param requireFresh only briefings on or after the profile version's effective date count (issue 11)
     */
    public BriefingCoverage(Class<E> type, Set<E> required, Function<BriefingFact, Set<E>> covered,
            Function<E, Evidence.Label> label, String whatJa, String whatEn, boolean requireFresh) {
        super(requireFresh);
        this.type = type;
        this.required = EnumSet.copyOf(required);
        this.covered = covered;
        this.label = label;
        this.whatJa = whatJa;
        this.whatEn = whatEn;
    }

    /** @return the required items */
    public Set<E> required() {
        return EnumSet.copyOf(required);
    }

    /**
     * What one briefing leaves uncovered (issue 13: the MR's wizard asks the criterion itself instead of re-implementing
     * it).
     *
     * @param b a briefing
     * @return the required items it does not cover, in order
     */
    public Set<E> missingFrom(BriefingFact b) {
        Set<E> missing = EnumSet.copyOf(required);
        missing.removeAll(covered.apply(b));
        return missing;
    }

    /**
     * @param item one of {@link #required()}
     * @return its label in both languages
     */
    public Evidence.Label label(E item) {
        return label.apply(item);
    }

    @Override
    protected CriterionResult evaluateCounted(List<BriefingFact> counted) {
        Set<E> seen = EnumSet.noneOf(type);
        counted.forEach(b -> seen.addAll(covered.apply(b)));
        Set<E> missing = EnumSet.copyOf(required);
        missing.removeAll(seen);
        List<Evidence> evidence = counted.stream().map(BriefingFact::describe).toList();
        if (missing.isEmpty()) {
            return CriterionResult.met(evidence, "finding.briefing.all-covered", new Reason(whatJa, whatEn));
        }
        return CriterionResult.notMet(evidence, "finding.briefing.missing", new Reason(whatJa, whatEn), new Reason(
                missing.stream().map(e -> label.apply(e).ja()).collect(Collectors.joining("、")),
                missing.stream().map(e -> label.apply(e).en()).collect(Collectors.joining(", "))));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BriefingCoverage<?> other && other.type == type && other.required.equals(required)
                && other.requireFresh == requireFresh;
    }

    @Override
    public int hashCode() {
        return (type.hashCode() * 31 + required.hashCode()) * 2 + (requireFresh ? 1 : 0);
    }
}
