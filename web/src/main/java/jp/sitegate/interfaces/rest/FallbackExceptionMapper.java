package jp.sitegate.interfaces.rest;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.sitegate.domain.shared.DomainException;
import jp.sitegate.domain.shared.Reason;

/**
 * Everything else as a problem: malformed JSON 400, JAX-RS errors with their own status (404 unknown path, 405,
 * 415), optimistic-lock conflicts 409, the database out of reach 503 with {@code Retry-After} (the transaction
 * rolled back, nothing stored; the pool validates connections and recovers by itself), and any other failure 500
 * without a stack trace (logged on the server).
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {
    /**
     * @param t a failure
     * @return true when somewhere in its causes the database could not be reached: a connection-class SQL state
     *         ("08…"), a transient or non-transient connection exception, the pool giving no connection, or the
     *         transaction's commit failing in the database's resource (an {@code XAException} of a resource-manager
     *         error or failure: Payara's local-transaction resource reports a connection lost at commit so, with no
     *         further cause; the batch check met it once its chunks read in 4 queries, issue 16)
     */
    static boolean databaseUnavailable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.sql.SQLTransientConnectionException
                    || c instanceof java.sql.SQLNonTransientConnectionException
                    || (c instanceof java.sql.SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith("08"))
                    || c.getClass().getName().equals("jakarta.resource.spi.ResourceAllocationException")
                    || c.getClass().getName().equals("com.mysql.cj.jdbc.exceptions.CommunicationsException")
                    || (c instanceof javax.transaction.xa.XAException xa
                            && (xa.errorCode == javax.transaction.xa.XAException.XAER_RMERR
                                    || xa.errorCode == javax.transaction.xa.XAException.XAER_RMFAIL))) {
                return true;
            }
        }
        return false;
    }

    /** Hazelcast's failures of a grid out of reach: this member shut down, an operation timed out, a member left. */
    private static final java.util.Set<String> GRID_UNREACHABLE = java.util.Set.of(
            "com.hazelcast.core.HazelcastInstanceNotActiveException", "com.hazelcast.core.OperationTimeoutException",
            "com.hazelcast.core.MemberLeftException", "com.hazelcast.spi.exception.RetryableHazelcastException");

    /**
     * @param t a failure
     * @return true when somewhere in its causes Payara's Data Grid could not be reached (issue 17: a cluster whose
     *         grid is gone refuses to answer from possibly stale data; the request's transaction rolled back): a
     *         Hazelcast "instance not active", an operation timeout, a member that left, or any retryable Hazelcast
     *         failure (the partition's owner moving, …), matched by class name so the web tier needs no Hazelcast
     */
    static boolean gridUnavailable(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            for (Class<?> k = c.getClass(); k != null; k = k.getSuperclass()) {
                if (GRID_UNREACHABLE.contains(k.getName())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * @param why   what is out of reach, in both languages
     * @param type  the problem's type ({@code database-unavailable}, {@code data-grid-unavailable})
     * @param title the problem's title
     * @return 503 with {@code Retry-After: 30}: nothing was stored, the client repeats the request later
     */
    private static Response unavailable(Reason why, String type, String title) {
        Response r = Problems.respond(503, Problems.problem(503, type, title, null, why.ja(), why.en()));
        return Response.fromResponse(r).header("Retry-After", "30").build();
    }

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof EJBException || cause instanceof ProcessingException) && cause.getCause() != null
                && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (cause instanceof DomainException d) {
            return DomainExceptionMapper.map(d);
        }
        if (cause instanceof JsonbException || cause instanceof ProcessingException
                || cause instanceof jakarta.json.JsonException) {
            Reason why = Reason.of("api.malformed-json", String.valueOf(cause.getMessage()));
            return Problems.respond(400, Problems.problem(400, "malformed-body", "Malformed request body", "body",
                    why.ja(), why.en()));
        }
        if (databaseUnavailable(t)) {
            LOG.log(Level.WARNING, "database unavailable: " + t);
            return unavailable(Reason.of("api.database-unavailable"), "database-unavailable", "Database unavailable");
        }
        if (gridUnavailable(t)) {
            LOG.log(Level.WARNING, "data grid unavailable: " + t);
            return unavailable(Reason.of("api.data-grid-unavailable"), "data-grid-unavailable",
                    "Data grid unavailable");
        }
        if (jp.sitegate.application.Failures.concurrentUpdate(cause)) {
            Reason why = Reason.of("api.concurrent-update");
            return Problems.respond(409, Problems.problem(409, "conflict", "Concurrent update", null, why.ja(),
                    why.en()));
        }
        if (cause instanceof WebApplicationException w && w.getResponse().getStatus() == 400) {
            // JAX-RS could not read the body (empty, or not the type the endpoint reads)
            Reason why = Reason.of("api.unreadable-body");
            return Problems.respond(400, Problems.problem(400, "malformed-body", "Unreadable request body", "body",
                    why.ja(), why.en()));
        }
        if (cause instanceof WebApplicationException w) {
            int status = w.getResponse().getStatus();
            if (status < 500) {
                return Problems.respond(status, Problems.problem(status, "http-" + status,
                        w.getResponse().getStatusInfo().getReasonPhrase(), null,
                        Reason.of(status == 404 ? "api.resource-not-found" : "api.request-not-processed").ja(),
                        w.getMessage()));
            }
        }
        LOG.log(Level.SEVERE, "unexpected error", t);
        Reason why = Reason.of("api.internal-error");
        return Problems.respond(500, Problems.problem(500, "internal-error", "Internal error", null, why.ja(),
                why.en()));
    }
}
