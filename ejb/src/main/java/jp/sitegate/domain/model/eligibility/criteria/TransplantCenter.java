package jp.sitegate.domain.model.eligibility.criteria;

import java.util.List;
import java.util.Set;
import jp.sitegate.domain.model.eligibility.CriterionResult;
import jp.sitegate.domain.model.eligibility.Criterion;
import jp.sitegate.domain.model.eligibility.EvaluationContext;
import jp.sitegate.domain.model.eligibility.FacilityFacts;
import jp.sitegate.domain.model.facility.TransplantCategory;

/**
 * TRANSPLANT_CENTER: the facility's JSTCT transplant-facility category (or trial site) is one of the accepted
 * ones (ABE-FAC-1).
 *
 * @param accepted accepted categories
 */
public record TransplantCenter(Set<TransplantCategory> accepted) implements Criterion {

    /** Defensive copy. */
    public TransplantCenter {
        accepted = Set.copyOf(accepted);
    }

    @Override
    public CriterionResult evaluate(FacilityFacts facts, EvaluationContext context) {
        TransplantCategory c = facts.transplantCategory();
        if (c == null) {
            return CriterionResult.unknown("移植施設カテゴリーが未登録です", "JSTCT category not declared", List.of());
        }
        if (accepted.contains(c)) {
            return CriterionResult.met("移植施設カテゴリー: " + c.name(), "JSTCT category " + c.name(),
                    List.of("transplant category " + c.name()));
        }
        return CriterionResult.notMet("移植施設カテゴリーが対象外です: " + c.name(), "JSTCT category not accepted: " + c.name(),
                List.of("transplant category " + c.name()));
    }
}
