package jp.sitegate.infrastructure.audit;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * A counter of writes of domain data, for caches that must never outlive a change (issue 6,
 * {@code DecisionCache}). The audit listener, which sees every insert, update and delete, calls {@link #written()}:
 * the counter moves at once and, inside a JTA transaction, once more when the transaction completes, so a reader
 * that read the old data while the change was committing sees the counter move after it.
 */
public final class DataChanges {
    private static final Logger LOG = Logger.getLogger(DataChanges.class.getName());
    private static final AtomicLong GENERATION = new AtomicLong();
    private static final String REGISTERED = DataChanges.class.getName() + ".registered";
    private static volatile TransactionSynchronizationRegistry registry;

    private DataChanges() {
    }

    /** @return the number of writes seen so far (only equality matters) */
    public static long generation() {
        return GENERATION.get();
    }

    /** Records a write; called by the audit listener for every change of domain data. */
    public static void written() {
        GENERATION.incrementAndGet();
        TransactionSynchronizationRegistry registry = registry();
        if (registry == null || registry.getTransactionStatus() != Status.STATUS_ACTIVE
                || registry.getResource(REGISTERED) != null) {
            return;
        }
        registry.putResource(REGISTERED, Boolean.TRUE);
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: the change becomes visible only after completion
            }

            @Override
            public void afterCompletion(int status) {
                GENERATION.incrementAndGet();
            }
        });
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
