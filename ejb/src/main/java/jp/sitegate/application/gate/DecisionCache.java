package jp.sitegate.application.gate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import jp.sitegate.application.view.DecisionDocument;
import jp.sitegate.infrastructure.audit.DataChanges;

/**
 * Answers repeated eligibility checks "now" without evaluating again (issue 6: a distributor's system asks many
 * times a second). Safety comes first:
 * <ul>
 * <li>only {@code GET} checks for the present moment are cached; a shipment always evaluates afresh and stores the
 * decision it acted on (LUN-DST-1), and a check as of a past moment is never cached;</li>
 * <li>a write makes stale the decisions that read what it changed (issue 16): a write of a facility's data those of
 * that facility and of the facilities naming it as a partner, a write of a product, a profile or a physician every
 * decision, a write no decision reads none ({@link DataChanges}); the audit listener, which sees each insert,
 * update and delete, moves the counters when it writes and again after the transaction completes, and a decision
 * evaluated while any facility's data changed is not kept, so a check that read data while a change was committing
 * is never answered again;</li>
 * <li>an entry belongs to one day in Japan time (lots expire, employment ends and profile versions start by
 * day) and lives at most {@value #TTL_SECONDS} seconds, which also bounds changes made outside the application.</li>
 * </ul>
 * The answer is the decision as computed: its {@code decidedAt} says when. One cache per server; with several
 * servers each keeps its own and a change on one reaches the others only through the TTL (issue 17).
 */
public final class DecisionCache {
    /** Longest life of an entry. */
    public static final int TTL_SECONDS = 60;
    /** Largest number of entries; the cache is emptied when full. */
    public static final int MAX_ENTRIES = 50_000;
    private static final long TTL_NANOS = Duration.ofSeconds(TTL_SECONDS).toNanos();
    private static final Map<String, Entry> ENTRIES = new ConcurrentHashMap<>();
    private static final LongAdder HITS = new LongAdder();
    private static final LongAdder MISSES = new LongAdder();
    private static volatile LongSupplier nanoTime = System::nanoTime;

    /** What an evaluation may be kept under: the counters read before it started ({@link #before()}). */
    public record Before(long global, long any) {
    }

    private record Entry(DecisionDocument document, long global, int[] stripes, long[] generations, LocalDate day,
            long expiresAt) {
        boolean current(LocalDate today, long now) {
            return global == DataChanges.generation() && day.equals(today) && now - expiresAt <= 0
                    && Arrays.equals(generations, DataChanges.facilities(stripes));
        }
    }

    private DecisionCache() {
    }

    /** @return the counters of domain data now; read them before evaluating and pass them to {@link #put} */
    public static Before before() {
        return new Before(DataChanges.generation(), DataChanges.any());
    }

    /**
     * @param facilityCode normalised 10-digit code
     * @param yjCode       normalised YJ code
     * @param day          today in Japan time
     * @return the decision cached for today, or {@code null}
     */
    public static DecisionDocument get(String facilityCode, String yjCode, LocalDate day) {
        Entry e = ENTRIES.get(facilityCode + "|" + yjCode);
        if (e == null || !e.current(day, nanoTime.getAsLong())) {
            MISSES.increment();
            return null;
        }
        HITS.increment();
        return e.document();
    }

    /**
     * Keeps a decision unless domain data of any facility, or of every facility, was written since {@code before}.
     *
     * @param facilityCode normalised code
     * @param yjCode       normalised YJ code
     * @param day          the day it was evaluated for
     * @param before       {@link #before()} read before the evaluation started
     * @param read         the codes of the facilities whose data the decision read: the facility and its partners
     * @param document     the decision
     */
    public static void put(String facilityCode, String yjCode, LocalDate day, Before before,
            Collection<String> read, DecisionDocument document) {
        int[] stripes = DataChanges.stripes(read);
        long[] generations = DataChanges.facilities(stripes);
        if (!before.equals(before())) {
            return;
        }
        if (ENTRIES.size() >= MAX_ENTRIES) {
            ENTRIES.clear();
        }
        ENTRIES.put(facilityCode + "|" + yjCode, new Entry(document, before.global(), stripes, generations, day,
                nanoTime.getAsLong() + TTL_NANOS));
    }

    /** @return checks answered from the cache since the server started */
    public static long hits() {
        return HITS.sum();
    }

    /** @return checks evaluated because no current entry was cached, since the server started */
    public static long misses() {
        return MISSES.sum();
    }

    /** @return entries held now (current or stale) */
    public static int size() {
        return ENTRIES.size();
    }

    /** Empties the cache (tests start from a fresh database). */
    static void clear() {
        ENTRIES.clear();
    }

    /** @param source monotonic nanosecond time (tests move it); {@code null} restores the system's */
    static void useNanoTime(LongSupplier source) {
        nanoTime = source == null ? System::nanoTime : source;
    }
}
