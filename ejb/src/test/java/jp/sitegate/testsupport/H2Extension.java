package jp.sitegate.testsupport;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The extension behind {@link DatabaseTest}: sets the test instance's (non-static) {@link H2Database} field to a new
 * database before each test — before the class's own {@code @BeforeEach} methods, which may use it — and closes that
 * database after each test, after the class's {@code @AfterEach} methods.
 */
public final class H2Extension implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(H2Extension.class);

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Object test = context.getRequiredTestInstance();
        DatabaseTest config = context.getRequiredTestClass().getAnnotation(DatabaseTest.class);
        H2Database db = new H2Database(config != null && config.demo());
        field(test).set(test, db);
        context.getStore(NS).put("db", db);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        Object test = context.getRequiredTestInstance();
        H2Database created = context.getStore(NS).remove("db", H2Database.class);
        // a test may have replaced the database (a second run on a fresh one): close the one in use, and the first
        H2Database current = (H2Database) field(test).get(test);
        if (current != null) {
            current.close();
        }
        if (created != null && created != current) {
            created.close();
        }
    }

    private static Field field(Object test) {
        for (Class<?> c = test.getClass(); c != null; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() == H2Database.class && !Modifier.isStatic(f.getModifiers())) {
                    f.setAccessible(true);
                    return f;
                }
            }
        }
        throw new IllegalStateException(test.getClass() + " has no H2Database field for @DatabaseTest");
    }
}
