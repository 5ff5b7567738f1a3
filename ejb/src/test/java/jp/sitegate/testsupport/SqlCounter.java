package jp.sitegate.testsupport;

import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.logging.AbstractSessionLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/** EclipseLink session log that counts the SQL SELECT statements sent to the database. */
public class SqlCounter extends AbstractSessionLog {
    /** SELECT statements seen since the last reset. */
    public static final AtomicInteger SELECTS = new AtomicInteger();

    @Override
    public void log(SessionLogEntry entry) {
        if (SessionLog.SQL.equals(entry.getNameSpace()) && entry.getMessage() != null
                && entry.getMessage().stripLeading().toUpperCase().startsWith("SELECT")) {
            SELECTS.incrementAndGet();
        }
    }

    @Override
    public boolean shouldLog(int level, String category) {
        return SessionLog.SQL.equals(category) || super.shouldLog(level, category);
    }
}
