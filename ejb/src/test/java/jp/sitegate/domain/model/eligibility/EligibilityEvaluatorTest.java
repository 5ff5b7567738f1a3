package jp.sitegate.domain.model.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The decision's outcome from its findings (REQUIREMENTS.md §7; issue 13: fail closed). */
class EligibilityEvaluatorTest {
    private static Finding finding(FindingStatus status) {
        return new Finding("X-1", "clause", "要件", "requirement", status, "理由", "reason", List.of());
    }

    @ParameterizedTest
    @EnumSource(FirstDeliveryStatus.class)
    void aProfileWithoutRequirementsDecidesNotEligible(FirstDeliveryStatus firstDelivery) {
        assertEquals(DecisionOutcome.NOT_ELIGIBLE, EligibilityEvaluator.outcome(List.of(), firstDelivery));
    }

    @Test
    void everyFindingMetIsEligibleAndOneUnknownIsNot() {
        assertEquals(DecisionOutcome.ELIGIBLE, EligibilityEvaluator.outcome(List.of(finding(FindingStatus.MET)),
                FirstDeliveryStatus.ACTIVE));
        assertEquals(DecisionOutcome.NOT_ELIGIBLE, EligibilityEvaluator.outcome(List.of(finding(FindingStatus.MET),
                finding(FindingStatus.UNKNOWN)), FirstDeliveryStatus.ACTIVE));
    }
}
