package jp.sitegate.domain.model.eligibility.criteria;

import java.util.List;
import jp.sitegate.domain.shared.Reason;
import java.util.Set;
import jp.sitegate.domain.model.eligibility.ConfirmationRule;
import jp.sitegate.domain.model.eligibility.CriterionResult;
import jp.sitegate.domain.model.eligibility.Evidence;
import jp.sitegate.domain.model.eligibility.EvidenceKind;
import jp.sitegate.domain.model.eligibility.Criterion;
import jp.sitegate.domain.model.eligibility.EvaluationContext;
import jp.sitegate.domain.model.eligibility.FacilityFacts;
import jp.sitegate.domain.model.facility.TransplantCategory;

/**
 * TRANSPLANT_CENTER: the facility's JSTCT transplant-facility category (or trial site) is one of the accepted
 * ones (ABE-FAC-1).
 *
 * @param accepted     accepted categories
 * @param confirmation when the facility's declared category counts (issue 11: {@code verification} CONFIRMED — only
 *                     once the manufacturer confirmed it)
 */
public record TransplantCenter(Set<TransplantCategory> accepted, ConfirmationRule confirmation) implements Criterion {

    /** Defensive copy. */
    public TransplantCenter {
        accepted = Set.copyOf(accepted);
    }

    /** Accepted categories whose declaration counts as declared. */
    public TransplantCenter(Set<TransplantCategory> accepted) {
        this(accepted, ConfirmationRule.AS_DECLARED);
    }

    @Override
    public CriterionResult evaluate(FacilityFacts facts, EvaluationContext context) {
        TransplantCategory c = facts.transplantCategory();
        if (c == null) {
            return CriterionResult.unknown(List.of(), "finding.transplant.not-declared");
        }
        if (accepted.contains(c)) {
            Reason category = Reason.of("finding.transplant.category", new Reason(c.labelJa(), c.labelEn()));
            CriterionResult unconfirmed = confirmation.unlessCounted(facts, "TRANSPLANT_CATEGORY", context,
                    category.ja(), category.en());
            if (unconfirmed != null) {
                return unconfirmed;
            }
            return CriterionResult.met(List.of(Evidence.of(EvidenceKind.TRANSPLANT_CATEGORY_DECLARED, "category",
                    label(c), "declaration", confirmation.assess(facts, "TRANSPLANT_CATEGORY", context).evidence())),
                    "finding.transplant.accepted", new Reason(c.labelJa(), c.labelEn()));
        }
        return CriterionResult.notMet(List.of(Evidence.of(EvidenceKind.TRANSPLANT_CATEGORY, "category", label(c))),
                "finding.transplant.not-accepted", new Reason(c.labelJa(), c.labelEn()));
    }

    private static Evidence.Label label(TransplantCategory c) {
        return new Evidence.Label(c.labelJa(), c.labelEn());
    }
}
