package jp.sitegate.application.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import jp.sitegate.testsupport.Beans;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import jp.sitegate.application.admin.ProfileAdminService;
import jp.sitegate.application.facility.PhysicianService;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.gate.EligibilityService;
import jp.sitegate.application.gate.ProductCatalog;
import jp.sitegate.application.importing.FilingImportService;
import jp.sitegate.application.notification.NotificationCenter;
import jp.sitegate.application.notification.NotificationService;
import jp.sitegate.application.notification.OutboxDelivery;
import jp.sitegate.application.shipment.ShipmentCommand;
import jp.sitegate.application.shipment.ShipmentService;
import jp.sitegate.application.stock.TocilizumabReadiness;
import jp.sitegate.application.view.FacilityViews;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.notification.Notification;
import jp.sitegate.domain.model.notification.NotificationKind;
import jp.sitegate.domain.model.notification.ServedFacility;
import jp.sitegate.domain.model.notification.WebhookSubscription;
import jp.sitegate.domain.model.physician.Employment;
import jp.sitegate.domain.model.product.ProfileRequirement;
import jp.sitegate.domain.model.product.RequirementProfile;
import jp.sitegate.domain.model.status.FacilityStatus;
import jp.sitegate.domain.model.status.StatusChange;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.model.user.UserAccount;
import jp.sitegate.infrastructure.config.ClockProducer;
import jp.sitegate.infrastructure.importing.BureauListParserTestSupport;
import jp.sitegate.infrastructure.notification.MailSettings;
import jp.sitegate.infrastructure.notification.WebhookSignature;
import jp.sitegate.infrastructure.notification.WebhookTransport;
import jp.sitegate.testsupport.Actors;
import jp.sitegate.testsupport.DatabaseTest;
import jp.sitegate.testsupport.H2Database;
import jp.sitegate.testsupport.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 5 scenarios, one per cause, end to end on the real migrations and demo data: the cause changes a status;
 * the history records from, to, when, the findings and the cause; the gate blocks (LUN-DST-1) or, after the first
 * delivery was released, flags (LUN-DST-2); and the facility's MR and administrator, the distributor that serves
 * it and — for blocked or flagged — the safety manager find it in their inbox, by e-mail on a real SMTP server
 * (GreenMail) and, for the distributor, as a webhook call whose HMAC-SHA256 signature verifies. Time comes from
 * the instants passed in (the injectable clock), never from the system clock.
 */
@DatabaseTest(demo = true)
class StatusNotificationScenarioTest {
    private static final String UNIV = "1912110952";
    private static final String SECRET = "scenario-secret-0123456789";
    private static final Instant T0 = Instant.parse("2026-01-10T01:00:00Z");
    /** Told of every product's changes at the university hospital: its administrator and the distributor. */
    private static final List<String> SITE_PEOPLE = List.of("fadmin-s", "dist-s");
    /** Told of their own manufacturer's products (issue 10): an assigned MR and a safety manager of each. */
    private static final Map<String, List<String>> MANUFACTURER_PEOPLE = Map.of(
            "LUNSUMIO", List.of("mr-s", "safety-s"), // 中外製薬
            "ABECMA", List.of("mr-b", "safety-b")); // ブリストル・マイヤーズ スクイブ

    private H2Database db;
    private GreenMail smtp;
    private HttpServer receiver;
    private final List<Map.Entry<String, String>> webhookCalls = new CopyOnWriteArrayList<>();
    private OutboxDelivery delivery;

    @BeforeEach
    void setUp() throws IOException {
        // issue 12: a list current for the scenario's clock (2026-01), older than the lists the tests import
        db.demoListDated(java.time.LocalDate.of(2025, 12, 1));
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            webhookCalls.add(Map.entry(exchange.getRequestHeaders().getFirst(WebhookSignature.HEADER), body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        delivery = new OutboxDelivery(new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), null, null, false,
                "sitegate@test.example"), new WebhookTransport(
                jp.sitegate.domain.model.notification.WebhookAddresses.of("127.0.0.1")));
        db.inTransaction(em -> {
            Facility univ = Beans.of(EligibilityEngine.class, em).facility(UNIV);
            // an MR and a safety manager of 中外製薬 (Lunsumio), the university hospital's administrator, and a
            // distributor of デモ卸株式会社 (agreements for every demo product)
            UserAccount mr = user(em, "mr-s", Role.MR, Actors.company(em, Actors.CHUGAI));
            em.createNativeQuery("INSERT INTO mr_assignment (user_id, facility_id) VALUES (?, ?)")
                    .setParameter(1, mr.getId()).setParameter(2, univ.getId()).executeUpdate();
            user(em, "fadmin-s", Role.FACILITY_ADMIN, Actors.ofFacility(em, UNIV));
            user(em, "safety-s", Role.SAFETY_MANAGER, Actors.company(em, Actors.CHUGAI));
            // and an MR and a safety manager of BMS (Abecma), the MR assigned to the hospital too
            UserAccount mrB = user(em, "mr-b", Role.MR, Actors.company(em, Actors.BMS));
            em.createNativeQuery("INSERT INTO mr_assignment (user_id, facility_id) VALUES (?, ?)")
                    .setParameter(1, mrB.getId()).setParameter(2, univ.getId()).executeUpdate();
            user(em, "safety-b", Role.SAFETY_MANAGER, Actors.company(em, Actors.BMS));
            UserAccount dist = user(em, "dist-s", Role.DISTRIBUTOR, Actors.company(em, Actors.DEMO_WHOLESALE));
            em.persist(new ServedFacility(dist.getId(), univ.getId(), "CHECK", T0));
            em.persist(new WebhookSubscription(dist, "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                    SECRET, T0));
            Beans.of(StatusTracker.class, em).reevaluate(univ, T0, "first evaluation");
        });
    }

    @AfterEach
    void tearDown() {
        Actors.signOut();
        receiver.stop(0);
        smtp.stop();
    }

    private static UserAccount user(EntityManager em, String name, Role role,
            jp.sitegate.domain.model.organisation.Organisation organisation) {
        UserAccount u = new UserAccount(name, name, "not-a-login", EnumSet.of(role), organisation, T0);
        u.changeEmail(name + "@test.example");
        em.persist(u);
        em.flush();
        return u;
    }

    @Test
    void filingLapseInANewerBureauListBlocksAbecmaAndFlagsLunsumioWhoseFirstDeliveryWasReleased() throws Exception {
        shipLunsumio(T0.plusSeconds(60));
        Instant older = T0.plusSeconds(3600);
        AtomicReference<List<String>> summary = new AtomicReference<>();
        AtomicReference<List<String>> shown = new AtomicReference<>();
        db.inTransaction(em -> Actors.system(() -> importer(em, older).importList("19_R7.xlsx", yamanashi(), null)));
        assertEquals(List.of(), changes("%bureau list%"), "the older list still holds the filing: nothing changes");

        Instant newer = T0.plusSeconds(7200);
        String csv = BureauListParserTestSupport.csv("令和8年1月1日",
                BureauListParserTestSupport.row(1, "2110952", "山梨大学医学部附属病院", "救１", "令和 6年10月 1日"),
                BureauListParserTestSupport.row(2, "0112398", "山梨県立中央病院", "集５", "令和 6年10月 1日"));
        db.inTransaction(em -> {
            var imported = Actors.system(() -> importer(em, newer).importList("19_R8.csv",
                    csv.getBytes(StandardCharsets.UTF_8), null));
            summary.set(imported.statusChanges());
            shown.set(imported.statusChangesText());
        });

        StatusChange lun = change("LUNSUMIO", "%bureau list%");
        assertEquals("ELIGIBLE", lun.getFromStatus());
        assertEquals("FLAGGED", lun.getToStatus(), "released first delivery: flagged, not blocked (LUN-DST-2)");
        assertTrue(lun.getFindingsChanged().contains("LUN-FAC-3"), lun.getFindingsChanged());
        assertTrue(lun.getCause().contains("19_R8.csv"), lun.getCause());
        assertEquals(newer, lun.getChangedAt());
        StatusChange abe = change("ABECMA", "%bureau list%");
        assertEquals("NOT_ELIGIBLE", abe.getToStatus());
        assertTrue(abe.getFindingsChanged().contains("ABE-FAC-2"), abe.getFindingsChanged());
        assertTrue(summary.get().stream().anyMatch(l -> l.startsWith(UNIV + " LUNSUMIO ELIGIBLE → FLAGGED")),
                "the import summary lists the change: " + summary.get());
        assertTrue(shown.get().stream().anyMatch(l -> l.startsWith(UNIV + " ルンスミオ点滴静注: 納入可 → 要確認（")),
                "issue 14: the import page shows it in words: " + shown.get());

        db.inTransaction(em -> {
            var lunDecision = Beans.of(EligibilityEngine.class, em).evaluate(UNIV, lunsumioYj(em), newer, newer).decision();
            assertEquals("ELIGIBLE", lunDecision.outcome().name(), "the gate still lets Lunsumio through");
            assertEquals("FLAGGED", jp.sitegate.domain.model.status.StatusLevel.of(lunDecision).name());
        });
        deliverOutbox(newer);
        assertToldEveryone(lun, "FLAGGED");
        assertToldEveryone(abe, "NOT_ELIGIBLE");
    }

    @Test
    void physiciansLeavingAreCaughtByTheDailyRunOnTheDayAfterTheirLastDay() throws Exception {
        List<Long> ended = bothHaematologistsLeaveOn(LocalDate.of(2026, 1, 19));
        assertEquals(2, ended.size(), "both employments of the university hospital ended");
        assertEquals(List.of(), changes("employment%"), "still employed until the 19th: no change yet");

        Instant stillThere = Instant.parse("2026-01-18T17:00:00Z"); // 2026-01-19 02:00 JST
        assertEquals(List.of(), daily(stillThere));
        Instant dayAfter = Instant.parse("2026-01-19T17:00:00Z"); // 2026-01-20 02:00 JST
        List<StatusChange> changed = daily(dayAfter);
        StatusChange lun = changed.stream().filter(c -> c.getProduct().getKey().equals("LUNSUMIO")).findFirst()
                .orElseThrow();
        assertEquals("ELIGIBLE", lun.getFromStatus());
        assertEquals("NOT_ELIGIBLE", lun.getToStatus(), "no release yet: blocked (LUN-DST-1)");
        assertTrue(lun.getFindingsChanged().contains("LUN-FAC-1"), lun.getFindingsChanged());
        assertTrue(lun.getCause().contains("2026-01-20"), "the cause is the date: " + lun.getCause());
        StatusChange abe = changed.stream().filter(c -> c.getProduct().getKey().equals("ABECMA")).findFirst()
                .orElseThrow();
        assertTrue(abe.getFindingsChanged().contains("ABE-PHY-LEAD"), abe.getFindingsChanged());
        deliverOutbox(dayAfter);
        assertToldEveryone(lun, "NOT_ELIGIBLE");
        assertToldEveryone(abe, "NOT_ELIGIBLE");
    }

    @Test
    void lotExpiryIsAnnouncedAt60And30DaysAndBlocksWhenTheClockPassesIt() throws Exception {
        // 1912110952 holds exactly 1,600 mg: 3 × 400 mg (expiry 2030-12-31) + 2 × 200 mg (expiry 2030-06-30)
        Instant may = Instant.parse("2030-05-15T01:00:00Z");
        // issue 11: in 2030 the demo's confirmations of 2026 have lapsed; the three manufacturers' MRs confirmed the
        // declarations again
        confirmAll(LocalDate.of(2030, 4, 1));
        FacilityViews.Readiness readiness = readiness(may);
        FacilityViews.ExpiringLot lot = readiness.expiringLots().get(0);
        assertEquals("DEMO-200-B", lot.lotNumber());
        assertEquals(46, lot.daysLeft());
        assertFalse(lot.within30());
        FacilityViews.ProductReadiness lunReady = readiness.products().stream()
                .filter(p -> p.productKey().equals("LUNSUMIO")).findFirst().orElseThrow();
        assertEquals(1600, lunReady.onHandMg());
        assertEquals("2030-07-01", lunReady.fallsBelowOn(), "the day after the 200 mg lot expires: 1,200 mg");
        assertEquals(47, lunReady.daysUntilBelow());
        assertEquals(List.of(), daily(may), "still 1,600 mg: no status change");
        assertEquals(1, inbox("fadmin-s", NotificationKind.LOT_EXPIRING_60).size());
        assertEquals(1, inbox("mr-s", NotificationKind.LOT_EXPIRING_60).size());
        assertTrue(inbox("mr-s", NotificationKind.STOCK_BELOW_MINIMUM_AHEAD).stream()
                .anyMatch(n -> n.getSubject().contains("2030-07-01") && n.getSubject().contains("LUNSUMIO")));
        assertEquals(0, inbox("dist-s", NotificationKind.LOT_EXPIRING_60).size(), "stock warnings are for the site");
        // issue 10: BMS's MR, assigned there too, hears of the lot but not of Lunsumio's (中外製薬's) minimum
        assertEquals(1, inbox("mr-b", NotificationKind.LOT_EXPIRING_60).size());
        assertTrue(inbox("mr-b", NotificationKind.STOCK_BELOW_MINIMUM_AHEAD).stream()
                .noneMatch(n -> n.getSubject().contains("LUNSUMIO")), "another manufacturer's product minimum");
        daily(may.plusSeconds(86_400));
        assertEquals(1, inbox("fadmin-s", NotificationKind.LOT_EXPIRING_60).size(), "told once, not every night");

        Instant june = Instant.parse("2030-06-10T01:00:00Z");
        daily(june);
        assertEquals(1, inbox("fadmin-s", NotificationKind.LOT_EXPIRING_30).size());
        deliverOutbox(june);
        assertTrue(mailTo("fadmin-s@test.example").stream().anyMatch(s -> s.contains("DEMO-200-B")),
                "the 30-day warning went by e-mail too");

        Instant july = Instant.parse("2030-06-30T17:00:00Z"); // 2030-07-01 02:00 JST
        StatusChange lun = daily(july).stream().filter(c -> c.getProduct().getKey().equals("LUNSUMIO")).findFirst()
                .orElseThrow();
        assertEquals("NOT_ELIGIBLE", lun.getToStatus());
        assertEquals("LUN-FAC-4", lun.getFindingsChanged());
        assertTrue(lun.getCause().contains("2030-07-01"), lun.getCause());
        deliverOutbox(july);
        assertToldEveryone(lun, "NOT_ELIGIBLE");
    }

    @Test
    void theFacilityAndTheConfirmingManufacturersMrAreRemindedBeforeAConfirmationLapses() {
        // issue 11: 中外製薬's confirmation of 2025-01-15 lapses on 2026-01-15 (12 months); the nightly run reminds
        // from 30 days before, once, and only the confirming manufacturer's MR besides the facility
        db.inTransaction(em -> {
            Facility univ = Beans.of(EligibilityEngine.class, em).facility(UNIV);
            univ.declareIcuEquivalent(true, T0);
            jp.sitegate.domain.model.declaration.Declaration d = new jp.sitegate.domain.model.declaration.Declaration(
                    univ, new jp.sitegate.domain.model.declaration.DeclaredFact("ICU_EQUIVALENT", null), "true",
                    "施設管理者", Instant.parse("2025-01-10T00:00:00Z"));
            em.persist(d);
            em.persist(new jp.sitegate.domain.model.declaration.DeclarationConfirmation(d,
                    Actors.company(em, Actors.CHUGAI).getId(),
                    jp.sitegate.domain.model.declaration.ConfirmationDecision.CONFIRMED, "MR (mr-s)",
                    java.time.LocalDate.parse("2025-01-15"), "訪問時に設備を確認", null,
                    Instant.parse("2025-01-15T03:00:00Z")));
        });
        Instant early = Instant.parse("2025-12-10T17:00:00Z"); // 2025-12-11 JST: 35 days before
        Instant due = Instant.parse("2025-12-20T17:00:00Z"); // 2025-12-21 JST: 25 days before
        db.inTransaction(em -> Beans.of(NotificationCenter.class, em).confirmationLapsing(Beans.of(EligibilityEngine.class, em).facility(UNIV), early));
        assertEquals(0, inbox("fadmin-s", NotificationKind.CONFIRMATION_LAPSING).size(), "not yet");
        for (Instant night : List.of(due, due.plusSeconds(86_400))) {
            db.inTransaction(em -> Beans.of(NotificationCenter.class, em).confirmationLapsing(Beans.of(EligibilityEngine.class, em).facility(UNIV),
                    night));
        }
        assertEquals(1, inbox("fadmin-s", NotificationKind.CONFIRMATION_LAPSING).size(), "once");
        assertEquals(1, inbox("mr-s", NotificationKind.CONFIRMATION_LAPSING).size());
        assertEquals(0, inbox("mr-b", NotificationKind.CONFIRMATION_LAPSING).size(), "not another manufacturer's");
    }

    @Test
    void aNewProfileVersionTakesEffectOnItsDateAndTheCauseNamesIt() throws Exception {
        LocalDate effective = LocalDate.of(2026, 1, 15);
        Actors.actAs(db, "safety-s"); // a safety manager of 中外製薬, Lunsumio's manufacturer
        db.inTransaction(em -> {
            RequirementProfile current = Beans.of(ProductCatalog.class, em).profileInForce(
                    Beans.of(ProductCatalog.class, em).productCode(lunsumioYj(em), "product").getProduct().getId(),
                    LocalDate.of(2026, 1, 10));
            List<ProfileAdminService.RequirementDraft> drafts = new ArrayList<>();
            for (ProfileRequirement r : current.getRequirements()) {
                drafts.add(new ProfileAdminService.RequirementDraft(r.getRequirementId(), r.getClauseJa(),
                        r.getTitleJa(), r.getTitleEn(), r.getCriteria().replace("\"minMg\":1600", "\"minMg\":2000")));
            }
            ProfileAdminService admin = new ProfileAdminService();
            Inject.field(admin, "em", em);
            Inject.field(admin, "clock", Clock.fixed(T0.plusSeconds(60), ClockProducer.JAPAN));
            Inject.field(admin, "authorization", Actors.authorization(em));
            int v2 = admin.addProfileVersion("LUNSUMIO", effective, false, "scenario: 2,000 mg", drafts);
            // issue 11: a draft until another safety manager of 中外製薬 approves it
            assertEquals(List.of(), Actors.system(() -> em.createQuery("SELECT r FROM RequirementProfile r WHERE "
                    + "r.versionNo = :v AND r.status = 'APPROVED' AND r.product.key = 'LUNSUMIO'",
                    RequirementProfile.class).setParameter("v", v2).getResultList()), "not approved yet");
            assertThrows(jp.sitegate.domain.shared.ForbiddenException.class,
                    () -> admin.approve("LUNSUMIO", v2), "the drafter does not approve their own draft");
            user(em, "safety-s2", Role.SAFETY_MANAGER, Actors.company(em, Actors.CHUGAI));
            em.flush();
            Actors.caller().actAs(Actors.find(em, "safety-s2"));
            admin.approve("LUNSUMIO", v2);
        });
        Actors.signOut();
        assertEquals(List.of(), daily(Instant.parse("2026-01-13T17:00:00Z")), "v2 is not in force on the 14th");
        Instant fifteenth = Instant.parse("2026-01-14T17:00:00Z"); // 2026-01-15 02:00 JST
        StatusChange lun = daily(fifteenth).stream().filter(c -> c.getProduct().getKey().equals("LUNSUMIO"))
                .findFirst().orElseThrow();
        assertEquals("ELIGIBLE", lun.getFromStatus());
        assertEquals("NOT_ELIGIBLE", lun.getToStatus());
        assertEquals("LUN-FAC-4", lun.getFindingsChanged(), "1,600 mg is below the new 2,000 mg minimum");
        // v2 is V17's (verification CONFIRMED from 2026-12-02): the scenario's version is the third
        assertTrue(lun.getCause().contains("LUNSUMIO v3"), "the cause names the version: " + lun.getCause());
        deliverOutbox(fifteenth);
        assertToldEveryone(lun, "NOT_ELIGIBLE");
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static byte[] yamanashi() {
        try {
            return BureauListParserTestSupport.yamanashi();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FilingImportService importer(EntityManager em, Instant now) {
        return Actors.importer(em, Clock.fixed(now, ClockProducer.JAPAN));
    }

    private static jp.sitegate.domain.model.notification.NotificationRepository outbox(EntityManager em) {
        return Beans.of(jp.sitegate.domain.model.notification.NotificationRepository.class, em);
    }

    private static String lunsumioYj(EntityManager em) {
        return Beans.of(ProductCatalog.class, em).onePerProduct().stream().filter(pc -> pc.getProduct().getKey().equals("LUNSUMIO"))
                .findFirst().orElseThrow().getYjCode();
    }

    /**
     * Both haematologists of the university hospital — its only qualified physicians — leave on a day, as its
     * administrator records it.
     *
     * @return the ended employments' ids
     */
    private List<Long> bothHaematologistsLeaveOn(LocalDate lastDay) {
        Actors.actAs(db, "fadmin-s");
        List<Long> ended = new ArrayList<>();
        try {
            db.inTransaction(em -> {
                PhysicianService physicians = new PhysicianService();
                Inject.field(physicians, "em", em);
                Inject.field(physicians, "clock", Clock.fixed(T0.plusSeconds(60), ClockProducer.JAPAN));
                Inject.field(physicians, "authorization", Actors.authorization(em));
                em.createNamedQuery("Employment.ofFacility", Employment.class)
                        .setParameter("facilityId", Beans.of(EligibilityEngine.class, em).facility(UNIV).getId())
                        .getResultList().forEach(e -> {
                            physicians.endEmployment(UNIV, e.getId(), lastDay);
                            ended.add(e.getId());
                        });
            });
        } finally {
            Actors.signOut();
        }
        return ended;
    }

    /**
     * A status that stays while the requirements it misses change is announced as such — 「納入不可のまま（未充足の
     * 要件が変化）」 — not as 「納入不可 → 納入不可」.
     */
    @Test
    void aStatusThatStaysWhileItsUnmetRequirementsChangeSaysSoInTheSubject() throws Exception {
        String csv = BureauListParserTestSupport.csv("令和8年1月1日",
                BureauListParserTestSupport.row(1, "2110952", "山梨大学医学部附属病院", "救１", "令和 6年10月 1日"),
                BureauListParserTestSupport.row(2, "0112398", "山梨県立中央病院", "集５", "令和 6年10月 1日"));
        Instant newer = T0.plusSeconds(7200);
        db.inTransaction(em -> Actors.system(() -> importer(em, newer).importList("19_R8.csv",
                csv.getBytes(StandardCharsets.UTF_8), null)));
        assertEquals("NOT_ELIGIBLE", change("ABECMA", "%bureau list%").getToStatus(), "no ICU filing: blocked");
        assertEquals(2, bothHaematologistsLeaveOn(LocalDate.of(2026, 1, 19)).size());
        StatusChange abe = daily(Instant.parse("2026-01-19T17:00:00Z")).stream()
                .filter(c -> c.getProduct().getKey().equals("ABECMA")).findFirst().orElseThrow();
        assertEquals("NOT_ELIGIBLE", abe.getFromStatus());
        assertEquals("NOT_ELIGIBLE", abe.getToStatus());
        assertTrue(abe.getFindingsChanged().contains("ABE-PHY-LEAD"), abe.getFindingsChanged());
        List<String> subjects = inbox("mr-b", NotificationKind.STATUS_CHANGED).stream()
                .map(Notification::getSubject).filter(t -> t.contains("アベクマ点滴静注")).toList();
        assertEquals(1, subjects.stream().filter(t -> t.contains("アベクマ点滴静注: 納入不可のまま（未充足の要件が変化）")
                && t.contains("still Not eligible")).count(), subjects.toString());
        assertTrue(subjects.size() >= 2 && subjects.stream().noneMatch(t -> t.contains("納入不可 → 納入不可")),
                "the block itself was announced as a change: " + subjects);
    }

    /**
     * Issue 17: while one instance's dispatcher holds an outbox message (its row locked while it sends), another
     * instance's dispatcher skips it at once instead of waiting, and the message is sent exactly once.
     */
    @Test
    void aMessageAnotherDispatcherHoldsIsSkippedAtOnceAndSentOnce() throws Exception {
        long id = db.inTransactionReturning(em -> {
            WebhookSubscription w = em.createQuery("SELECT w FROM WebhookSubscription w", WebhookSubscription.class)
                    .getSingleResult();
            var m = jp.sitegate.domain.model.notification.OutboundMessage.webhook(w, "probe",
                    "{\"probe\":\"skip-locked\"}", T0);
            em.persist(m);
            em.flush();
            return m.getId();
        });
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<?> holder = other.submit(() -> db.inTransaction(em -> {
                assertTrue(outbox(em).lockForDelivery(id).isPresent(), "the first dispatcher gets the message");
                held.countDown();
                try {
                    assertTrue(release.await(30, java.util.concurrent.TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }));
            assertTrue(held.await(30, java.util.concurrent.TimeUnit.SECONDS), "the first dispatcher holds it");
            AtomicReference<jp.sitegate.domain.model.notification.DeliveryStatus> second = new AtomicReference<>(
                    jp.sitegate.domain.model.notification.DeliveryStatus.FAILED);
            db.inTransaction(em -> second.set(delivery.deliver(outbox(em), id, T0.plusSeconds(1))));
            assertEquals(null, second.get(), "the second dispatcher skips the held message");
            release.countDown();
            holder.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            release.countDown();
            other.shutdownNow();
        }
        assertEquals(0L, webhookCalls.stream().filter(c -> c.getValue().contains("skip-locked")).count());
        db.inTransaction(em -> assertEquals(jp.sitegate.domain.model.notification.DeliveryStatus.SENT,
                delivery.deliver(outbox(em), id, T0.plusSeconds(2))));
        db.inTransaction(em -> assertEquals(null, delivery.deliver(outbox(em), id, T0.plusSeconds(3)), "sent: not again"));
        assertEquals(1L, webhookCalls.stream().filter(c -> c.getValue().contains("skip-locked")).count());
    }

    private void shipLunsumio(Instant at) {
        Actors.actAs(db, "dist-s"); // a distributor of デモ卸株式会社, which has an agreement for Lunsumio
        try {
            db.inTransaction(em -> {
                Clock clock = Clock.fixed(at, ClockProducer.JAPAN);
                NotificationService notifications = new NotificationService();
                Inject.field(notifications, "em", em);
                Inject.field(notifications, "clock", clock);
                EligibilityService eligibility = new EligibilityService();
                Inject.field(eligibility, "em", em);
                Inject.field(eligibility, "clock", clock);
                Inject.field(eligibility, "authorization", Actors.authorization(em));
                Inject.field(eligibility, "notifications", notifications);
                ShipmentService shipments = new ShipmentService();
                Inject.field(shipments, "em", em);
                Inject.field(shipments, "clock", clock);
                Inject.field(shipments, "eligibility", eligibility);
                Inject.field(shipments, "authorization", Actors.authorization(em));
                Inject.field(shipments, "notifications", notifications);
                assertTrue(shipments.record(new ShipmentCommand("scenario-1", UNIV, lunsumioYj(em), 1, "PO-1"))
                        .releasedFirstDelivery());
            });
        } finally {
            Actors.signOut();
        }
    }

    /** The nightly run as {@link StatusTracker#daily()} does it, for one facility, at a moved clock. */
    private List<StatusChange> daily(Instant at) {
        AtomicReference<List<StatusChange>> out = new AtomicReference<>();
        db.inTransaction(em -> out.set(Beans.of(StatusTracker.class, em).reevaluate(Beans.of(EligibilityEngine.class, em).facility(UNIV), at,
                Beans.of(StatusTracker.class, em).dailyCause(at))));
        return out.get();
    }

    /**
     * The demo products' manufacturers' MRs confirm every declaration of the demo facility in force, having visited it
     * on {@code seenOn}.
     */
    private void confirmAll(LocalDate seenOn) {
        db.inTransaction(em -> em.createQuery("SELECT o.id FROM Organisation o WHERE o.kind = "
                + "jp.sitegate.domain.model.organisation.OrganisationKind.MANUFACTURER", Long.class).getResultList()
                .forEach(company -> confirmAll(em, company, seenOn)));
    }

    private void confirmAll(jakarta.persistence.EntityManager em, long company, LocalDate seenOn) {
        // issue 12: a finding resting on a bureau list older than 120 days is UNKNOWN; in 2030 the demo list of 2026
        // is years old, so the scenario has a Yamanashi list of the day too (its filings as the demo's)
        em.createNativeQuery("INSERT INTO filing_import (prefecture_code, list_date, file_name, sha256, rows_read, "
                + "facilities_created, facilities_updated, filings_added, filings_ended, imported_at) "
                + "SELECT '19', ?, 'scenario', REPEAT('0', 64), 0, 0, 0, 0, 0, CURRENT_TIMESTAMP WHERE NOT EXISTS "
                + "(SELECT 1 FROM filing_import WHERE prefecture_code = '19' AND list_date = ?)")
                .setParameter(1, seenOn).setParameter(2, seenOn).executeUpdate();
        // written past JPA: the reference data read by checks (issue 16) hears of it as an import would tell it
        jp.sitegate.infrastructure.audit.DataChanges.written();
        {
            Instant at = seenOn.atStartOfDay(ClockProducer.JAPAN).toInstant();
            for (jp.sitegate.domain.model.declaration.Declaration d : em.createNamedQuery(
                    "Declaration.currentOfFacility", jp.sitegate.domain.model.declaration.Declaration.class)
                    .setParameter("facilityId", Beans.of(EligibilityEngine.class, em).facility(UNIV).getId()).getResultList()) {
                em.persist(new jp.sitegate.domain.model.declaration.DeclarationConfirmation(d, company,
                        jp.sitegate.domain.model.declaration.ConfirmationDecision.CONFIRMED, "MR（scenario）", seenOn,
                        "訪問時に確認", null, at));
            }
        }
    }

    private FacilityViews.Readiness readiness(Instant at) {
        AtomicReference<FacilityViews.Readiness> out = new AtomicReference<>();
        db.inTransaction(em -> out.set(Beans.of(TocilizumabReadiness.class, em).of(Beans.of(EligibilityEngine.class, em).facility(UNIV), at)));
        return out.get();
    }

    private List<StatusChange> changes(String causeLike) {
        AtomicReference<List<StatusChange>> out = new AtomicReference<>();
        db.inTransaction(em -> out.set(em.createQuery("SELECT c FROM StatusChange c WHERE c.cause LIKE :cause "
                + "AND c.fromStatus IS NOT NULL", StatusChange.class).setParameter("cause", causeLike)
                .getResultList()));
        return out.get();
    }

    private StatusChange change(String product, String causeLike) {
        return changes(causeLike).stream().filter(c -> c.getProduct().getKey().equals(product)
                && c.getFacility().getCode().value().equals(UNIV)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + product + " change for " + causeLike));
    }

    private List<Notification> inbox(String user, NotificationKind kind) {
        AtomicReference<List<Notification>> out = new AtomicReference<>();
        db.inTransaction(em -> out.set(em.createQuery("SELECT n FROM Notification n WHERE n.recipient.username = "
                + ":u AND n.kind = :k", Notification.class).setParameter("u", user).setParameter("k", kind)
                .getResultList()));
        return out.get();
    }

    private void deliverOutbox(Instant now) {
        db.inTransaction(em -> outbox(em).due(now, 500).forEach(id -> delivery.deliver(outbox(em), id, now)));
        db.inTransaction(em -> assertEquals(0L, em.createQuery("SELECT COUNT(m) FROM OutboundMessage m WHERE "
                + "m.status <> jp.sitegate.domain.model.notification.DeliveryStatus.SENT", Long.class)
                .getSingleResult(), "every e-mail and webhook call was delivered"));
    }

    private List<String> mailTo(String address) throws MessagingException, IOException {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address))) {
                out.add(m.getSubject() + "\n" + GreenMailUtil.getBody(m));
            }
        }
        return out;
    }

    /**
     * Inbox and e-mail of the site's people and of the product's manufacturer's MR and safety manager, and a
     * verified webhook call for the distributor.
     */
    private void assertToldEveryone(StatusChange c, String to) throws Exception {
        String product = c.getProduct().getKey();
        // issue 14: the subject and the e-mail name the product and the statuses in words (ルンスミオ点滴静注: … → 要確認)
        String name = c.getProduct().getNameJa();
        String words = jp.sitegate.application.notification.NotificationCenter.ja(
                jp.sitegate.domain.model.status.StatusLevel.valueOf(to));
        List<String> people = new ArrayList<>(SITE_PEOPLE);
        people.addAll(MANUFACTURER_PEOPLE.get(product));
        assertEquals(4, people.size());
        for (String person : people) {
            List<Notification> told = inbox(person, NotificationKind.STATUS_CHANGED).stream()
                    .filter(n -> n.getSubject().contains(name) && n.getSubject().contains("→ " + words)).toList();
            assertEquals(1, told.size(), person + " has one inbox entry for " + product + " → " + to);
            assertTrue(told.get(0).getBody().contains(c.getFindingsChanged().split(",")[0]));
            List<String> mails = mailTo(person + "@test.example").stream()
                    .filter(m -> m.contains(name) && m.contains("→ " + words)).toList();
            assertEquals(1, mails.size(), person + " got one e-mail for " + product + " → " + to + ": "
                    + mailTo(person + "@test.example"));
        }
        List<Map.Entry<String, String>> calls = webhookCalls.stream()
                .filter(e -> e.getValue().contains("\"product\":\"" + product + "\"")
                        && e.getValue().contains("\"to\":\"" + to + "\""))
                .toList();
        assertEquals(1, calls.size(), "one webhook call for " + product + " → " + to + ": " + webhookCalls);
        Map.Entry<String, String> call = calls.get(0);
        assertNotNull(call.getKey(), "signed");
        assertTrue(WebhookSignature.verify(SECRET, call.getValue(), call.getKey()), "the signature verifies");
        assertFalse(WebhookSignature.verify("another-secret-0123456789", call.getValue(), call.getKey()));
        assertTrue(call.getValue().contains("\"eventId\":\"status-change-" + c.getId() + "\""), call.getValue());
        db.inTransaction(em -> {
            FacilityStatus s = em.createNamedQuery("FacilityStatus.find", FacilityStatus.class)
                    .setParameter("facilityId", c.getFacility().getId())
                    .setParameter("productId", c.getProduct().getId()).getSingleResult();
            assertEquals(to, s.getStatus().name(), "the stored status is the new one");
        });
        assertEquals(List.of(), Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                return "?";
            }
        }).filter(s -> s == null || s.isBlank()).collect(Collectors.toList()), "every e-mail has a subject");
    }
}
