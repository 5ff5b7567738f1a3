package jp.sitegate.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy between the server under test and its database, so a test can make the database unreachable and
 * bring it back (issue 6, "the database stops in the middle of an import or a batch check"). {@link #stop()} resets
 * every open connection and refuses new ones, as a stopped database server does; {@link #start()} accepts again.
 * Started for the whole integration-test run by {@link DbProxyLauncher} when {@code sitegate.it.db.proxy} names the
 * real database ({@code host:port}); the server is then given a JDBC URL to the proxy's port.
 */
final class DbProxy {
    private static volatile DbProxy instance;

    private final int port;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong bytes = new AtomicLong();
    private volatile ServerSocket server;

    private DbProxy(int port, String targetHost, int targetPort) {
        this.port = port;
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    /** @return the running proxy, or {@code null} when the run has none (embedded H2) */
    static DbProxy instance() {
        return instance;
    }

    /**
     * @param port   port to listen on (127.0.0.1)
     * @param target the database, {@code host:port}
     * @return the started proxy, also {@link #instance()}
     * @throws IOException when the port cannot be bound
     */
    static synchronized DbProxy launch(int port, String target) throws IOException {
        if (instance == null) {
            int colon = target.lastIndexOf(':');
            DbProxy p = new DbProxy(port, target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)));
            p.start();
            instance = p;
        }
        return instance;
    }

    /** @return bytes passed in both directions since the proxy started */
    long bytes() {
        return bytes.get();
    }

    /**
     * Accepts connections (again).
     *
     * @throws IOException when the port cannot be bound
     */
    synchronized void start() throws IOException {
        if (server != null && !server.isClosed()) {
            return;
        }
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = s;
        Thread accept = new Thread(() -> accept(s), "db-proxy-accept");
        accept.setDaemon(true);
        accept.start();
    }

    /** Refuses new connections and resets every open one: the database is out of reach. */
    synchronized void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            // closing anyway
        }
        for (Socket s : open) {
            close(s);
        }
        open.clear();
    }

    private void accept(ServerSocket s) {
        while (!s.isClosed()) {
            try {
                Socket client = s.accept();
                Socket db = new Socket(targetHost, targetPort);
                client.setTcpNoDelay(true);
                db.setTcpNoDelay(true);
                open.add(client);
                open.add(db);
                pump(client, db);
                pump(db, client);
            } catch (IOException e) {
                // closed by stop(), or the database refused: the client sees its connection end
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    out.write(buf, 0, n);
                    out.flush();
                    bytes.addAndGet(n);
                }
            } catch (IOException e) {
                // one side closed or was reset
            } finally {
                close(from);
                close(to);
                open.remove(from);
                open.remove(to);
            }
        }, "db-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void close(Socket s) {
        try {
            s.setSoLinger(true, 0); // reset, as a stopped server's connections are
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
