package jp.sitegate.testsupport;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.Caller;
import jp.sitegate.application.admin.UserAccountService;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.domain.model.facility.MedicalInstitutionCode;
import jp.sitegate.domain.model.organisation.MrAssignment;
import jp.sitegate.domain.model.organisation.Organisation;
import jp.sitegate.domain.model.organisation.OrganisationKind;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.model.user.UserAccount;

/**
 * Who calls the application services in Java SE tests (issue 10): the {@link Caller} (its user lives in a
 * thread-local, so every instance sees the same), an {@link Authorization} over a test's entity manager, and users
 * in the organisations of the migrations — made directly as entities, with a hash nobody can log in with, so tests
 * need no slow PBKDF2 and no system administrator to create them.
 */
public final class Actors {
    /** A password hash that matches no password. */
    public static final String NO_LOGIN = "not-a-login";
    /** Chugai (中外製薬), the manufacturer of Lunsumio (V8). */
    public static final String CHUGAI = "中外製薬株式会社";
    /** Bristol-Myers Squibb, the manufacturer of Abecma (V8). */
    public static final String BMS = "ブリストル・マイヤーズ スクイブ株式会社";
    /** Amgen, the manufacturer of Imdelltra (V8). */
    public static final String AMGEN = "アムジェン株式会社";
    /** The first demo distributor: agreements for every product of the three manufacturers (V1001). */
    public static final String DEMO_WHOLESALE = "デモ卸株式会社";
    /** The second demo distributor: Lunsumio only (V1001). */
    public static final String SAMPLE_YAKUHIN = "サンプル薬品株式会社";
    /** The operator (V8). */
    public static final String OPERATOR = "SiteGate 運営事務局";
    /** Demo facilities. */
    public static final String KOFU = "1910114451";
    /** Demo facilities. */
    public static final String UNIV = "1912110952";
    /** Demo facilities. */
    public static final String CENTRAL = "1910112398";

    private static final Caller CALLER = new Caller();

    private Actors() {
    }

    /** @return the caller (thread-local: set it on the thread that calls the services) */
    public static Caller caller() {
        return CALLER;
    }

    /**
     * Runs work as the system (start-up, timers), which every authorization rule lets through.
     *
     * @param work the work
     * @param <T>  its result
     * @return the work's result
     */
    public static <T> T system(java.util.function.Supplier<T> work) {
        return CALLER.asSystem(work);
    }

    /**
     * @param em    entity manager of the test's transaction
     * @param clock the clock
     * @return a bureau-list importer over them, authorising with {@link #caller()}
     */
    public static jp.sitegate.application.importing.FilingImportService importer(EntityManager em, java.time.Clock clock) {
        jp.sitegate.application.importing.FilingImportService s = new jp.sitegate.application.importing.FilingImportService();
        Inject.field(s, "em", em);
        Inject.field(s, "clock", clock);
        return Inject.field(s, "authorization", authorization(em));
    }

    /**
     * Wires a service as the container would for a test (issue 13): the test's entity manager (and with it the
     * repositories, {@link Beans}), a clock fixed at {@code now} in Japan time, and an authorization reading
     * {@link #caller()}.
     *
     * @param service a new service
     * @param em      entity manager of the test's transaction
     * @param now     the moment the clock shows
     * @param <T>     its type
     * @return the service
     */
    public static <T> T service(T service, EntityManager em, java.time.Instant now) {
        Inject.field(service, "em", em);
        Inject.ifDeclared(service, "clock", java.time.Clock.fixed(now,
                jp.sitegate.infrastructure.config.ClockProducer.JAPAN));
        return Inject.field(service, "authorization", authorization(em));
    }

    /**
     * @param em entity manager of the test's transaction
     * @return an authorization reading that entity manager and {@link #caller()}
     */
    public static Authorization authorization(EntityManager em) {
        return Inject.field(Inject.field(new Authorization(), "em", em), "caller", CALLER);
    }

    /**
     * @param em     entity manager
     * @param nameJa a company's Japanese name (not a facility's)
     * @return that organisation
     */
    public static Organisation company(EntityManager em, String nameJa) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.nameJa = :n AND o.kind <> :f", Organisation.class)
                .setParameter("n", nameJa).setParameter("f", OrganisationKind.FACILITY).getSingleResult();
    }

    /**
     * @param em           entity manager
     * @param facilityCode a facility's code
     * @return the facility's organisation
     */
    public static Organisation ofFacility(EntityManager em, String facilityCode) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.facility.code = :c", Organisation.class)
                .setParameter("c", MedicalInstitutionCode.of(facilityCode)).getSingleResult();
    }

    /**
     * Persists a user in an organisation.
     *
     * @param em           entity manager (in a transaction)
     * @param username     login name
     * @param organisation the organisation
     * @param now          creation moment
     * @param roles        roles (allowed for the organisation's kind)
     * @return the user
     */
    public static UserAccount user(EntityManager em, String username, Organisation organisation, Instant now,
            Role... roles) {
        UserAccount u = new UserAccount(username, username, NO_LOGIN, EnumSet.copyOf(List.of(roles)), organisation,
                now);
        em.persist(u);
        em.flush();
        return u;
    }

    /**
     * Assigns a facility to an MR.
     *
     * @param em           entity manager (in a transaction)
     * @param mr           the MR
     * @param facilityCode the facility
     * @param now          when
     */
    public static void assign(EntityManager em, UserAccount mr, String facilityCode, Instant now) {
        em.persist(new MrAssignment(mr.getId(), ofFacility(em, facilityCode).getFacility().getId(), now));
        em.flush();
    }

    /**
     * The demo users as {@code UserBootstrap} makes them (same names, organisations, roles and MR assignments),
     * without passwords.
     *
     * @param db  the database (with demo data)
     * @param now creation moment
     */
    public static void demoUsers(H2Database db, Instant now) {
        db.inTransaction(em -> {
            UserAccount mr1 = user(em, "mr1", company(em, CHUGAI), now, Role.MR);
            user(em, "safety1", company(em, CHUGAI), now, Role.SAFETY_MANAGER);
            UserAccount mr2 = user(em, "mr2", company(em, BMS), now, Role.MR);
            user(em, "safety2", company(em, BMS), now, Role.SAFETY_MANAGER);
            UserAccount mr3 = user(em, "mr3", company(em, AMGEN), now, Role.MR);
            user(em, "safety3", company(em, AMGEN), now, Role.SAFETY_MANAGER);
            user(em, "dist1", company(em, DEMO_WHOLESALE), now, Role.DISTRIBUTOR);
            user(em, "dist2", company(em, SAMPLE_YAKUHIN), now, Role.DISTRIBUTOR);
            user(em, "fadmin1", ofFacility(em, KOFU), now, Role.FACILITY_ADMIN);
            user(em, "fadmin2", ofFacility(em, UNIV), now, Role.FACILITY_ADMIN);
            user(em, "admin1", company(em, OPERATOR), now, Role.SYSTEM_ADMIN);
            for (String code : List.of(UNIV, CENTRAL, KOFU)) {
                assign(em, mr1, code, now);
            }
            assign(em, mr2, UNIV, now);
            assign(em, mr3, UNIV, now);
        });
    }

    /**
     * @param em       entity manager
     * @param username a user
     * @return the user as the web layer authenticates them (organisation, facility, assignments)
     */
    public static AuthenticatedUser find(EntityManager em, String username) {
        return Inject.field(new UserAccountService(), "em", em).find(username)
                .orElseThrow(() -> new IllegalStateException("no user " + username));
    }

    /**
     * @param db       the database
     * @param username a user
     * @return the user as the web layer authenticates them
     */
    public static AuthenticatedUser find(H2Database db, String username) {
        AtomicReference<AuthenticatedUser> out = new AtomicReference<>();
        db.inTransaction(em -> out.set(find(em, username)));
        return out.get();
    }

    /**
     * Signs a user in on the current thread.
     *
     * @param db       the database
     * @param username a user
     * @return the user
     */
    public static AuthenticatedUser actAs(H2Database db, String username) {
        AuthenticatedUser u = find(db, username);
        CALLER.actAs(u);
        return u;
    }

    /** Signs out on the current thread (call after each test). */
    public static void signOut() {
        CALLER.clear();
    }
}
