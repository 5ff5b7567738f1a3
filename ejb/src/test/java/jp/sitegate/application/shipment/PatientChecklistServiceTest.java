package jp.sitegate.application.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.sitegate.application.gate.EligibilityService;
import jp.sitegate.application.notification.NotificationService;
import jp.sitegate.application.view.DecisionDocument;
import jp.sitegate.application.view.PatientChecklistView;
import jp.sitegate.application.view.ShipmentReceipt;
import jp.sitegate.domain.model.patient.PatientCriterion;
import jp.sitegate.domain.shared.DomainException;
import jp.sitegate.domain.shared.ForbiddenException;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.NotFoundException;
import jp.sitegate.infrastructure.config.ClockProducer;
import jp.sitegate.testsupport.Actors;
import jp.sitegate.testsupport.DatabaseTest;
import jp.sitegate.testsupport.H2Database;
import jp.sitegate.testsupport.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 on the real migrations (H2, demo data): the facility's administrator records a patient's checklist of the
 * Abecma guideline's section 5; it is shown to the facility and to the manufacturer of Abecma tied to the facility
 * (BMS: mr2 is assigned to 1912110952), never to another manufacturer, another facility or a distributor; bad input
 * names the field; an Abecma shipment names an unused checklist of that facility whose patient is a candidate, or is
 * refused with ABE-PAT-1 (the decision stored).
 */
@DatabaseTest(demo = true)
class PatientChecklistServiceTest {
    private static final Instant NOW = Instant.parse("2026-01-10T01:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-01-10");
    private static final String UNIV = Actors.UNIV;
    private static final String ABECMA = "4900409X1022";
    private static final String LUNSUMIO_1MG = "4291476A1028";
    private H2Database db;

    @BeforeEach
    void setUp() {
        Actors.demoUsers(db, NOW);
    }

    @AfterEach
    void close() {
        Actors.signOut();
    }

    private static <T> T wire(T service, EntityManager em) {
        return Actors.service(service, em, NOW);
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return db.inTransactionReturning(work);
    }

    private <T> T as(String user, Function<PatientChecklistService, T> work) {
        Actors.actAs(db, user);
        return inTransaction(em -> work.apply(wire(new PatientChecklistService(), em)));
    }

    private long physicianOf(String code) {
        EntityManager em = db.em();
        try {
            return em.createQuery("SELECT e.physician.id FROM Employment e WHERE e.facility.code = "
                    + ":code AND e.validTo IS NULL ORDER BY e.id", Long.class)
                    .setParameter("code", jp.sitegate.domain.model.facility.MedicalInstitutionCode.of(code))
                    .setMaxResults(1).getSingleResult();
        } finally {
            em.close();
        }
    }

    private static Map<PatientCriterion, Boolean> candidate() {
        Map<PatientCriterion, Boolean> m = new EnumMap<>(PatientCriterion.class);
        for (PatientCriterion c : PatientCriterion.values()) {
            m.put(c, c.required());
        }
        return m;
    }

    private PatientChecklistCommand command(String registryId, Map<PatientCriterion, Boolean> answers, int ecog) {
        return new PatientChecklistCommand(ABECMA, registryId, physicianOf(UNIV), TODAY.minusDays(1), answers, ecog);
    }

    private PatientChecklistView record(PatientChecklistCommand cmd) {
        return as("fadmin2", s -> s.record(UNIV, cmd));
    }

    private ShipmentReceipt ship(String key, String yj, Long checklist) {
        Actors.actAs(db, "dist1");
        return inTransaction(em -> {
            NotificationService notifications = new NotificationService();
            Inject.field(notifications, "em", em);
            Inject.field(notifications, "clock", Clock.fixed(NOW, ClockProducer.JAPAN));
            EligibilityService eligibility = wire(new EligibilityService(), em);
            Inject.field(eligibility, "notifications", notifications);
            ShipmentService s = wire(new ShipmentService(), em);
            Inject.field(s, "eligibility", eligibility);
            Inject.field(s, "notifications", notifications);
            return s.record(new ShipmentCommand(key, UNIV, yj, 1, "PO-" + key, checklist));
        });
    }

    private DecisionDocument.FindingDocument patientFinding(DecisionDocument d) {
        return d.findings().stream().filter(f -> "ABE-PAT-1".equals(f.requirementId())).findFirst()
                .orElseThrow(() -> new AssertionError("no ABE-PAT-1 in " + d.failingRequirements()));
    }

    private long count(String sql) {
        EntityManager em = db.em();
        try {
            return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
        } finally {
            em.close();
        }
    }

    @Test
    void theFacilityAdministratorRecordsAChecklistThatTheFacilityAndAbecmasTiedManufacturerReadAndNobodyElse() {
        long events = count("SELECT COUNT(*) FROM audit_event WHERE entity = 'PatientChecklist'");
        PatientChecklistView c = record(command("MM-2026-0001", candidate(), 1));
        assertTrue(c.candidate());
        assertEquals(List.of(), c.failing());
        assertEquals("ABECMA", c.product());
        assertEquals(PatientCriterion.values().length, c.answers().size());
        assertEquals(events + 1, count("SELECT COUNT(*) FROM audit_event WHERE entity = 'PatientChecklist'"),
                "the checklist is audited");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE entity = 'PatientChecklist' AND username = "
                + "'fadmin2' AND facility_code = '" + UNIV + "'"), "with its author and facility");

        for (String reader : List.of("fadmin2", "mr2", "safety2")) {
            assertEquals(List.of(c.id()), as(reader, s -> s.list(UNIV)).stream().map(PatientChecklistView::id)
                    .toList(), reader);
            assertEquals("MM-2026-0001", as(reader, s -> s.get(UNIV, c.id())).registryId(), reader);
        }
        // 中外製薬 is tied to the facility (mr1 is assigned there) but is not Abecma's manufacturer
        assertEquals(List.of(), as("mr1", s -> s.list(UNIV)));
        assertEquals("id", assertThrows(NotFoundException.class, () -> as("mr1", s -> s.get(UNIV, c.id()))).field());
        for (String stranger : List.of("fadmin1", "dist1", "admin1")) {
            assertThrows(ForbiddenException.class, () -> as(stranger, s -> s.list(UNIV)), stranger);
            assertThrows(ForbiddenException.class, () -> as(stranger, s -> s.get(UNIV, c.id())), stranger);
        }
        // the checklist of 1912110952 does not exist at 1910114451, even for that facility's administrator
        assertEquals("id", assertThrows(NotFoundException.class, () -> as("fadmin1",
                s -> s.get(Actors.KOFU, c.id()))).field());
    }

    @Test
    void onlyTheFacilitysAdministratorRecordsAndBadInputNamesTheField() {
        for (String other : List.of("fadmin1", "mr2", "safety2", "dist1")) {
            assertThrows(ForbiddenException.class, () -> as(other, s -> s.record(UNIV,
                    command("MM-1", candidate(), 0))), other);
        }
        Map<String, PatientChecklistCommand> bad = new java.util.LinkedHashMap<>();
        bad.put("registryId", command("山田太郎", candidate(), 0));
        bad.put("registryId ", command("Yamada Taro 1", candidate(), 0));
        bad.put("registryId  ", command("Yamada-Taro", candidate(), 0));
        bad.put("registryId   ", command("1".repeat(41), candidate(), 0));
        bad.put("registryId    ", command(null, candidate(), 0));
        Map<PatientCriterion, Boolean> unanswered = candidate();
        unanswered.remove(PatientCriterion.CNS_MYELOMA);
        bad.put("cnsMyeloma", command("MM-2", unanswered, 0));
        bad.put("ecogPs", command("MM-3", candidate(), 5));
        bad.put("ecogPs ", command("MM-3", candidate(), -1));
        bad.put("physicianId", new PatientChecklistCommand(ABECMA, "MM-4", physicianOf(Actors.KOFU),
                TODAY, candidate(), 0));
        bad.put("physicianId ", new PatientChecklistCommand(ABECMA, "MM-4", null, TODAY, candidate(), 0));
        bad.put("assessedOn", new PatientChecklistCommand(ABECMA, "MM-5", physicianOf(UNIV), TODAY.plusDays(1),
                candidate(), 0));
        bad.put("product", new PatientChecklistCommand(LUNSUMIO_1MG, "MM-6", physicianOf(UNIV), TODAY,
                candidate(), 0));
        bad.forEach((field, cmd) -> assertEquals(field.strip(), assertThrows(InvalidInputException.class,
                () -> record(cmd), field).field(), field));
        assertEquals(0, count("SELECT COUNT(*) FROM patient_checklist"), "nothing stored");
    }

    @Test
    void anAbecmaShipmentNamesAnUnusedChecklistOfTheFacilityWhosePatientIsACandidateOrIsRefused() {
        long decisions = count("SELECT COUNT(*) FROM eligibility_decision");

        ShipmentRefusedException none = assertThrows(ShipmentRefusedException.class, () -> ship("k1", ABECMA, null));
        assertEquals(List.of("ABE-PAT-1"), none.decision().failingRequirements(), "the facility itself is eligible");
        assertEquals("NOT_ELIGIBLE", none.decision().decision());
        DecisionDocument.FindingDocument missing = patientFinding(none.decision());
        assertEquals("最適使用推進ガイドライン 5. 投与対象となる患者", missing.clause());
        assertTrue(missing.reason().contains("patientChecklistId"), missing.reason());
        assertEquals(decisions + 1, count("SELECT COUNT(*) FROM eligibility_decision"), "the refusal is stored");

        Map<PatientCriterion, Boolean> cns = candidate();
        cns.put(PatientCriterion.CNS_MYELOMA, true);
        PatientChecklistView excluded = record(command("MM-CNS-1", cns, 0));
        assertFalse(excluded.candidate());
        assertEquals(List.of("cnsMyeloma"), excluded.failing());
        DecisionDocument.FindingDocument exclusion = patientFinding(assertThrows(ShipmentRefusedException.class,
                () -> ship("k2", ABECMA, excluded.id())).decision());
        assertEquals("NOT_MET", exclusion.status());
        assertTrue(exclusion.reason().contains("該当する除外基準 1 件"), exclusion.reason());
        assertFalse(exclusion.reason().contains("MM-CNS-1"), "the distributor never reads the registry id");

        PatientChecklistView ecog2 = record(command("MM-PS-2", candidate(), 2));
        assertEquals(List.of("ecogPs"), ecog2.failing());
        assertTrue(patientFinding(assertThrows(ShipmentRefusedException.class, () -> ship("k3", ABECMA, ecog2.id()))
                .decision()).reason().contains("ECOG PS 2〜4"));

        PatientChecklistView good = record(command("MM-OK-1", candidate(), 1));
        ShipmentReceipt shipped = ship("k4", ABECMA, good.id());
        assertFalse(shipped.replayed());
        assertEquals(shipped.shipmentId(), as("fadmin2", s -> s.get(UNIV, good.id())).shipmentId(),
                "the checklist shows the shipment that named it");
        assertEquals(1, count("SELECT COUNT(*) FROM shipment WHERE patient_checklist_id = " + good.id()));

        // one patient, one delivery: the same checklist does not serve a second shipment
        DecisionDocument.FindingDocument reused = patientFinding(assertThrows(ShipmentRefusedException.class,
                () -> ship("k5", ABECMA, good.id())).decision());
        assertTrue(reused.reason().contains("使用済み"), reused.reason());
        // a checklist id that is not the facility's (none has this id) is refused too
        assertTrue(patientFinding(assertThrows(ShipmentRefusedException.class, () -> ship("k6", ABECMA, 999_999L))
                .decision()).reason().contains("記録にありません"));
        // a product not delivered per patient takes no checklist (400, nothing stored)
        long before = count("SELECT COUNT(*) FROM eligibility_decision");
        DomainException lun = assertThrows(InvalidInputException.class, () -> ship("k7", LUNSUMIO_1MG, good.id()));
        assertEquals("patientChecklistId", lun.field());
        assertEquals(before, count("SELECT COUNT(*) FROM eligibility_decision"));
        assertNotNull(ship("k8", LUNSUMIO_1MG, null).shipmentId(), "Lunsumio ships without one");
    }
}
