package jp.sitegate.application.scale;

import jp.sitegate.domain.shared.InvalidInputException;

/**
 * What the national-scale generator makes (issue 6 "Scale data"): counts of each kind of record and the size the
 * audit trail must reach; every value is drawn from {@code seed}, so two runs with the same plan on the same
 * imported facilities and the same day write the same records.
 *
 * @param seed        seed of every random choice
 * @param facilities  how many of the stored facilities (by code, shuffled with the seed) receive the generated
 *                    physicians, briefings, lots and shipments; fewer when fewer are stored
 * @param physicians  physicians to create, each with one employment and one or two product trainings
 * @param briefings   MR briefings to record
 * @param lots        tocilizumab lots to receive, each with its receipt movement
 * @param auditEvents shipments (each with its stored decision) are generated until the audit trail holds this many
 *                    events
 */
public record ScalePlan(long seed, int facilities, int physicians, int briefings, int lots, long auditEvents) {
    /** The plan of the issue: 2,000 facilities, 50,000 physicians, 100,000 briefings, 20,000 lots, 1,000,000 events. */
    public static final ScalePlan NATIONAL = new ScalePlan(42L, 2_000, 50_000, 100_000, 20_000, 1_000_000L);

    /** Largest count accepted for any kind, and for the audit trail ten times this. */
    public static final int MAX_COUNT = 1_000_000;

    /**
     * @throws InvalidInputException naming the field when a count is negative or above the bound, or
     *                               {@code facilities} is 0 while records are asked for
     */
    public ScalePlan {
        check("facilities", facilities, MAX_COUNT);
        check("physicians", physicians, MAX_COUNT);
        check("briefings", briefings, MAX_COUNT);
        check("lots", lots, MAX_COUNT);
        check("auditEvents", auditEvents, 10L * MAX_COUNT);
        if (facilities == 0 && (physicians > 0 || briefings > 0 || lots > 0 || auditEvents > 0)) {
            throw InvalidInputException.of("facilities", "scale.facilities-least-1-when");
        }
    }

    private static void check(String field, long value, long max) {
        if (value < 0 || value > max) {
            throw InvalidInputException.of(field, "scale.count-range", field, max);
        }
    }
}
