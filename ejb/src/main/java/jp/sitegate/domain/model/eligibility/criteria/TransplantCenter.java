package jp.sitegate.domain.model.eligibility.criteria;

import java.util.List;
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
            return CriterionResult.unknown("移植施設カテゴリーが未登録です", "JSTCT category not declared", List.of());
        }
        if (accepted.contains(c)) {
            CriterionResult unconfirmed = confirmation.unlessCounted(facts, "TRANSPLANT_CATEGORY", context,
                    "移植施設カテゴリー（" + c.labelJa() + "）", "JSTCT " + c.labelEn());
            if (unconfirmed != null) {
                return unconfirmed;
            }
            return CriterionResult.met("移植施設カテゴリー：" + c.labelJa(), "JSTCT " + c.labelEn(),
                    List.of(Evidence.of(EvidenceKind.TRANSPLANT_CATEGORY_DECLARED, "category", label(c), "declaration",
                            confirmation.assess(facts, "TRANSPLANT_CATEGORY", context).evidence())));
        }
        return CriterionResult.notMet("移植施設カテゴリーが対象外です：" + c.labelJa(), "JSTCT category not accepted: "
                + c.labelEn(), List.of(Evidence.of(EvidenceKind.TRANSPLANT_CATEGORY, "category", label(c))));
    }

    private static Evidence.Label label(TransplantCategory c) {
        return new Evidence.Label(c.labelJa(), c.labelEn());
    }
}
