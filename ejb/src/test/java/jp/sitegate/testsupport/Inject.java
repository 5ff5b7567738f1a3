package jp.sitegate.testsupport;

import java.lang.reflect.Field;

/**
 * Sets a private field, standing in for container injection in Java SE tests. Setting {@code em} also gives the
 * target's {@code Event<FactsChanged>} field (issue 13) an event that {@link DirectEvents} delivers as the container's
 * synchronous observer would: to {@code StatusTracker}, in the same entity manager.
 */
public final class Inject {
    private Inject() {
    }

    /**
     * @param target object
     * @param field  field name
     * @param value  value
     * @param <T>    target type
     * @return the target
     */
    public static <T> T field(T target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
            if ("em".equals(field) && value instanceof jakarta.persistence.EntityManager em) {
                for (Field e : target.getClass().getDeclaredFields()) {
                    if (e.getType() == jakarta.enterprise.event.Event.class) {
                        e.setAccessible(true);
                        if (e.get(target) == null) {
                            e.set(target, new DirectEvents(em));
                        }
                    }
                }
            }
            return target;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
