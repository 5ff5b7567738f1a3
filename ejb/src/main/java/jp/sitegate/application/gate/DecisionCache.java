package jp.sitegate.application.gate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import jp.sitegate.application.view.DecisionDocument;
import jp.sitegate.infrastructure.audit.DataChanges;

/**
 * Answers repeated eligibility checks "now" without evaluating again (issue 6: a distributor's system asks many
 * times a second). Safety comes first:
 * <ul>
 * <li>only {@code GET} checks for the present moment are cached; a shipment always evaluates afresh and stores the
 * decision it acted on (LUN-DST-1), and a check as of a past moment is never cached;</li>
 * <li>every write of domain data, anywhere, makes every cached decision stale: the audit listener, which sees each
 * insert, update and delete, moves {@link DataChanges} when it writes and again after the transaction completes,
 * so a check that read data while a change was committing is not kept;</li>
 * <li>an entry belongs to one day in Japan time (lots expire, employment ends and profile versions start by
 * day) and lives at most {@value #TTL_SECONDS} seconds, which also bounds changes made outside the application.</li>
 * </ul>
 * The answer is the decision as computed: its {@code decidedAt} says when. One cache per server; with several
 * servers each keeps its own and a change on one reaches the others only through the TTL.
 */
public final class DecisionCache {
    /** Longest life of an entry. */
    public static final int TTL_SECONDS = 60;
    /** Largest number of entries; the cache is emptied when full. */
    public static final int MAX_ENTRIES = 50_000;
    private static final long TTL_NANOS = Duration.ofSeconds(TTL_SECONDS).toNanos();
    private static final Map<String, Entry> ENTRIES = new ConcurrentHashMap<>();
    private static volatile LongSupplier nanoTime = System::nanoTime;

    private record Entry(DecisionDocument document, long generation, LocalDate day, long expiresAt) {
    }

    private DecisionCache() {
    }

    /** @return the current generation of domain data; read it before evaluating and pass it to {@link #put} */
    public static long generation() {
        return DataChanges.generation();
    }

    /**
     * @param facilityCode normalised 10-digit code
     * @param yjCode       normalised YJ code
     * @param day          today in Japan time
     * @return the decision cached for today, or {@code null}
     */
    public static DecisionDocument get(String facilityCode, String yjCode, LocalDate day) {
        Entry e = ENTRIES.get(facilityCode + "|" + yjCode);
        if (e == null || e.generation() != DataChanges.generation() || !e.day().equals(day)
                || nanoTime.getAsLong() - e.expiresAt() > 0) {
            return null;
        }
        return e.document();
    }

    /**
     * Keeps a decision unless a write happened since {@code generationBefore}.
     *
     * @param facilityCode     normalised code
     * @param yjCode           normalised YJ code
     * @param day              the day it was evaluated for
     * @param generationBefore {@link #generation()} read before the evaluation started
     * @param document         the decision
     */
    public static void put(String facilityCode, String yjCode, LocalDate day, long generationBefore,
            DecisionDocument document) {
        if (generationBefore != DataChanges.generation()) {
            return;
        }
        if (ENTRIES.size() >= MAX_ENTRIES) {
            ENTRIES.clear();
        }
        ENTRIES.put(facilityCode + "|" + yjCode, new Entry(document, generationBefore, day,
                nanoTime.getAsLong() + TTL_NANOS));
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
