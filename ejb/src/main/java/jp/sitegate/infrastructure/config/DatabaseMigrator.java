package jp.sitegate.infrastructure.config;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the Flyway migrations of the {@code sitegate-sql} module at start-up: schema and reference data
 * ({@code db/migration}), plus demo data ({@code db/demo}) when {@code sitegate.demo=true}.
 */
@Singleton(name = "DatabaseMigrator")
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {
    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:app/jdbc/sitegate")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "sitegate.demo", defaultValue = "false")
    private boolean demo;

    /** Runs the migrations; a failure stops the deployment. */
    @PostConstruct
    void migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demo) {
            locations.add("classpath:db/demo");
        }
        MigrateResult result = Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                // demo data are numbered from V1000 so they stay last; a schema migration added later (V7, …) is
                // still applied to a database that already holds them
                .outOfOrder(true)
                .load()
                .migrate();
        LOG.info(() -> "SiteGate database at schema version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied, demo data " + (demo ? "on" : "off") + ")");
    }
}
