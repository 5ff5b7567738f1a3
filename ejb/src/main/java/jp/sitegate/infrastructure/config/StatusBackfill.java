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

    @PostConstruct
    void backfill() {
        tracker.backfill();
    }
}
