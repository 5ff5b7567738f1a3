package jp.sitegate.infrastructure.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jp.sitegate.application.status.StatusTracker;

/**
 * At start-up, after the migrations (the demo data among them), gives every facility with recorded facts a stored
 * status ({@link StatusTracker#backfill()}, issue 14): the MR's status filter reads {@code facility_status}.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "UserBootstrap"})
public class StatusBackfill {
    @Inject
    private StatusTracker tracker;

    @Inject
    private jp.sitegate.domain.model.status.ScheduledRunRepository runs;

    /**
     * Under the cluster-wide start-up lock (issue 17): of two instances starting at once, the second finds the
     * statuses the first recorded and evaluates nothing again.
     */
    @PostConstruct
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRED)
    void backfill() {
        runs.serialise("startup-backfill", jp.sitegate.infrastructure.cluster.DataGrid.instanceName(),
                java.time.Instant.now());
        tracker.backfill();
    }
}
