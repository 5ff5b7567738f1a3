package jp.sitegate.application.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.status.StatusChange;

/**
 * A domain event (issue 13): facts that a requirement profile reads changed at a facility — a declaration, a
 * confirmation, a physician or employment, a partnership, a briefing, a stock movement, a bureau list, a supply
 * suspension, a profile version. Every write path fires it (CDI {@code Event}); {@link StatusTracker#onFactsChanged}
 * observes it synchronously, in the writer's transaction, and re-evaluates the facility's statuses (issue 5), so a
 * new write path cannot forget the re-evaluation.
 *
 * @param facility the facility whose facts changed (managed in the writer's persistence context)
 * @param at       the moment of the change
 * @param cause    what changed, for the status history (e.g. "tocilizumab USED 2 vial(s), lot X")
 * @param changes  filled by the observer: the status changes recorded
 */
public record FactsChanged(Facility facility, Instant at, String cause, List<StatusChange> changes) {
    /**
     * @param facility the facility
     * @param at       the moment
     * @param cause    what changed
     */
    public FactsChanged(Facility facility, Instant at, String cause) {
        this(facility, at, cause, new ArrayList<>());
    }

    /**
     * A cause as the status history stores it (issue 14): {@code 日本語 / English}, so each page shows its language.
     *
     * @param key  a {@code cause.*} key of the domain messages
     * @param args its arguments ({@link jp.sitegate.domain.shared.Reason} arguments are put in each language)
     * @return e.g. 事前説明 2025-10-01（デモ MR） / briefing 2025-10-01 by デモ MR
     */
    public static String cause(String key, Object... args) {
        return jp.sitegate.domain.shared.Reason.of(key, args).joined();
    }
}
