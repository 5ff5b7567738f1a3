package jp.sitegate.application.gate;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.expiry.CreatedExpiryPolicy;
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
 * The answer is the decision as computed: its {@code decidedAt} says when. The entries live in a JCache
 * ({@code javax.cache}, JSR 107) cache, bounded both in entries ({@value #MAX_ENTRIES}) and in memory
 * ({@link #MAX_BYTES}: each entry weighs its estimated size, and at least {@code MAX_BYTES / MAX_ENTRIES}), rarely
 * used entries first out (Caffeine's W-TinyLFU, issue 16). Its provider is Caffeine's, held by the application
 * itself (not registered in the server's {@code Caching} registry, so a redeployment leaves nothing behind); a later
 * issue may back the same API with Payara's Hazelcast. One cache per server; with several
 * servers each keeps its own; whether an entry is current is read from the counters the cluster shares (issue 17,
 * {@link DataChanges#unchanged}), so a change on one instance is seen by the others at their next check.
 */
public final class DecisionCache {
    /** Longest life of an entry. */
    public static final int TTL_SECONDS = 60;
    /** Largest number of entries. */
    public static final int MAX_ENTRIES = 50_000;
    /**
     * Largest estimated memory of the entries, in bytes: the system property {@code sitegate.decision-cache.max-mb}
     * (mebibytes), 64 MiB when unset.
     */
    public static final long MAX_BYTES = Long.getLong("sitegate.decision-cache.max-mb", 64) * 1024 * 1024;
    private static final long TTL_NANOS = Duration.ofSeconds(TTL_SECONDS).toNanos();
    private static final LongAdder HITS = new LongAdder();
    private static final LongAdder MISSES = new LongAdder();
    private static volatile LongSupplier nanoTime = System::nanoTime;

    /** What an evaluation may be kept under: the counters read before it started ({@link #before()}). */
    public record Before(long global, long any) {
    }

    private record Entry(DecisionDocument document, long global, int[] stripes, long[] generations, LocalDate day,
            long expiresAt, int weight) {
        boolean current(LocalDate today, long now) {
            return day.equals(today) && now - expiresAt <= 0 && DataChanges.unchanged(global, stripes, generations);
        }
    }

    private static final CacheManager MANAGER = new CaffeineCachingProvider().getCacheManager(
            java.net.URI.create("sitegate:decisions"), DecisionCache.class.getClassLoader());
    private static final Cache<String, Entry> ENTRIES = MANAGER.createCache("decisions", configuration());

    private static CaffeineConfiguration<String, Entry> configuration() {
        CaffeineConfiguration<String, Entry> c = new CaffeineConfiguration<>();
        c.setTypes(String.class, Entry.class);
        c.setStoreByValue(false);
        c.setMaximumWeight(OptionalLong.of(MAX_BYTES));
        c.setWeigherFactory(Optional.of(() -> (key, entry) -> entry.weight()));
        c.setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(new javax.cache.expiry.Duration(TimeUnit.SECONDS,
                TTL_SECONDS)));
        // evictions on the caller's thread, time from the same clock as the entries' own expiry
        c.setExecutorFactory(() -> Runnable::run);
        c.setTickerFactory(() -> () -> nanoTime.getAsLong());
        return c;
    }

    /**
     * What an entry is counted as against {@link #MAX_BYTES}: a rough estimate of the decision's size on the heap
     * (its texts at 2 bytes a character plus a fixed overhead per object), and never less than
     * {@code MAX_BYTES / MAX_ENTRIES} (rounded up), so that the memory bound also bounds the number of entries.
     *
     * @param document a decision
     * @return its weight, in estimated bytes
     */
    static int weight(DecisionDocument document) {
        long bytes = 400 + text(document.facilityName()) + text(document.productName())
                + text(document.releaseClause()) + 64L * document.failingRequirements().size();
        for (DecisionDocument.FindingDocument f : document.findings()) {
            bytes += 200 + text(f.clause()) + text(f.title()) + text(f.titleEn()) + text(f.reason())
                    + text(f.reasonEn());
            for (DecisionDocument.EvidenceDocument e : f.evidence()) {
                bytes += 200 + 100L * e.params().size() + text(e.text()) + text(e.textEn());
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.max(bytes, (MAX_BYTES + MAX_ENTRIES - 1) / MAX_ENTRIES));
    }

    private static long text(String s) {
        return s == null ? 0 : 40 + 2L * s.length();
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
        ENTRIES.put(facilityCode + "|" + yjCode, new Entry(document, before.global(), stripes, generations, day,
                nanoTime.getAsLong() + TTL_NANOS, weight(document)));
    }

    /** @return checks answered from the cache since the server started */
    public static long hits() {
        return HITS.sum();
    }

    /** @return checks evaluated because no current entry was cached, since the server started */
    public static long misses() {
        return MISSES.sum();
    }

    /** @return entries held now (current or stale; Caffeine's estimate) */
    public static long size() {
        return underlying().estimatedSize();
    }

    /** @return the entries' estimated memory now, in bytes (their {@link #weight}s) */
    public static long bytes() {
        return underlying().policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    @SuppressWarnings("unchecked")
    private static com.github.benmanes.caffeine.cache.Cache<String, ?> underlying() {
        com.github.benmanes.caffeine.cache.Cache<String, ?> c = ENTRIES.unwrap(
                com.github.benmanes.caffeine.cache.Cache.class);
        c.cleanUp();
        return c;
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
