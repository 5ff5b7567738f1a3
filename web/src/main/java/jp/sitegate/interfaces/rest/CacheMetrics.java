package jp.sitegate.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jp.sitegate.application.gate.DecisionCache;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The decision cache's figures as MicroProfile Metrics gauges of the application registry (issue 16: "shows its
 * hit rate in /metrics"): {@code sitegate_decision_cache_hits}, {@code _misses} (checks since the start),
 * {@code _hit_ratio} (hits ÷ lookups, 0 … 1), {@code _entries} and {@code _bytes} (the entries' estimated memory,
 * bounded by {@link DecisionCache#MAX_BYTES}). Registered once the application starts.
 */
@ApplicationScoped
public class CacheMetrics {
    @Inject
    private MetricRegistry registry;

    /**
     * Registers the gauges.
     *
     * @param started the application's start (CDI)
     */
    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        registry.gauge(Metadata.builder().withName("sitegate_decision_cache_hits")
                .withDescription("eligibility checks answered from the decision cache").build(), DecisionCache::hits);
        registry.gauge(Metadata.builder().withName("sitegate_decision_cache_misses")
                .withDescription("eligibility checks evaluated (no current cached decision)").build(),
                DecisionCache::misses);
        registry.gauge(Metadata.builder().withName("sitegate_decision_cache_hit_ratio")
                .withDescription("hits / (hits + misses) since the start, 0 to 1").build(), CacheMetrics::ratio);
        registry.gauge(Metadata.builder().withName("sitegate_decision_cache_entries")
                .withDescription("decisions held").build(), DecisionCache::size);
        registry.gauge(Metadata.builder().withName("sitegate_decision_cache_bytes").withUnit("bytes")
                .withDescription("estimated memory of the decisions held").build(), DecisionCache::bytes);
    }

    /** @return hits ÷ lookups since the start, 0 when nothing was looked up */
    static double ratio() {
        long hits = DecisionCache.hits();
        long all = hits + DecisionCache.misses();
        return all == 0 ? 0 : (double) hits / all;
    }
}
