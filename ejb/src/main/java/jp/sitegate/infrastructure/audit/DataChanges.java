package jp.sitegate.infrastructure.audit;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import com.hazelcast.map.IMap;
import jp.sitegate.infrastructure.cluster.DataGrid;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Counters of writes of domain data, for caches that must never outlive a change (issue 6, {@code DecisionCache})
 * and that should forget only what changed (issue 16). The audit listener, which sees every insert, update and
 * delete, calls {@link #written(String, String)} with the entity and the facility it belongs to:
 * <ul>
 * <li>a write that belongs to a facility (its filings, partnerships, physicians' employments, stock, briefings,
 * declarations, suspensions, …) moves that facility's counter — one of {@value #STRIPES} stripes shared by the codes
 * that hash alike, so two facilities may share one and forget together, never the other way round;</li>
 * <li>a write of what no decision reads ({@link #NOT_READ_BY_DECISIONS}: users, notifications, stored decisions and
 * statuses, …) moves nothing;</li>
 * <li>any other write (a product, a profile version, a physician's own record, a bureau list import, an entity
 * this class does not know) moves the global counter: every decision is stale.</li>
 * </ul>
 * Each counter moves at once and, inside a JTA transaction, once more when the transaction completes, so a reader
 * that read the old data while the change was committing sees it move after it. {@link #any()} moves with every
 * facility's counter: a reader that saw it unchanged during its evaluation read no facility while it changed.
 * <p>
 * In a cluster (issue 17, {@link DataGrid#clustered()}) every counter read is this server's own plus the cluster's
 * counter of the same name in Payara's Data Grid, which each instance moves once per transaction for what it wrote,
 * when the transaction completes (before the writer's response leaves): a check on another instance after that sees
 * the counter moved and evaluates afresh — no time-to-live wait.
 */
public final class DataChanges {
    /** Number of facility counters. */
    public static final int STRIPES = 4096;
    /**
     * Entities no decision reads (REQUIREMENTS.md §7 reads the facility's facts, the products and their profiles):
     * their writes keep every cached decision.
     */
    public static final Set<String> NOT_READ_BY_DECISIONS = Set.of("UserAccount", "OutboundMessage",
            "WebhookSubscription", "Notification", "ServedFacility", "DeliveryAttempt", "MrAssignment",
            "DistributionAgreement", "StoredDecision", "FacilityStatus", "StatusChange");
    private static final Logger LOG = Logger.getLogger(DataChanges.class.getName());
    private static final AtomicLong GLOBAL = new AtomicLong();
    private static final AtomicLong ANY = new AtomicLong();
    private static final AtomicLongArray FACILITY = new AtomicLongArray(STRIPES);
    private static final String REGISTERED = DataChanges.class.getName() + ".registered";
    private static volatile TransactionSynchronizationRegistry registry;
    /** The cluster's counters: {@value #GRID_GLOBAL}, {@value #GRID_ANY} and the stripes 0 … STRIPES − 1. */
    private static final String GRID_MAP = "sitegate-data-changes";
    private static final int GRID_GLOBAL = -1;
    private static final int GRID_ANY = -2;

    private DataChanges() {
    }

    /** @return the number of writes seen so far that make every decision stale (only equality matters) */
    public static long generation() {
        return read(new int[] {GRID_GLOBAL})[0];
    }

    /** @return the number of writes of any facility's data seen so far (only equality matters) */
    public static long any() {
        return read(new int[] {GRID_ANY})[0];
    }

    /**
     * @param facilityCode a normalised 10-digit facility code
     * @return the stripe of its counter, 0 … {@value #STRIPES} − 1
     */
    public static int stripe(String facilityCode) {
        return Math.floorMod(facilityCode.hashCode(), STRIPES);
    }

    /**
     * Records a write of every kind of domain data (tests, and callers that cannot say what they changed).
     */
    public static void written() {
        written(null, null);
    }

    /**
     * Records a write; called by the audit listener for every change of domain data.
     *
     * @param entity       the entity's name ({@code Facility}, {@code StockMovement}, …), or {@code null} for any
     * @param facilityCode the facility the entity belongs to, or {@code null} when it belongs to none
     */
    public static void written(String entity, String facilityCode) {
        if (entity != null && NOT_READ_BY_DECISIONS.contains(entity)) {
            return;
        }
        int stripe = entity == null || facilityCode == null ? -1 : stripe(facilityCode);
        move(stripe);
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE) {
            if (DataGrid.clustered()) {
                moveInGrid(Set.of(stripe));
            }
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Integer> moved = (Set<Integer>) registry.getResource(REGISTERED);
        if (moved == null) {
            Set<Integer> stripes = new HashSet<>();
            registry.putResource(REGISTERED, stripes);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing: the change becomes visible only after completion
                }

                @Override
                public void afterCompletion(int status) {
                    stripes.forEach(DataChanges::move);
                    if (DataGrid.clustered()) {
                        try {
                            moveInGrid(stripes);
                        } catch (RuntimeException e) {
                            // the commit is done; the other instances see the change after their caches' TTL
                            LOG.log(Level.SEVERE, "the cluster's data-change counters could not be moved", e);
                        }
                    }
                }
            });
            moved = stripes;
        }
        moved.add(stripe);
    }

    /** Moves a facility stripe's counter and {@link #any()}, or, for −1, the global counter. */
    private static void move(int stripe) {
        if (stripe < 0) {
            GLOBAL.incrementAndGet();
        } else {
            FACILITY.incrementAndGet(stripe);
            ANY.incrementAndGet();
        }
    }

    /** Moves the cluster's counters for a transaction's writes: each stripe once, {@link #any()} once, or global. */
    private static void moveInGrid(Set<Integer> stripes) {
        IMap<Integer, Long> counters = DataGrid.map(GRID_MAP);
        boolean facility = false;
        for (int stripe : stripes) {
            DataGrid.increment(counters, stripe < 0 ? GRID_GLOBAL : stripe);
            facility |= stripe >= 0;
        }
        if (facility) {
            DataGrid.increment(counters, GRID_ANY);
        }
    }

    private static IMap<Integer, Long> grid() {
        return DataGrid.map(GRID_MAP);
    }

    /**
     * @param stripes stripes from {@link #stripe(String)}
     * @return their counters now, in the same order (in a cluster, read from the grid in one call)
     */
    public static long[] facilities(int[] stripes) {
        return read(stripes);
    }

    /**
     * Whether counters read earlier are all unchanged — in a cluster with one call to the grid, not one per counter
     * (issue 17: the cached check's only grid read).
     *
     * @param global      {@link #generation()} as read earlier
     * @param stripes     stripes from {@link #stripe(String)}
     * @param generations {@link #facilities(int[])} of those stripes as read earlier
     * @return true when none of them moved since
     */
    public static boolean unchanged(long global, int[] stripes, long[] generations) {
        int[] keys = new int[stripes.length + 1];
        keys[0] = GRID_GLOBAL;
        System.arraycopy(stripes, 0, keys, 1, stripes.length);
        long[] now = read(keys);
        return now[0] == global && java.util.Arrays.equals(now, 1, now.length, generations, 0, generations.length);
    }

    /**
     * The one read of counters: this server's own, plus, in a cluster, the cluster's of the same keys in one call to
     * the grid.
     *
     * @param keys {@link #GRID_GLOBAL}, {@link #GRID_ANY} or stripes
     * @return their values now, in the same order
     */
    private static long[] read(int[] keys) {
        long[] out = new long[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = keys[i] == GRID_GLOBAL ? GLOBAL.get() : keys[i] == GRID_ANY ? ANY.get() : FACILITY.get(keys[i]);
        }
        if (DataGrid.clustered() && keys.length > 0) {
            Map<Integer, Long> shared = DataGrid.read(grid(), java.util.Arrays.stream(keys).boxed().toList());
            for (int i = 0; i < keys.length; i++) {
                out[i] += shared.get(keys[i]);
            }
        }
        return out;
    }

    /**
     * @param codes normalised facility codes
     * @return their stripes, without repeats
     */
    public static int[] stripes(Collection<String> codes) {
        return codes.stream().mapToInt(DataChanges::stripe).distinct().toArray();
    }

    /**
     * The registry is the same object for the life of the server: looked up once and kept, not on every write. A
     * failed lookup (Java SE, or a thread without a component context) is not kept, so it is tried again.
     */
    private static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry r = registry;
        if (r == null) {
            try {
                r = (TransactionSynchronizationRegistry) new InitialContext()
                        .lookup("java:comp/TransactionSynchronizationRegistry");
                registry = r;
            } catch (NamingException | RuntimeException e) {
                LOG.log(Level.FINEST, "no JTA transaction registry (Java SE)", e);
            }
        }
        return r;
    }
}
