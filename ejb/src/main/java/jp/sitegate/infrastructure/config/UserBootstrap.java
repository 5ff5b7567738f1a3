package jp.sitegate.infrastructure.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jp.sitegate.application.Caller;
import jp.sitegate.application.admin.UserAccountService;
import jp.sitegate.domain.model.user.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates users at start-up, never in production by itself: with {@code sitegate.demo=true} the demo users of
 * the demo organisations (password {@value #DEMO_PASSWORD}); and, when {@code sitegate.bootstrap.admin.username} and
 * {@code .password} are set and no system administrator exists yet, the first system administrator.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
public class UserBootstrap {
    /** The demo users' password (README). */
    public static final String DEMO_PASSWORD = "sitegate-demo";
    private static final Logger LOG = Logger.getLogger(UserBootstrap.class.getName());

    @Inject
    private UserAccountService users;

    @Inject
    private Caller caller;

    @Inject
    private jp.sitegate.domain.model.status.ScheduledRunRepository runs;

    @jakarta.persistence.PersistenceContext(unitName = "sitegate")
    private jakarta.persistence.EntityManager em;

    @Inject
    @ConfigProperty(name = "sitegate.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    @ConfigProperty(name = "sitegate.bootstrap.admin.username")
    private Optional<String> adminName;

    @Inject
    @ConfigProperty(name = "sitegate.bootstrap.admin.password")
    private Optional<String> adminPassword;

    /** Creates the demo users and the first administrator as configured, as the system. */
    @PostConstruct
    void bootstrap() {
        caller.asSystem(() -> {
            // issue 17: the instances of a cluster start at once; one creates the users, the other then finds them
            runs.serialise("startup-users", jp.sitegate.infrastructure.cluster.DataGrid.instanceName(),
                    java.time.Instant.now());
            if (demo && users.find("admin1").isEmpty()) {
                demoUsers();
            }
            if (demo && users.find(SECOND_SAFETY_MANAGER).isEmpty()) {
                // issue 11: a profile draft needs a second safety manager of the manufacturer to approve it
                users.create(SECOND_SAFETY_MANAGER, "デモ 安全管理責任者2（中外製薬）", DEMO_PASSWORD,
                        EnumSet.of(Role.SAFETY_MANAGER), organisation("中外製薬株式会社"), null);
                users.changeEmail(SECOND_SAFETY_MANAGER, SECOND_SAFETY_MANAGER + "@demo.sitegate.example");
            }
            if (adminName.isPresent() && adminPassword.isPresent() && !users.hasSystemAdministrator()) {
                users.create(adminName.get(), adminName.get(), adminPassword.get(), EnumSet.of(Role.SYSTEM_ADMIN),
                        organisation("SiteGate 運営事務局"), null);
                LOG.info(() -> "first system administrator " + adminName.get() + " created");
            }
            return null;
        });
    }

    /** The demo users (README), in the organisations of V8 and the demo migration V1001 (issue 10). */
    private void demoUsers() {
        long chugai = organisation("中外製薬株式会社");
        long bms = organisation("ブリストル・マイヤーズ スクイブ株式会社");
        long amgen = organisation("アムジェン株式会社");
        users.create("mr1", "デモ MR（中外製薬）", DEMO_PASSWORD, EnumSet.of(Role.MR), chugai, null);
        users.create("safety1", "デモ 安全管理責任者（中外製薬）", DEMO_PASSWORD, EnumSet.of(Role.SAFETY_MANAGER), chugai, null);
        users.create("mr2", "デモ MR（BMS）", DEMO_PASSWORD, EnumSet.of(Role.MR), bms, null);
        users.create("safety2", "デモ 安全管理責任者（BMS）", DEMO_PASSWORD, EnumSet.of(Role.SAFETY_MANAGER), bms, null);
        users.create("mr3", "デモ MR（アムジェン）", DEMO_PASSWORD, EnumSet.of(Role.MR), amgen, null);
        users.create("safety3", "デモ 安全管理責任者（アムジェン）", DEMO_PASSWORD, EnumSet.of(Role.SAFETY_MANAGER), amgen,
                null);
        users.create("dist1", "デモ 卸", DEMO_PASSWORD, EnumSet.of(Role.DISTRIBUTOR), organisation("デモ卸株式会社"),
                null);
        users.create("dist2", "デモ 卸（サンプル薬品）", DEMO_PASSWORD, EnumSet.of(Role.DISTRIBUTOR),
                organisation("サンプル薬品株式会社"), null);
        users.create("fadmin1", "デモ 医療機関管理者", DEMO_PASSWORD, EnumSet.of(Role.FACILITY_ADMIN), null,
                "1910114451");
        users.create("fadmin2", "デモ 医療機関管理者（大学病院）", DEMO_PASSWORD, EnumSet.of(Role.FACILITY_ADMIN), null,
                "1912110952");
        // issue 11: 山梨県立中央病院's administrator, whose declarations await the manufacturers' confirmation
        users.create("fadmin3", "デモ 医療機関管理者（県立中央病院）", DEMO_PASSWORD, EnumSet.of(Role.FACILITY_ADMIN), null,
                "1910112398");
        users.create("admin1", "デモ システム管理者", DEMO_PASSWORD, EnumSet.of(Role.SYSTEM_ADMIN),
                organisation("SiteGate 運営事務局"), null);
        for (String code : List.of("1912110952", "1910112398", "1910114451")) {
            users.assign("mr1", code);
        }
        users.assign("mr2", "1912110952");
        users.assign("mr3", "1912110952");
        for (String name : DEMO_USERS) {
            users.changeEmail(name, name + "@demo.sitegate.example");
        }
        LOG.info(() -> "demo users " + DEMO_USERS + " created");
    }

    /** 中外製薬's second safety manager, who approves safety1's profile drafts (issue 11). */
    public static final String SECOND_SAFETY_MANAGER = "safety1b";

    /** The demo users' names. */
    public static final List<String> DEMO_USERS = List.of("mr1", "safety1", "mr2", "safety2", "mr3", "safety3",
            "dist1", "dist2", "fadmin1", "fadmin2", "fadmin3", "admin1");

    private long organisation(String nameJa) {
        return em.createQuery("SELECT o.id FROM Organisation o WHERE o.nameJa = :n AND o.kind <> :f", Long.class)
                .setParameter("n", nameJa).setParameter("f",
                        jp.sitegate.domain.model.organisation.OrganisationKind.FACILITY)
                .getResultStream().findFirst().orElseThrow(() -> new IllegalStateException(
                        "organisation " + nameJa + " missing: the demo migrations did not run"));
    }
}
