package jp.sitegate.application.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import jp.sitegate.testsupport.Beans;

import java.time.Clock;
import java.time.Instant;
import jp.sitegate.domain.model.eligibility.Decision;
import jp.sitegate.domain.model.eligibility.Finding;
import jp.sitegate.domain.model.eligibility.FindingStatus;
import jp.sitegate.domain.model.facility.Capability;
import jp.sitegate.infrastructure.audit.AuditCustomizer;
import jp.sitegate.infrastructure.config.ClockProducer;
import jp.sitegate.testsupport.DatabaseTest;
import jp.sitegate.testsupport.H2Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Decisions as of a past moment (issue 5) use the data in force then: a declaration withdrawn later (LUN-FAC-2,
 * 24-hour contact) still counts for a moment before the withdrawal, read back from the audit trail.
 */
@DatabaseTest(demo = true)
class PastMomentDecisionTest {
    private static final String UNIV = "1912110952";
    private static final Instant BEFORE = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant WITHDRAWN = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");
    private H2Database db;


    @AfterEach
    void close() {
        AuditCustomizer.useClock(Clock.systemUTC());
    }

    private FindingStatus contact(Instant at) {
        String[] yj = new String[1];
        Decision[] d = new Decision[1];
        db.inTransaction(em -> {
            yj[0] = Beans.of(ProductCatalog.class, em).onePerProduct().stream().filter(p -> p.getProduct().getKey().equals("LUNSUMIO"))
                    .findFirst().orElseThrow().getYjCode();
            d[0] = Beans.of(EligibilityEngine.class, em).evaluate(UNIV, yj[0], at, NOW).decision();
        });
        return d[0].findings().stream().filter(f -> f.requirementId().equals("LUN-FAC-2")).map(Finding::status)
                .findFirst().orElseThrow();
    }

    @Test
    void aDeclarationWithdrawnLaterStillCountsBeforeItsWithdrawal() {
        assertEquals(FindingStatus.MET, contact(NOW));
        AuditCustomizer.useClock(Clock.fixed(WITHDRAWN, ClockProducer.JAPAN));
        db.inTransaction(em -> Beans.of(EligibilityEngine.class, em).facility(UNIV).declareCapability(Capability.CONTACT_24H, false,
                WITHDRAWN));
        assertEquals(FindingStatus.NOT_MET, contact(NOW), "withdrawn today");
        assertEquals(FindingStatus.NOT_MET, contact(WITHDRAWN.plusSeconds(1)), "withdrawn then");
        assertEquals(FindingStatus.MET, contact(BEFORE), "as of February the facility had declared it");
    }
}
