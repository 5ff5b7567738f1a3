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
import jp.sitegate.application.UserAccountService;
import jp.sitegate.domain.model.user.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates users at start-up, never in production by itself: with {@code sitegate.demo=true} one demo user per
 * role (password {@value #DEMO_PASSWORD}); and, when {@code sitegate.bootstrap.admin.username} and
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
    @ConfigProperty(name = "sitegate.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    @ConfigProperty(name = "sitegate.bootstrap.admin.username")
    private Optional<String> adminName;

    @Inject
    @ConfigProperty(name = "sitegate.bootstrap.admin.password")
    private Optional<String> adminPassword;

    /** Creates the demo users and the first administrator as configured. */
    @PostConstruct
    void bootstrap() {
        if (demo && users.find("admin1").isEmpty()) {
            users.create("mr1", "デモ MR", DEMO_PASSWORD, EnumSet.of(Role.MR), null, "デモ製薬");
            for (String code : List.of("1912110952", "1910112398", "1910114451")) {
                users.assign("mr1", code);
            }
            users.create("dist1", "デモ 卸", DEMO_PASSWORD, EnumSet.of(Role.DISTRIBUTOR), null, "デモ卸株式会社");
            users.create("fadmin1", "デモ 医療機関管理者", DEMO_PASSWORD, EnumSet.of(Role.FACILITY_ADMIN), "1910114451",
                    "市立甲府病院");
            users.create("fadmin2", "デモ 医療機関管理者（大学病院）", DEMO_PASSWORD, EnumSet.of(Role.FACILITY_ADMIN),
                    "1912110952", "山梨大学医学部附属病院");
            users.create("safety1", "デモ 安全管理責任者", DEMO_PASSWORD, EnumSet.of(Role.SAFETY_MANAGER), null, "デモ製薬");
            users.create("admin1", "デモ システム管理者", DEMO_PASSWORD, EnumSet.of(Role.SYSTEM_ADMIN), null, null);
            for (String name : List.of("mr1", "dist1", "fadmin1", "fadmin2", "safety1", "admin1")) {
                users.changeEmail(name, name + "@demo.sitegate.example");
            }
            LOG.info("demo users mr1, dist1, fadmin1, fadmin2, safety1, admin1 created");
        }
        if (adminName.isPresent() && adminPassword.isPresent() && !users.hasSystemAdministrator()) {
            users.create(adminName.get(), adminName.get(), adminPassword.get(), EnumSet.of(Role.SYSTEM_ADMIN), null,
                    null);
            LOG.info(() -> "first system administrator " + adminName.get() + " created");
        }
    }
}
