package jp.sitegate.domain.model.eligibility;

import jp.sitegate.domain.model.briefing.BriefingMode;
import jp.sitegate.domain.model.eligibility.FacilityFacts.BriefingFact;

/** Public access to {@link FactsFixture} for tests in other packages. */
public final class FactsFixtureAccess {
    private FactsFixtureAccess() {
    }

    /** @return a fixture meeting every seeded requirement */
    public static FactsFixture eligible() {
        return FactsFixture.eligible();
    }

    /**
     * @param mode        briefing mode
     * @param restriction visit restriction or {@code null}
     * @return a briefing covering every audience, material and request
     */
    public static BriefingFact briefing(BriefingMode mode, String restriction) {
        return FactsFixture.briefing(1, mode, restriction);
    }
}
