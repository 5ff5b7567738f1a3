package jp.sitegate.application.admin;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.sitegate.application.Caller;

/**
 * Signs a checkpoint of the audit chain every hour (issue 15): verifies from the newest signed checkpoint to the
 * head and signs the head ({@link AuditService#verify()}). A broken chain is logged at SEVERE for the operator and
 * nothing is signed. Without {@code sitegate.audit.key} it only verifies. Two servers signing the same head write
 * one checkpoint.
 */
@Singleton
public class AuditCheckpoints {
    private static final Logger LOG = Logger.getLogger(AuditCheckpoints.class.getName());

    @Inject
    private AuditService audit;

    @Inject
    private Caller caller;

    /** Hourly, at minute 17. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    public void sign() {
        AuditService.Verification v = caller.asSystem(audit::verify);
        if (!v.intact()) {
            LOG.log(Level.SEVERE, "audit chain broken at event " + v.firstBrokenId() + ": " + v.reason());
        } else if (v.signedCheckpoint() != null) {
            LOG.info("audit checkpoint signed at event " + v.signedCheckpoint() + " (" + v.eventsChecked()
                    + " events verified since the previous one)");
        }
    }
}
