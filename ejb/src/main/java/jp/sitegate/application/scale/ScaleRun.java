package jp.sitegate.application.scale;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jp.sitegate.domain.shared.ConflictException;

/**
 * Drives one national-scale generation (issue 6 "Scale data"): picks the facilities, then writes declarations,
 * physicians, briefings and lots in chunks of {@value #CHUNK}, then shipment orders until the audit trail holds
 * the plan's number of events. Each chunk is one transaction of the given {@link ScaleSteps}; progress is
 * reported after every chunk.
 */
public final class ScaleRun {
    /** Records per transaction. */
    public static final int CHUNK = 500;
    /** Facility codes shown in the progress. */
    public static final int SAMPLE = 50;

    private final ScalePlan plan;
    private final ScaleSteps steps;
    private final Consumer<ScaleProgress> progress;
    private final Clock clock;
    private final Map<ScaleKind, Long> created = new EnumMap<>(ScaleKind.class);
    private final Instant started;
    private long events;
    private String phase = "facilities";
    private List<String> sample = List.of();

    /**
     * @param plan     what to generate
     * @param steps    the transactions
     * @param progress told after every chunk and at the end
     * @param clock    for the elapsed time
     */
    public ScaleRun(ScalePlan plan, ScaleSteps steps, Consumer<ScaleProgress> progress, Clock clock) {
        this.plan = plan;
        this.steps = steps;
        this.progress = progress;
        this.clock = clock;
        this.started = clock.instant();
    }

    /** @return the progress of a run about to start ({@code RUNNING}, nothing written yet) */
    public ScaleProgress starting() {
        return snapshot("RUNNING", "facilities", 0, 1, null);
    }

    /**
     * Runs the plan to its end.
     *
     * @return the final progress ({@code DONE})
     * @throws ConflictException when records of this seed are already stored
     * @throws RuntimeException  from a chunk; chunks committed before it stay
     */
    public ScaleProgress run() {
        report("facilities", 0, 1);
        requireFresh(plan, steps);
        List<Long> facilities = steps.facilities(plan);
        sample = steps.codes(facilities, SAMPLE);
        events = steps.auditEvents();
        if (!facilities.isEmpty()) {
            chunks("declarations", facilities.size(), (from, to) -> steps.declarations(plan, facilities, from, to));
            chunks("physicians", plan.physicians(), (from, to) -> steps.physicians(plan, facilities, from, to));
            chunks("briefings", plan.briefings(), (from, to) -> steps.briefings(plan, facilities, from, to));
            chunks("lots", plan.lots(), (from, to) -> steps.lots(plan, facilities, from, to));
            int order = 0;
            while (events < plan.auditEvents()) {
                long estimate = order + (plan.auditEvents() - events) * 2 / 3 + 1;
                report("shipments", order, estimate);
                add(steps.shipments(plan, facilities, order, order + CHUNK));
                order += CHUNK;
            }
            report("shipments", order, order);
        }
        events = steps.auditEvents();
        ScaleProgress end = snapshot("DONE", "shipments", created.getOrDefault(ScaleKind.DECISIONS, 0L),
                created.getOrDefault(ScaleKind.DECISIONS, 0L), null);
        progress.accept(end);
        return end;
    }

    /**
     * @param plan  the plan
     * @param steps the transactions
     * @throws ConflictException (field {@code seed}) when records of the plan's seed are already stored
     */
    public static void requireFresh(ScalePlan plan, ScaleSteps steps) {
        if (steps.alreadyGenerated(plan)) {
            throw ConflictException.of("seed", "scale.data-seed-already-stored", plan.seed());
        }
    }

    /**
     * @param error what went wrong
     * @return the progress of a failed run, at the phase it stopped in (what was committed is counted)
     */
    public ScaleProgress failed(String error) {
        return snapshot("FAILED", phase, 0, 0, error);
    }

    private interface Chunk {
        Map<ScaleKind, Integer> write(int from, int to);
    }

    private void chunks(String phase, int total, Chunk chunk) {
        for (int from = 0; from < total; from += CHUNK) {
            report(phase, from, total);
            add(chunk.write(from, Math.min(total, from + CHUNK)));
        }
        report(phase, total, total);
    }

    private void add(Map<ScaleKind, Integer> made) {
        made.forEach((k, n) -> {
            created.merge(k, (long) n, Long::sum);
            events += n;
        });
    }

    private void report(String at, long done, long total) {
        phase = at;
        progress.accept(snapshot("RUNNING", at, done, total, null));
    }

    private ScaleProgress snapshot(String state, String phase, long done, long total, String error) {
        Map<String, Long> counts = new LinkedHashMap<>();
        created.forEach((k, n) -> counts.put(k.name(), n));
        Instant now = clock.instant();
        return new ScaleProgress(state, phase, done, total, events, plan.auditEvents(), counts, sample, plan,
                started.toString(), (now.toEpochMilli() - started.toEpochMilli()) / 1000.0, error);
    }
}
