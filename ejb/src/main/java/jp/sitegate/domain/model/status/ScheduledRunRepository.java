package jp.sitegate.domain.model.status;

import java.time.Instant;
import java.util.Optional;

/**
 * Claims of scheduled runs (issue 17, V23 {@code scheduled_run}): each run of a slot — the nightly re-evaluation of a
 * Japan day — is done by the one instance of the cluster that claims it (JPA adapter
 * {@code infrastructure.persistence.JpaScheduledRunRepository}).
 */
public interface ScheduledRunRepository {

    /**
     * Claims a run in the caller's transaction: inserts the slot's row, or takes over a claim that never finished and
     * is older than {@code staleBefore}. Two instances claiming at once: one gets it (the row's primary key).
     *
     * @param name        the run (e.g. {@code daily-reevaluation})
     * @param slot        its slot (e.g. the Japan date {@code 2026-12-04})
     * @param instance    who claims it (the Payara instance's name)
     * @param now         the moment
     * @param staleBefore an unfinished claim made before this moment may be taken over
     * @return true when the caller now holds the claim and must do the run
     */
    boolean claim(String name, String slot, String instance, Instant now, Instant staleBefore);

    /**
     * @param name     the run
     * @param slot     its slot
     * @param instance who did it (the claim's holder)
     * @param now      the moment it finished
     * @param summary  what it did (at most 500 characters)
     */
    void finish(String name, String slot, String instance, Instant now, String summary);

    /**
     * Holds, until the caller's transaction ends, the cluster-wide lock of that name (a row lock on
     * {@code scheduled_run}): another instance asking for it waits until then. Start-up work that two instances
     * starting at once would otherwise do twice, or deadlock on, runs under it and finds the other's work done.
     *
     * @param name the lock (e.g. {@code startup-users})
     * @param instance who takes it (the Payara instance's name)
     * @param now  the moment
     */
    void serialise(String name, String instance, Instant now);

    /**
     * @param name the run
     * @param slot its slot
     * @return who holds or held the slot's claim, when it finished, and what it did; empty when never claimed
     */
    Optional<Claim> find(String name, String slot);

    /**
     * A slot's claim.
     *
     * @param claimedBy  the instance that holds it
     * @param claimedAt  when it was claimed
     * @param finishedAt when the run finished, or {@code null} while it runs (or its instance died)
     * @param summary    what the run did, or {@code null}
     */
    record Claim(String claimedBy, Instant claimedAt, Instant finishedAt, String summary) {
    }
}
