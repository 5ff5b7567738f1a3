package jp.sitegate.testsupport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import jp.sitegate.application.importing.FilingImportService;
import jp.sitegate.application.view.ImportSummary;
import org.eclipse.persistence.queries.DatabaseQuery;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * A separate process that imports one bureau list into a database through the real {@link FilingImportService},
 * in one transaction as the server does, for {@code KillDuringImportTest}: it prints {@code WRITES n} on stdout as
 * it writes rows (every 100), {@code COMMITTED rows} after the commit, so the test can kill it (SIGKILL) in the
 * middle. Arguments: JDBC URL, user, password, workbook path.
 */
public final class ImportProcess {
    private ImportProcess() {
    }

    /**
     * @param args URL, user, password, file
     * @throws Exception when the import fails (exit status 1)
     */
    public static void main(String[] args) throws Exception {
        byte[] content = Files.readAllBytes(Path.of(args[3]));
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("sitegate-se",
                H2Database.properties(args[0], args[1], args[2]));
        long[] writes = {0};
        emf.unwrap(ServerSession.class).getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postExecuteQuery(SessionEvent event) {
                DatabaseQuery q = event.getQuery();
                if (q != null && (q.isModifyQuery() || q.isObjectLevelModifyQuery()) && ++writes[0] % 100 == 0) {
                    System.out.println("WRITES " + writes[0]);
                    System.out.flush();
                }
            }
        });
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        FilingImportService s = Actors.importer(em, Clock.systemUTC());
        ImportSummary summary = Actors.system(() -> s.importList(Path.of(args[3]).getFileName().toString(), content,
                null));
        em.getTransaction().commit();
        System.out.println("COMMITTED " + summary.rowsRead());
        System.out.flush();
        em.close();
        emf.close();
    }
}
