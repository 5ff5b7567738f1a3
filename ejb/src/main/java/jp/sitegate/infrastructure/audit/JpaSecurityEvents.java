package jp.sitegate.infrastructure.audit;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import jp.sitegate.domain.shared.SecurityEvents;

/**
 * Writes security events into the audit chain ({@link AuditListener#append}) on the persistence context's own
 * connection, in the caller's transaction (so a login's event and its failed-login count commit together, and the
 * chain head is locked once per transaction), or in a new one for a caller without. Entity {@code Login}
 * with the user name as its id for login events, {@code Access} for refusals.
 */
@Stateless
public class JpaSecurityEvents implements SecurityEvents {
    @PersistenceContext(unitName = "sitegate")
    private EntityManager em;

    @Override
    public void record(Kind kind, String username, Long organisation, String detailJson) {
        String name = username == null || username.isBlank() ? "anonymous"
                : username.length() > 100 ? username.substring(0, 100) : username;
        String entity = kind == Kind.DENIED ? "Access" : "Login";
        AuditListener.append(em.unwrap(Connection.class), name, organisation, kind.name(), entity,
                name.length() > 60 ? name.substring(0, 60) : name, null, null, detailJson);
    }
}
