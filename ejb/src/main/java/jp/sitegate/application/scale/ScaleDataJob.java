package jp.sitegate.application.scale;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.ConflictException;
import jp.sitegate.domain.shared.NotFoundException;
import jp.sitegate.infrastructure.audit.AuditContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the national-scale generator (issue 6 "Scale data") in the background, one run at a time, and keeps its
 * progress. Off unless {@code sitegate.scale-data.enabled=true} (the demo and test servers set it): the
 * generator writes invented physicians, briefings, lots and shipments and must never reach a production database.
 * Generated records are audited under the name of the administrator who started the run.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ScaleDataJob {
    private static final Logger LOG = Logger.getLogger(ScaleDataJob.class.getName());

    private final AtomicReference<ScaleProgress> progress = new AtomicReference<>(ScaleProgress.IDLE);

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private ScaleDataGenerator generator;

    @Inject
    private Clock clock;

    @Inject
    private Authorization authorization;

    @Inject
    @ConfigProperty(name = "sitegate.scale-data.enabled", defaultValue = "false")
    private boolean enabled;

    /**
     * Who runs the generator: a system administrator (issue 6). Callers that parse input before {@link #start}
     * call this first, so a caller without the right gets 403 whatever the input.
     *
     * @return the administrator's user name ({@code "system"} for system work)
     * @throws jp.sitegate.domain.shared.ForbiddenException otherwise
     */
    public String requireAdministrator() {
        AuthenticatedUser u = authorization.anyRole(Role.SYSTEM_ADMIN);
        return u == null ? "system" : u.username();
    }

    /**
     * Starts a run; the signed-in administrator is the audit trail's user of every generated record.
     *
     * @param plan what to generate (validated by {@link ScalePlan})
     * @return the progress at the start ({@code RUNNING})
     * @throws NotFoundException when the generator is off in this installation
     * @throws ConflictException when a run is under way, or records of the plan's seed are already stored
     * @throws jp.sitegate.domain.shared.ForbiddenException unless a system administrator
     */
    public ScaleProgress start(ScalePlan plan) {
        String username = requireAdministrator();
        requireEnabled();
        ScaleRun.requireFresh(plan, generator);
        ScaleRun run = new ScaleRun(plan, generator, progress::set, clock);
        ScaleProgress current = progress.get();
        ScaleProgress starting = run.starting();
        if ("RUNNING".equals(current.state()) || !progress.compareAndSet(current, starting)) {
            throw ConflictException.of("scale-data", "scale.generation-run-under-way");
        }
        executor.execute(() -> {
            AuditContext.set(username);
            try {
                ScaleProgress end = run.run();
                LOG.info(() -> "scale data generated: " + end);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "scale data generation failed", e);
                progress.set(run.failed(e.getMessage() == null ? e.getClass().getName() : e.getMessage()));
            } finally {
                AuditContext.set(null);
            }
        });
        return starting;
    }

    /**
     * @return where the current or last run stands ({@code IDLE} when none ran since the server started)
     * @throws NotFoundException when the generator is off in this installation
     * @throws jp.sitegate.domain.shared.ForbiddenException unless a system administrator
     */
    public ScaleProgress progress() {
        requireAdministrator();
        requireEnabled();
        return progress.get();
    }

    private void requireEnabled() {
        if (!enabled) {
            throw NotFoundException.of("scale-data", "scale.scale-data-generator-off");
        }
    }
}
