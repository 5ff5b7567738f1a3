package jp.sitegate.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import jp.sitegate.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * 特約店契約 (issue 10): a manufacturer authorises a distributor for all its products or some, from one day to
 * another (open-ended without a last day); two agreements between the same organisations overlap when their
 * periods share a day and their products share one.
 */
class DistributionAgreementTest {
    private static final Instant NOW = Instant.parse("2026-01-10T01:00:00Z");
    private static final long LUNSUMIO = 1L;
    private static final long ABECMA = 2L;
    private static final long IMDELLTRA = 3L;
    private static final Set<Long> ALL = Set.of();

    private final Organisation manufacturer = Organisation.company(OrganisationKind.MANUFACTURER, "テスト製薬株式会社",
            "Test Pharma", null, NOW);
    private final Organisation distributor = Organisation.company(OrganisationKind.DISTRIBUTOR, "テスト卸株式会社",
            "Test Wholesale", null, NOW);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private DistributionAgreement agreement(Set<Long> products, String from, String to) {
        return new DistributionAgreement(manufacturer, distributor, products, d(from), to == null ? null : d(to), NOW);
    }

    private static void assertOverlap(boolean expected, DistributionAgreement a, DistributionAgreement b) {
        assertOverlap(expected, a, b, "");
    }

    /** Overlap is symmetric: checked both ways. */
    private static void assertOverlap(boolean expected, DistributionAgreement a, DistributionAgreement b,
            String why) {
        assertEquals(expected, a.overlaps(b), "a.overlaps(b) " + why);
        assertEquals(expected, b.overlaps(a), "b.overlaps(a) " + why);
    }

    // --- construction ------------------------------------------------------------------------------------------

    @Test
    void aLastDayBeforeTheFirstIsRefusedNamingValidTo() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> agreement(ALL, "2026-04-01", "2026-03-31"));
        assertEquals("validTo", e.field());
    }

    @Test
    void aOneDayAgreementIsAllowed() {
        DistributionAgreement a = agreement(Set.of(LUNSUMIO), "2026-04-01", "2026-04-01");
        assertEquals(d("2026-04-01"), a.getValidFrom());
        assertEquals(d("2026-04-01"), a.getValidTo());
        assertTrue(a.authorises(LUNSUMIO, d("2026-04-01")));
    }

    @Test
    void aMissingFirstDayIsRefusedNamingValidFrom() {
        assertEquals("validFrom", assertThrows(InvalidInputException.class, () -> new DistributionAgreement(
                manufacturer, distributor, ALL, null, d("2026-04-01"), NOW)).field());
    }

    @Test
    void theCounterpartMustBeADistributorAndTheMakerAManufacturer() {
        Organisation otherManufacturer = Organisation.company(OrganisationKind.MANUFACTURER, "他社製薬", null, null,
                NOW);
        assertEquals("distributorId", assertThrows(InvalidInputException.class, () -> new DistributionAgreement(
                manufacturer, otherManufacturer, ALL, d("2026-04-01"), null, NOW)).field());
        assertEquals("distributorId", assertThrows(InvalidInputException.class, () -> new DistributionAgreement(
                manufacturer, null, ALL, d("2026-04-01"), null, NOW)).field());
        assertEquals("organisationId", assertThrows(InvalidInputException.class, () -> new DistributionAgreement(
                distributor, distributor, ALL, d("2026-04-01"), null, NOW)).field());
    }

    @Test
    void noProductsMeansAllProducts() {
        DistributionAgreement all = agreement(ALL, "2026-04-01", null);
        assertTrue(all.isAllProducts());
        assertEquals(Set.of(), all.getProductIds());
        DistributionAgreement some = agreement(Set.of(LUNSUMIO, ABECMA), "2026-04-01", null);
        assertFalse(some.isAllProducts());
        assertEquals(Set.of(LUNSUMIO, ABECMA), some.getProductIds());
    }

    // --- overlap -----------------------------------------------------------------------------------------------

    @Test
    void periodsSharingOneDayOverlap() {
        assertOverlap(true, agreement(Set.of(LUNSUMIO), "2025-04-01", "2026-03-31"),
                agreement(Set.of(LUNSUMIO), "2026-03-31", "2027-03-31"));
    }

    @Test
    void adjacentPeriodsDoNotOverlap() {
        assertOverlap(false, agreement(Set.of(LUNSUMIO), "2025-04-01", "2026-03-31"),
                agreement(Set.of(LUNSUMIO), "2026-04-01", "2027-03-31"));
    }

    @Test
    void aPeriodInsideAnotherOverlaps() {
        assertOverlap(true, agreement(Set.of(LUNSUMIO), "2025-01-01", "2027-12-31"),
                agreement(Set.of(LUNSUMIO), "2026-02-01", "2026-02-28"));
    }

    @Test
    void productsMustShareOneToOverlap() {
        assertOverlap(true, agreement(Set.of(LUNSUMIO, ABECMA), "2026-04-01", "2027-03-31"),
                agreement(Set.of(ABECMA, IMDELLTRA), "2026-04-01", "2027-03-31"));
        assertOverlap(false, agreement(Set.of(LUNSUMIO), "2026-04-01", "2027-03-31"),
                agreement(Set.of(ABECMA, IMDELLTRA), "2026-04-01", "2027-03-31"));
    }

    @Test
    void anAllProductsAgreementSharesEveryProduct() {
        assertOverlap(true, agreement(ALL, "2026-04-01", "2027-03-31"),
                agreement(Set.of(IMDELLTRA), "2026-04-01", "2027-03-31"));
        assertOverlap(true, agreement(ALL, "2026-04-01", "2027-03-31"), agreement(ALL, "2027-03-31", null));
        assertOverlap(false, agreement(ALL, "2026-04-01", "2027-03-31"), agreement(ALL, "2027-04-01", null),
                "all products, but the periods do not meet");
    }

    @Test
    void openEndedPeriodsOverlapEverythingThatEndsAfterTheyStart() {
        DistributionAgreement open = agreement(Set.of(LUNSUMIO), "2026-04-01", null);
        assertOverlap(true, open, agreement(Set.of(LUNSUMIO), "2040-01-01", "2040-12-31"), "far in the future");
        assertOverlap(true, open, agreement(Set.of(LUNSUMIO), "2025-01-01", "2026-04-01"), "ends on its first day");
        assertOverlap(false, open, agreement(Set.of(LUNSUMIO), "2025-01-01", "2026-03-31"), "ends the day before");
        assertOverlap(true, open, agreement(Set.of(LUNSUMIO), "2030-01-01", null), "two open-ended periods");
        assertOverlap(true, open, agreement(Set.of(LUNSUMIO), "2020-01-01", null), "started earlier, still open");
    }

    // --- authorisation by day and product ----------------------------------------------------------------------

    @Test
    void itAuthorisesItsProductsOnTheDaysOfItsPeriodOnly() {
        DistributionAgreement a = agreement(Set.of(LUNSUMIO), "2026-04-01", "2027-03-31");
        assertFalse(a.authorises(LUNSUMIO, d("2026-03-31")), "the day before the first");
        assertTrue(a.authorises(LUNSUMIO, d("2026-04-01")), "the first day");
        assertTrue(a.authorises(LUNSUMIO, d("2026-10-15")));
        assertTrue(a.authorises(LUNSUMIO, d("2027-03-31")), "the last day");
        assertFalse(a.authorises(LUNSUMIO, d("2027-04-01")), "the day after the last");
        assertFalse(a.authorises(ABECMA, d("2026-10-15")), "a product it does not list");
        assertTrue(a.inForceOn(d("2026-10-15")));
        assertFalse(a.inForceOn(d("2027-04-01")));
    }

    @Test
    void anOpenEndedAllProductsAgreementAuthorisesEveryProductFromItsFirstDay() {
        DistributionAgreement a = agreement(ALL, "2024-04-01", null);
        assertFalse(a.authorises(IMDELLTRA, d("2024-03-31")));
        assertTrue(a.authorises(IMDELLTRA, d("2024-04-01")));
        assertTrue(a.authorises(LUNSUMIO, d("2099-12-31")));
    }

    @Test
    void endingItStopsTheAuthorisationAfterTheLastDay() {
        DistributionAgreement a = agreement(ALL, "2024-04-01", null);
        a.end(d("2026-03-31"));
        assertEquals(d("2026-03-31"), a.getValidTo());
        assertTrue(a.authorises(LUNSUMIO, d("2026-03-31")));
        assertFalse(a.authorises(LUNSUMIO, d("2026-04-01")));
        assertEquals("validTo", assertThrows(InvalidInputException.class, () -> a.end(d("2024-03-31"))).field());
        assertEquals("validTo", assertThrows(InvalidInputException.class, () -> a.end(null)).field());
        assertEquals(d("2026-03-31"), a.getValidTo(), "unchanged by the refused ends");
    }
}
