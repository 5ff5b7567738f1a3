package jp.sitegate.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Java SE test on a fresh H2 database migrated by Flyway (issue 13: one set-up instead of a copy per class): before
 * each test the {@link H2Database} field of the test instance is given a new database, after it the database is closed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(H2Extension.class)
public @interface DatabaseTest {
    /** @return whether the demo data migrations (db/demo) are applied too */
    boolean demo();
}
