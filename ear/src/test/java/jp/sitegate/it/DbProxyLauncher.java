package jp.sitegate.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts {@link DbProxy} when the test JVM's launcher session opens, before Arquillian starts the server, if
 * {@code sitegate.it.db.proxy} names the real database ({@code host:port}) and {@code sitegate.it.db.proxy.port}
 * the port the server's JDBC URL points at ({@code .ci/run} does both for MariaDB).
 */
public class DbProxyLauncher implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String target = System.getProperty("sitegate.it.db.proxy", "");
        String port = System.getProperty("sitegate.it.db.proxy.port", "");
        if (target.isBlank() || port.isBlank()) {
            return;
        }
        try {
            DbProxy.launch(Integer.parseInt(port.strip()), target.strip());
        } catch (IOException e) {
            throw new UncheckedIOException("database proxy could not listen on " + port, e);
        }
    }
}
