package jp.sitegate.application.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import jp.sitegate.infrastructure.config.ClockProducer;
import jp.sitegate.testsupport.Actors;
import jp.sitegate.testsupport.Beans;
import jp.sitegate.testsupport.DatabaseTest;
import jp.sitegate.testsupport.H2Database;
import jp.sitegate.testsupport.Inject;
import org.junit.jupiter.api.Test;

/**
 * A batch check notes the facilities its distributor serves (issue 5) set-wise, in one transaction (issue 16): each
 * facility once, whatever the spelling of its code or the number of its lines, and nothing for a user who is not a
 * distributor.
 */
@DatabaseTest(demo = true)
class ServedNotesTest {
    private static final Instant NOW = Instant.parse("2026-01-10T01:00:00Z");
    private static final String UNIV = "1912110952";
    private static final String KOFU = "1910114451";
    private H2Database db;

    private void noteAll(String username, List<String> codes) {
        db.inTransaction(em -> {
            NotificationService s = Beans.of(NotificationService.class, em);
            Inject.field(s, "clock", Clock.fixed(NOW, ClockProducer.JAPAN));
            s.noteServedAll(username, codes, "CHECK");
        });
    }

    private long served(String username) {
        return db.inTransactionReturning(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM served_facility s JOIN "
                + "app_user u ON u.id = s.user_id WHERE u.username = ?1").setParameter(1, username).getSingleResult())
                .longValue());
    }

    @Test
    void aBatchNotesEachFacilityOnceAndOnlyForADistributor() {
        Actors.demoUsers(db, NOW);
        NotificationService.forgetServed(); // other tests of this JVM noted the same facilities in their databases
        noteAll("dist1", List.of(UNIV, "１９１０-１１４４５１", UNIV, "0110113719")); // the last one is not registered
        assertEquals(2, served("dist1"), "the university hospital and Kofu, once each");
        noteAll("dist1", List.of(UNIV, KOFU));
        assertEquals(2, served("dist1"), "noted again: nothing new");
        noteAll("mr1", List.of(UNIV, KOFU));
        assertEquals(0, served("mr1"), "an MR serves no facility");
    }
}
