package jp.sitegate.application.shipment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import jp.sitegate.application.gate.EligibilityService;
import jp.sitegate.application.notification.NotificationService;
import jp.sitegate.application.view.ShipmentReceipt;
import jp.sitegate.application.view.ShipmentView;
import jp.sitegate.domain.shared.ForbiddenException;
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
 * Shipments belong to the distributor organisation that made them (issue 10): only a distributor with an agreement
 * in force for the product ships it (403 naming {@code product}, nothing stored); idempotency keys are unique per
 * distributor; a stored decision is read by its distributor, the product's manufacturer and the facility, and is
 * not found for anybody else; a distributor lists only its own shipments.
 */
@DatabaseTest(demo = true)
class ShipmentScopeTest {
    private static final Instant NOW = Instant.parse("2026-01-10T01:00:00Z");
    private static final String UNIV = Actors.UNIV;
    private static final String LUNSUMIO_1MG = "4291476A1028";
    private static final String ABECMA = "4900409X1022";
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

    private static <T> T wire(T service, EntityManager em, Instant now) {
        return Actors.service(service, em, now);
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return db.inTransactionReturning(work);
    }

    private ShipmentReceipt ship(String user, Instant at, String key, String yj) {
        Actors.actAs(db, user);
        return inTransaction(em -> {
            NotificationService notifications = new NotificationService();
            Inject.field(notifications, "em", em);
            Inject.field(notifications, "clock", Clock.fixed(at, ClockProducer.JAPAN));
            EligibilityService eligibility = wire(new EligibilityService(), em, at);
            Inject.field(eligibility, "notifications", notifications);
            ShipmentService s = wire(new ShipmentService(), em, at);
            Inject.field(s, "eligibility", eligibility);
            Inject.field(s, "notifications", notifications);
            return s.record(new ShipmentCommand(key, UNIV, yj, 1, "PO-" + key));
        });
    }

    private String storedDecision(String user, String id) {
        Actors.actAs(db, user);
        return inTransaction(em -> wire(new EligibilityService(), em, NOW).storedDecision(id));
    }

    private List<ShipmentView> shipments(String user) {
        Actors.actAs(db, user);
        return inTransaction(em -> wire(new ShipmentQueryService(), em).list(0, 200).items());
    }

    private long count(String entity) {
        EntityManager em = db.em();
        try {
            return em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class).getSingleResult();
        } finally {
            em.close();
        }
    }

    @Test
    void aDistributorWithoutAnAgreementForTheProductIsRefusedNamingProductAndNothingIsStored() {
        long shipments = count("Shipment");
        long decisions = count("StoredDecision");
        // サンプル薬品 carries Lunsumio only (V1001)
        ForbiddenException e = assertThrows(ForbiddenException.class, () -> ship("dist2", NOW, "k-abe", ABECMA));
        assertEquals("product", e.field());
        // nor Lunsumio before its agreement's first day, 2025-01-01
        assertEquals("product", assertThrows(ForbiddenException.class,
                () -> ship("dist2", Instant.parse("2024-12-30T01:00:00Z"), "k-early", LUNSUMIO_1MG)).field());
        assertEquals(shipments, count("Shipment"), "no shipment");
        assertEquals(decisions, count("StoredDecision"), "no stored decision");

        ShipmentReceipt lun = ship("dist2", NOW, "k-lun", LUNSUMIO_1MG);
        assertFalse(lun.replayed());
        assertEquals(shipments + 1, count("Shipment"));
    }

    @Test
    void onlyDistributorsShip() {
        long shipments = count("Shipment");
        for (String user : List.of("fadmin2", "safety1", "mr1", "admin1")) {
            assertThrows(ForbiddenException.class, () -> ship(user, NOW, "k-" + user, LUNSUMIO_1MG), user);
        }
        assertEquals(shipments, count("Shipment"));
    }

    @Test
    void twoDistributorsMayUseTheSameIdempotencyKeyAndEachGetsItsOwnShipmentBack() {
        ShipmentReceipt first = ship("dist1", NOW, "same-key", LUNSUMIO_1MG);
        ShipmentReceipt other = ship("dist2", NOW, "same-key", LUNSUMIO_1MG);
        assertFalse(other.replayed(), "another distributor's key is not a replay");
        assertNotEquals(first.shipmentId(), other.shipmentId());
        ShipmentReceipt again = ship("dist1", NOW.plusSeconds(5), "same-key", LUNSUMIO_1MG);
        assertTrue(again.replayed());
        assertEquals(first.shipmentId(), again.shipmentId());
        assertEquals(first.decisionId(), again.decisionId());
    }

    @Test
    void aStoredDecisionIsReadByItsDistributorTheManufacturerAndTheFacilityOnly() {
        String id = ship("dist1", NOW, "k-decision", LUNSUMIO_1MG).decisionId();
        for (String reader : List.of("dist1", "safety1", "mr1", "fadmin2")) {
            assertTrue(storedDecision(reader, id).contains(id), reader);
        }
        for (String stranger : List.of("dist2", "safety2", "mr2", "fadmin1")) {
            assertEquals("id", assertThrows(NotFoundException.class, () -> storedDecision(stranger, id), stranger)
                    .field(), "404, not 403, for " + stranger);
        }
    }

    @Test
    void aDistributorListsOnlyItsOwnShipments() {
        ShipmentReceipt mine = ship("dist1", NOW, "k-mine", LUNSUMIO_1MG);
        ShipmentReceipt theirs = ship("dist2", NOW, "k-theirs", LUNSUMIO_1MG);
        List<ShipmentView> dist1 = shipments("dist1");
        assertEquals(List.of(mine.shipmentId()), dist1.stream().map(ShipmentView::id).toList());
        assertEquals(Actors.DEMO_WHOLESALE, dist1.get(0).distributor());
        assertEquals(List.of(theirs.shipmentId()), shipments("dist2").stream().map(ShipmentView::id).toList());
        assertEquals(List.of(mine.shipmentId(), theirs.shipmentId()).stream().sorted().toList(),
                shipments("safety1").stream().map(ShipmentView::id).sorted().toList(),
                "Chugai's safety manager sees the shipments of Lunsumio");
        assertEquals(List.of(), shipments("safety2"), "BMS shipped nothing");
    }
}
