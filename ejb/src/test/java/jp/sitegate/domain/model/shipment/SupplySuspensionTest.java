package jp.sitegate.domain.model.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.sitegate.domain.model.eligibility.DecisionOutcome;
import jp.sitegate.domain.model.eligibility.EligibilityEvaluator;
import jp.sitegate.domain.model.eligibility.Finding;
import jp.sitegate.domain.model.eligibility.FindingStatus;
import jp.sitegate.domain.model.eligibility.FirstDeliveryStatus;
import jp.sitegate.domain.model.product.DistributionPolicy;
import jp.sitegate.domain.model.product.Product;
import jp.sitegate.domain.shared.ConflictException;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.testsupport.Inject;
import org.junit.jupiter.api.Test;

/** Supply suspensions (出荷停止, REQUIREMENTS.md §8, issue 11): when in force, what they cover, what they refuse. */
class SupplySuspensionTest {
    /** 2026-11-30 10:00 JST. */
    static final Instant MADE = Instant.parse("2026-11-30T01:00:00Z");
    static final long CHUGAI = 2L;

    static Product product(long id, long manufacturer) {
        return Inject.field(new Product("P" + id, "製品" + id, "Product " + id, "一般名", "generic",
                DistributionPolicy.FIRST_DELIVERY_ONLY, manufacturer), "id", id);
    }

    @Test
    void inForceFromWhenMadeUntilLiftedOrItsLastDayEnds() {
        SupplySuspension open = new SupplySuspension(null, CHUGAI, null, "調査中", MADE, "safety1", null);
        assertFalse(open.inForceAt(MADE.minusSeconds(1)), "not before it was made");
        assertTrue(open.inForceAt(MADE));
        assertTrue(open.inForceAt(MADE.plusSeconds(400L * 86_400)), "until lifted");
        open.lift(MADE.plusSeconds(3600), "safety1");
        assertTrue(open.inForceAt(MADE.plusSeconds(3599)));
        assertFalse(open.inForceAt(MADE.plusSeconds(3600)), "lifted");
        assertEquals("id", assertThrows(ConflictException.class, () -> open.lift(MADE.plusSeconds(7200), "x"))
                .field());

        SupplySuspension dated = new SupplySuspension(null, CHUGAI, null, "期間限定", MADE, "safety1",
                LocalDate.parse("2026-12-01"));
        assertTrue(dated.inForceAt(Instant.parse("2026-12-01T14:59:59Z")), "to the end of its last day (JST)");
        assertFalse(dated.inForceAt(Instant.parse("2026-12-01T15:00:00Z")), "over at midnight JST");
    }

    @Test
    void coversItsProductOrAllTheManufacturersProducts() {
        Product lunsumio = product(1, CHUGAI);
        assertTrue(new SupplySuspension(null, CHUGAI, lunsumio, "r", MADE, "s", null).covers(1));
        assertFalse(new SupplySuspension(null, CHUGAI, lunsumio, "r", MADE, "s", null).covers(2));
        assertTrue(new SupplySuspension(null, CHUGAI, null, "r", MADE, "s", null).covers(2), "all its products");
    }

    @Test
    void badInputNamesItsField() {
        assertEquals("reason", assertThrows(InvalidInputException.class,
                () -> new SupplySuspension(null, CHUGAI, null, " ", MADE, "s", null)).field());
        assertEquals("reason", assertThrows(InvalidInputException.class,
                () -> new SupplySuspension(null, CHUGAI, null, "x".repeat(501), MADE, "s", null)).field());
        assertEquals("product", assertThrows(InvalidInputException.class,
                () -> new SupplySuspension(null, CHUGAI, product(3, 99L), "r", MADE, "s", null)).field(),
                "another manufacturer's product");
        assertEquals("until", assertThrows(InvalidInputException.class,
                () -> new SupplySuspension(null, CHUGAI, null, "r", MADE, "s", LocalDate.parse("2026-11-29")))
                .field(), "a last day already past");
    }

    @Test
    void aSuspensionRefusesWhateverTheReleaseSays() {
        Finding met = new Finding("LUN-FAC-1", "c", "t", "t", FindingStatus.MET, "r", "r", List.of());
        Finding suspended = EligibilityEvaluator.suspension(7, "調査中", "safety1", LocalDate.parse("2026-11-30"),
                null, true);
        assertEquals(FindingStatus.NOT_MET, suspended.status());
        assertTrue(suspended.reasonJa().contains("調査中") && suspended.reasonJa().contains("safety1"),
                suspended.reasonJa());
        assertEquals(DecisionOutcome.ELIGIBLE, EligibilityEvaluator.outcome(List.of(met), FirstDeliveryStatus.ACTIVE));
        assertEquals(DecisionOutcome.NOT_ELIGIBLE,
                EligibilityEvaluator.outcome(List.of(met, suspended), FirstDeliveryStatus.RELEASED),
                "released by a first delivery, still refused");
        assertEquals(DecisionOutcome.NOT_ELIGIBLE,
                EligibilityEvaluator.outcome(List.of(met, suspended), FirstDeliveryStatus.NOT_APPLICABLE));
    }
}
