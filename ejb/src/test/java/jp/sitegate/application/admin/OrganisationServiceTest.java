package jp.sitegate.application.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.view.OrganisationViews;
import jp.sitegate.domain.model.organisation.Organisation;
import jp.sitegate.domain.model.organisation.OrganisationKind;
import jp.sitegate.domain.shared.ConflictException;
import jp.sitegate.domain.shared.ForbiddenException;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.infrastructure.config.ClockProducer;
import jp.sitegate.testsupport.Actors;
import jp.sitegate.testsupport.DatabaseTest;
import jp.sitegate.testsupport.H2Database;
import jp.sitegate.testsupport.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Organisations and distribution agreements (issue 10) on the real migrations and demo data: the operator's system
 * administrator creates companies with a valid 法人番号, unique; a manufacturer's safety manager makes its own
 * agreements (特約店契約), never another's, with a period that runs forwards and overlaps none between the same two
 * organisations; a refusal stores nothing.
 */
@DatabaseTest(demo = true)
class OrganisationServiceTest {
    private static final Instant NOW = Instant.parse("2026-01-10T01:00:00Z");
    private static final String LUNSUMIO_1MG = "4291476A1028";
    private static final String ABECMA = "4900409X1022";
    /** Made up, with a valid NTA check digit. */
    private static final String NEW_NUMBER = "9010001777701";

    private H2Database db;

    @BeforeEach
    void setUp() {
        Actors.demoUsers(db, NOW);
    }

    @AfterEach
    void close() {
        Actors.signOut();
    }

    private <T> T run(Function<OrganisationService, T> work) {
        EntityManager em = db.em();
        try {
            em.getTransaction().begin();
            OrganisationService s = new OrganisationService();
            Inject.field(s, "em", em);
            Inject.field(s, "clock", Clock.fixed(NOW, ClockProducer.JAPAN));
            Inject.field(s, "authorization", Actors.authorization(em));
            T result = work.apply(s);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private long count(String sql) {
        EntityManager em = db.em();
        try {
            return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
        } finally {
            em.close();
        }
    }

    private long organisations() {
        return count("SELECT COUNT(*) FROM organisation");
    }

    /** Agreements and the products they list, together: a half-written agreement changes one of the two. */
    private List<Long> agreementRows() {
        return List.of(count("SELECT COUNT(*) FROM distribution_agreement"),
                count("SELECT COUNT(*) FROM distribution_agreement_product"));
    }

    private long id(String nameJa) {
        EntityManager em = db.em();
        try {
            return Actors.company(em, nameJa).getId();
        } finally {
            em.close();
        }
    }

    private OrganisationService.Created create(String kind, String nameJa, String number) {
        return run(s -> s.create(kind, nameJa, null, number, null));
    }

    private OrganisationViews.Agreement agree(long manufacturer, long distributor, List<String> yj, String from,
            String to) {
        return run(s -> s.addAgreement(manufacturer, distributor, yj, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to)));
    }

    // --- organisations -----------------------------------------------------------------------------------------

    @Test
    void aSystemAdministratorCreatesAManufacturerWithAValidCorporateNumber() {
        Actors.actAs(db, "admin1");
        long before = organisations();
        OrganisationService.Created c = run(s -> s.create("manufacturer", "テスト製薬株式会社", "Test Pharma K.K.",
                " " + NEW_NUMBER + " ", null));
        assertTrue(c.created());
        OrganisationViews.Organisation o = c.organisation();
        assertTrue(o.id() > 0, "the answer carries the id");
        assertEquals("MANUFACTURER", o.kind());
        assertEquals("テスト製薬株式会社", o.nameJa());
        assertEquals("Test Pharma K.K.", o.nameEn());
        assertEquals("ACTIVE", o.status());
        assertEquals(NEW_NUMBER, o.corporateNumber());
        assertNull(o.facilityCode());
        assertEquals(0, o.members());
        assertEquals(before + 1, organisations());
        EntityManager em = db.em();
        try {
            Organisation stored = em.find(Organisation.class, o.id());
            assertEquals(OrganisationKind.MANUFACTURER, stored.getKind());
            assertEquals(NEW_NUMBER, stored.getCorporateNumber());
        } finally {
            em.close();
        }
        assertTrue(run(s -> s.list("MANUFACTURER", null)).stream().anyMatch(x -> x.id() == o.id()),
                "listed with the manufacturers");
    }

    @Test
    void anInvalidCorporateNumberIsRefusedNamingTheFieldAndNothingIsStored() {
        Actors.actAs(db, "admin1");
        long before = organisations();
        assertEquals("corporateNumber", assertThrows(InvalidInputException.class,
                () -> create("MANUFACTURER", "テスト製薬株式会社", "8010001777701")).field(), "wrong check digit");
        assertEquals("corporateNumber", assertThrows(InvalidInputException.class,
                () -> create("DISTRIBUTOR", "テスト卸株式会社", "010001777701")).field(), "12 digits");
        assertEquals("corporateNumber", assertThrows(InvalidInputException.class,
                () -> create("DISTRIBUTOR", "テスト卸株式会社", "90100017777O1")).field(), "a letter");
        assertEquals(before, organisations());
    }

    @Test
    void aCorporateNumberAlreadyRegisteredIsAConflict() {
        Actors.actAs(db, "admin1");
        create("MANUFACTURER", "テスト製薬株式会社", NEW_NUMBER);
        long before = organisations();
        ConflictException again = assertThrows(ConflictException.class,
                () -> create("DISTRIBUTOR", "別名の卸株式会社", NEW_NUMBER));
        assertEquals("corporateNumber", again.field());
        assertEquals("corporateNumber", assertThrows(ConflictException.class,
                () -> create("DISTRIBUTOR", "デモ卸株式会社（重複）", "6010001999901")).field(),
                "the demo distributor デモ卸株式会社 has it");
        assertEquals(before, organisations(), "nothing stored");
    }

    @Test
    void onlyTheOperatorsSystemAdministratorCreatesOrganisations() {
        long before = organisations();
        for (String user : List.of("safety1", "dist1", "fadmin1", "mr1")) {
            Actors.actAs(db, user);
            assertThrows(ForbiddenException.class, () -> create("MANUFACTURER", "勝手製薬株式会社", NEW_NUMBER), user);
        }
        Actors.actAs(db, "dist1");
        assertThrows(ForbiddenException.class, () -> create("NONSENSE", "", "123"),
                "refused before the input is validated");
        assertEquals(before, organisations(), "nothing stored");
    }

    // --- distribution agreements -------------------------------------------------------------------------------

    @Test
    void theManufacturersSafetyManagerMakesAnAgreementThatAuthorisesShipping() {
        long bms = id(Actors.BMS);
        long sample = id(Actors.SAMPLE_YAKUHIN);
        List<Long> before = agreementRows();
        Actors.actAs(db, "safety2"); // Bristol-Myers Squibb, the manufacturer of Abecma
        OrganisationViews.Agreement a = agree(bms, sample, List.of(ABECMA), "2026-04-01", "2027-03-31");
        assertTrue(a.id() > 0);
        assertEquals(bms, a.manufacturerId());
        assertEquals(sample, a.distributorId());
        assertEquals(Actors.SAMPLE_YAKUHIN, a.distributorName());
        assertFalse(a.allProducts());
        assertEquals(List.of(ABECMA), a.products());
        assertEquals("2026-04-01", a.validFrom());
        assertEquals("2027-03-31", a.validTo());
        assertEquals(List.of(before.get(0) + 1, before.get(1) + 1), agreementRows());
        assertTrue(run(s -> s.agreements(bms)).stream().anyMatch(x -> x.id() == a.id()), "listed for BMS");

        EntityManager em = db.em();
        try {
            Authorization auth = Actors.authorization(em);
            assertFalse(auth.authorisedCodes(sample, LocalDate.parse("2026-03-31")).contains(ABECMA), "before");
            assertTrue(auth.authorisedCodes(sample, LocalDate.parse("2026-04-01")).contains(ABECMA), "first day");
            assertTrue(auth.authorisedCodes(sample, LocalDate.parse("2027-03-31")).contains(ABECMA), "last day");
            assertFalse(auth.authorisedCodes(sample, LocalDate.parse("2027-04-01")).contains(ABECMA), "after");
        } finally {
            em.close();
        }
    }

    @Test
    void anAgreementEndingBeforeItStartsIsRefusedNamingValidTo() {
        long bms = id(Actors.BMS);
        long sample = id(Actors.SAMPLE_YAKUHIN);
        List<Long> before = agreementRows();
        Actors.actAs(db, "safety2");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> agree(bms, sample, List.of(ABECMA), "2026-04-01", "2026-03-31"));
        assertEquals("validTo", e.field());
        assertEquals(before, agreementRows(), "nothing stored");
    }

    @Test
    void anOverlappingAgreementIsAConflictNamingValidFrom() {
        long chugai = id(Actors.CHUGAI);
        long sample = id(Actors.SAMPLE_YAKUHIN);
        long bms = id(Actors.BMS);
        List<Long> before = agreementRows();
        Actors.actAs(db, "safety1"); // 中外製薬: サンプル薬品 carries Lunsumio from 2025-01-01, open-ended (V1001)
        ConflictException e = assertThrows(ConflictException.class,
                () -> agree(chugai, sample, List.of(LUNSUMIO_1MG), "2026-04-01", "2027-03-31"));
        assertEquals("validFrom", e.field());
        assertEquals("validFrom", assertThrows(ConflictException.class,
                () -> agree(chugai, sample, List.of(), "2020-01-01", "2025-01-01")).field(),
                "all products, sharing the existing agreement's first day");
        assertEquals(before, agreementRows(), "nothing stored");

        Actors.actAs(db, "safety2");
        agree(bms, sample, List.of(ABECMA), "2026-04-01", "2027-03-31");
        List<Long> afterFirst = agreementRows();
        assertEquals("validFrom", assertThrows(ConflictException.class,
                () -> agree(bms, sample, List.of(), "2027-03-31", null)).field(), "sharing the last day");
        assertEquals(afterFirst, agreementRows(), "nothing stored");
        agree(bms, sample, List.of(ABECMA), "2027-04-01", null); // the day after: no overlap
        assertEquals(List.of(afterFirst.get(0) + 1, afterFirst.get(1) + 1), agreementRows());
    }

    @Test
    void anotherManufacturersSafetyManagerIsForbidden() {
        long chugai = id(Actors.CHUGAI);
        long bms = id(Actors.BMS);
        long sample = id(Actors.SAMPLE_YAKUHIN);
        List<Long> before = agreementRows();
        Actors.actAs(db, "safety2"); // BMS, not 中外製薬
        assertThrows(ForbiddenException.class,
                () -> agree(chugai, sample, List.of(LUNSUMIO_1MG), "2030-01-01", "2030-12-31"));
        assertThrows(ForbiddenException.class, () -> agree(chugai, sample, List.of(), "2030-01-01", "2029-12-31"),
                "refused before the body is validated");
        assertEquals("products", assertThrows(InvalidInputException.class,
                () -> agree(bms, sample, List.of(LUNSUMIO_1MG), "2030-01-01", null)).field(),
                "nor may it list another manufacturer's product in its own agreement");
        for (String user : List.of("mr1", "dist1", "admin1", "fadmin1")) {
            Actors.actAs(db, user);
            assertThrows(ForbiddenException.class,
                    () -> agree(chugai, sample, List.of(LUNSUMIO_1MG), "2030-01-01", "2030-12-31"), user);
        }
        assertEquals(before, agreementRows(), "nothing stored");
    }

    @Test
    void theCounterpartMustBeADistributor() {
        long chugai = id(Actors.CHUGAI);
        long bms = id(Actors.BMS);
        List<Long> before = agreementRows();
        Actors.actAs(db, "safety1");
        assertEquals("distributorId", assertThrows(InvalidInputException.class,
                () -> agree(chugai, bms, List.of(), "2030-01-01", null)).field());
        assertEquals("distributorId", assertThrows(InvalidInputException.class,
                () -> agree(chugai, 999_999L, List.of(), "2030-01-01", null)).field());
        assertEquals(before, agreementRows(), "nothing stored");
    }
}
