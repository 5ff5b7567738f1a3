package jp.sitegate.infrastructure.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara's Data Grid — the Hazelcast member every Payara Server instance runs (JNDI {@value #JNDI}) — for what the
 * instances of a cluster must share at once (issue 17): the counters of data changes that decide whether a cached
 * decision or catalogue is current ({@code DataChanges}) and the moments users' credentials were revoked
 * ({@code CredentialRevocations}).
 * <p>
 * Used only when the system property {@value #CLUSTER_PROPERTY} is {@code true} (the deployment group of
 * {@code mvn -Pcluster}, README "Running a cluster"); a single server keeps the same state in its own memory and
 * never talks to the grid. A cluster whose grid cannot be reached fails the request rather than answer from data
 * another instance changed: {@link IllegalStateException}.
 */
public final class DataGrid {
    /** The system property that says this server is one instance of a cluster. */
    public static final String CLUSTER_PROPERTY = "sitegate.cluster";
    /** Where Payara binds its Hazelcast instance. */
    public static final String JNDI = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(DataGrid.class.getName());
    private static volatile HazelcastInstance instance;

    private DataGrid() {
    }

    /** @return this server's name: the Payara instance's ({@code sitegate-a}, …), {@code server} for a single server */
    public static String instanceName() {
        return System.getProperty("com.sun.aas.instanceName", "server");
    }

    /** @return true when this server is one instance of a cluster and shares its state through the grid */
    public static boolean clustered() {
        return Boolean.getBoolean(CLUSTER_PROPERTY);
    }

    /**
     * @param name a map's name (sitegate-…)
     * @param <K>  key type (a JDK type: the members deserialise it without the application's classes)
     * @param <V>  value type (likewise)
     * @return the cluster's map of that name
     * @throws IllegalStateException when clustered and the grid cannot be reached
     */
    public static <K, V> IMap<K, V> map(String name) {
        return hazelcast().getMap(name);
    }

    /**
     * Adds one to a counter of a map of counters, atomically across the cluster: a compare-and-set on the key's
     * partition owner, repeated when another instance moved it meanwhile (no entry processor, so the members need
     * none of the application's classes).
     *
     * @param counters a map of counters
     * @param key      the counter (absent counts as 0)
     * @param <K>      key type
     * @return the counter's new value
     */
    public static <K> long increment(IMap<K, Long> counters, K key) {
        return update(counters, key, old -> old + 1);
    }

    /**
     * Raises a value of a map to at least {@code value}, atomically across the cluster (compare-and-set, as
     * {@link #increment}).
     *
     * @param moments a map of moments (epoch milliseconds)
     * @param key     the entry
     * @param value   the moment
     * @param <K>     key type
     */
    public static <K> void atLeast(IMap<K, Long> moments, K key, long value) {
        update(moments, key, old -> Math.max(old, value));
    }

    /**
     * The compare-and-set loop of {@link #increment} and {@link #atLeast}: reads the value on its partition owner,
     * writes {@code next(old)} only if nobody changed it meanwhile, and tries again otherwise.
     *
     * @param map  a map of longs
     * @param key  the entry (absent counts as 0)
     * @param next the new value from the old one; an unchanged value writes nothing
     * @param <K>  key type
     * @return the value afterwards
     */
    private static <K> long update(IMap<K, Long> map, K key, java.util.function.LongUnaryOperator next) {
        while (true) {
            Long old = map.get(key);
            long value = next.applyAsLong(old == null ? 0L : old);
            if (old == null) {
                if (map.putIfAbsent(key, value) == null) {
                    return value;
                }
            } else if (value == old || map.replace(key, old, value)) {
                return value;
            }
        }
    }

    /**
     * @param counters a map of counters
     * @param keys     the counters to read, in one call to the grid
     * @param <K>      key type
     * @return key → value (0 for a counter never moved)
     */
    public static <K> Map<K, Long> read(IMap<K, Long> counters, Collection<K> keys) {
        Map<K, Long> found = counters.getAll(keys instanceof Set<K> s ? s : new java.util.HashSet<>(keys));
        Map<K, Long> out = new HashMap<>();
        for (K k : keys) {
            out.put(k, found.getOrDefault(k, 0L));
        }
        return out;
    }

    private static HazelcastInstance hazelcast() {
        HazelcastInstance h = instance;
        if (h == null) {
            synchronized (DataGrid.class) {
                h = instance;
                if (h == null) {
                    try {
                        h = (HazelcastInstance) new InitialContext().lookup(JNDI);
                    } catch (NamingException | ClassCastException e) {
                        throw new IllegalStateException("clustered (" + CLUSTER_PROPERTY + "=true) but Payara's Data "
                                + "Grid is not reachable at " + JNDI + ": enable it (set-hazelcast-configuration "
                                + "--enabled=true)", e);
                    }
                    LOG.info("sharing caches' counters through Payara's Data Grid: " + h.getName() + ", "
                            + h.getCluster().getMembers().size() + " member(s)");
                    instance = h;
                }
            }
        }
        return h;
    }
}
