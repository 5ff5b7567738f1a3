package jp.sitegate.testsupport;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;

/**
 * Stands in for CDI in Java SE tests (issue 13): builds an application bean or a repository over a test's entity
 * manager and fills its empty injected collaborators the way the container would — a domain repository interface
 * ({@code …Repository}) or the {@code UnitOfWork} with its JPA adapter ({@code infrastructure.persistence.Jpa…}), an application bean
 * ({@code jp.sitegate.application…}) with a new instance wired the same way, {@code em} with the entity manager.
 * Fields a test set itself are kept; {@link Authorization} and the caller are left to the test.
 */
public final class Beans {
    private Beans() {
    }

    /**
     * @param type an application bean or a domain repository interface
     * @param em   the test's entity manager
     * @param <T>  its type
     * @return the bean, wired
     */
    public static <T> T of(Class<T> type, EntityManager em) {
        return type.cast(instance(type, em, new HashMap<>()));
    }

    /**
     * Fills the empty collaborators of an object a test built.
     *
     * @param target the object
     * @param em     the test's entity manager
     */
    static void wire(Object target, EntityManager em) {
        Map<Class<?>, Object> made = new HashMap<>();
        made.put(target.getClass(), target);
        fill(target, em, made);
    }

    private static Object instance(Class<?> type, EntityManager em, Map<Class<?>, Object> made) {
        Object known = made.get(type);
        if (known != null) {
            return known;
        }
        try {
            Object bean;
            if (type.isInterface()) {
                Class<?> adapter = Class.forName("jp.sitegate.infrastructure.persistence.Jpa" + type.getSimpleName());
                bean = adapter.getConstructor(EntityManager.class).newInstance(em);
                made.put(type, bean);
                return bean;
            }
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            bean = constructor.newInstance();
            made.put(type, bean);
            fill(bean, em, made);
            return bean;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getName() + " for a test", e);
        }
    }

    private static void fill(Object target, EntityManager em, Map<Class<?>, Object> made) {
        try {
            for (Class<?> c = target.getClass(); c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers())) {
                        continue;
                    }
                    f.setAccessible(true);
                    if (f.get(target) != null) {
                        continue;
                    }
                    Class<?> t = f.getType();
                    if (t == EntityManager.class) {
                        f.set(target, em);
                    } else if (t == jakarta.enterprise.event.Event.class) {
                        f.set(target, new DirectEvents(em));
                    } else if (injectable(t)) {
                        f.set(target, instance(t, em, made));
                    }
                }
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean adapted(Class<?> domainInterface) {
        try {
            Class.forName("jp.sitegate.infrastructure.persistence.Jpa" + domainInterface.getSimpleName());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static boolean injectable(Class<?> t) {
        String n = t.getName();
        if (t.isInterface()) {
            return n.startsWith("jp.sitegate.domain.") && adapted(t);
        }
        return n.startsWith("jp.sitegate.application.") && t != jp.sitegate.application.Authorization.class
                && t != jp.sitegate.application.Caller.class && !t.isRecord() && !t.isEnum()
                && (t.isAnnotationPresent(jakarta.enterprise.context.ApplicationScoped.class)
                        || t.isAnnotationPresent(jakarta.ejb.Stateless.class));
    }
}
