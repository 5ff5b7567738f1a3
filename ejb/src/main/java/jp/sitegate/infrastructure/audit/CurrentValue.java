package jp.sitegate.infrastructure.audit;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A value read from the database and shared by every thread while no write moves {@link DataChanges#generation()}
 * (issue 16: the products' catalogue, the bureau lists' dates and the tocilizumab strengths), read again after
 * {@value #TTL_SECONDS} s at most, for changes made outside the application (as {@code DecisionCache}'s entries).
 *
 * @param <T> the value, immutable or used read-only
 */
public final class CurrentValue<T> {
    /** Longest life of a value read. */
    public static final int TTL_SECONDS = 60;
    private static final long TTL_NANOS = TimeUnit.SECONDS.toNanos(TTL_SECONDS);
    private final AtomicReference<Held<T>> held = new AtomicReference<>();

    private record Held<T>(long generation, long loadedAt, T value) {
    }

    /**
     * @param load reads the value (in the caller's transaction); called when none is held, it is stale or too old
     * @return the value of the current generation
     */
    public T get(Supplier<T> load) {
        // the generation is read before loading: a change meanwhile makes the value stale at once
        long generation = DataChanges.generation();
        long now = System.nanoTime();
        Held<T> h = held.get();
        if (h != null && h.generation() == generation && now - h.loadedAt() < TTL_NANOS) {
            return h.value();
        }
        T value = load.get();
        held.set(new Held<>(generation, now, value));
        return value;
    }
}
