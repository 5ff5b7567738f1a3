package jp.sitegate.testsupport;

import java.lang.reflect.Field;

/**
 * Sets a private field, standing in for container injection in Java SE tests. Setting {@code em} also fills the
 * target's other empty collaborators ({@link Beans#wire}): repositories, application beans, and an
 * {@code Event<FactsChanged>} that {@link DirectEvents} delivers as the container's synchronous observer would — to
 * {@code StatusTracker}, in the same entity manager (issue 13).
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
            boolean entityManager = "em".equals(field) && value instanceof jakarta.persistence.EntityManager;
            if (!"em".equals(field) || hasField(target, field)) {
                Field f = target.getClass().getDeclaredField(field);
                f.setAccessible(true);
                f.set(target, value);
            }
            if (entityManager) {
                // a service without an entity manager of its own (issue 13) gets its repositories over this one
                Beans.wire(target, (jakarta.persistence.EntityManager) value);
            }
            return target;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * As {@link #field}, for a field the target may not have (a service without a clock, say).
     *
     * @param target object
     * @param field  field name
     * @param value  value
     * @param <T>    target type
     * @return the target
     */
    public static <T> T ifDeclared(T target, String field, Object value) {
        return hasField(target, field) ? field(target, field, value) : target;
    }

    private static boolean hasField(Object target, String field) {
        return java.util.Arrays.stream(target.getClass().getDeclaredFields()).anyMatch(f -> f.getName().equals(field));
    }
}
