package jp.sitegate.testsupport;

import java.lang.reflect.Field;

/** Sets a private field, standing in for container injection in Java SE tests. */
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
            return target;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
