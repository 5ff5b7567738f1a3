package jp.sitegate.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import jp.sitegate.application.admin.AuditService;
import jp.sitegate.application.view.AuditEventView;
import jp.sitegate.application.view.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit trail for the safety manager: browse with filters, export as CSV, verify the hash chain. */
@Path("v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {


    @Inject
    private AuditService audit;

    /** The export's columns: the stored event as recorded, hash included. */
    private static final jp.sitegate.interfaces.web.export.TableExport<AuditEventView> EXPORT =
            new jp.sitegate.interfaces.web.export.TableExport<>(List.of(col("id", AuditEventView::id),
                    col("occurredAt", AuditEventView::occurredAt), col("user", AuditEventView::username),
                    col("action", AuditEventView::action), col("entity", AuditEventView::entity),
                    col("entityId", AuditEventView::entityId), col("facility", AuditEventView::facilityCode),
                    col("before", AuditEventView::before), col("after", AuditEventView::after),
                    col("hash", AuditEventView::hash)));

    private static jp.sitegate.interfaces.web.export.TableExport.Column<AuditEventView> col(String header,
            java.util.function.Function<AuditEventView, Object> value) {
        return new jp.sitegate.interfaces.web.export.TableExport.Column<>(header, value);
    }

    private AuditService.Filter filter(String facility, String user, String entity, String from, String to) {
        return new AuditService.Filter(facility, user, entity, Moments.parse(from, "from"), Moments.parse(to, "to"));
    }

    /**
     * @param facility facility code filter
     * @param user     user name filter
     * @param entity   entity name filter (e.g. Facility, Shipment, StoredDecision)
     * @param from     from (ISO-8601, inclusive)
     * @param to       to (ISO-8601, exclusive)
     * @param page     0-based page
     * @param size     page size 1–1000
     * @return events, newest first
     */
    @GET
    @Operation(summary = "Browse the audit trail (safety manager)")
    public Page<AuditEventView> browse(@QueryParam("facility") String facility, @QueryParam("user") String user,
            @QueryParam("entity") String entity, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        audit.requireReader();
        return audit.browse(filter(facility, user, entity, from, to), FacilityResource.integer(page, "page"),
                FacilityResource.integer(size, "size"));
    }

    /**
     * @param facility facility code filter
     * @param user     user name filter
     * @param entity   entity name filter
     * @param from     from (inclusive)
     * @param to       to (exclusive)
     * @return the matching events as CSV (UTF-8 with BOM), newest first
     */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(summary = "Export the audit trail as CSV (safety manager)")
    public Response export(@QueryParam("facility") String facility, @QueryParam("user") String user,
            @QueryParam("entity") String entity, @QueryParam("from") String from, @QueryParam("to") String to) {
        audit.requireReader();
        AuditService.Filter f = filter(facility, user, entity, from, to);
        // issue 15: no cell readable as a formula (TableExport); pages of 1,000 read as the file is written
        Iterable<AuditEventView> events = () -> new java.util.Iterator<>() {
            private java.util.Iterator<AuditEventView> page = java.util.Collections.emptyIterator();
            private int next;
            private long total = Long.MAX_VALUE;

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && (long) next * 1000 < total) {
                    Page<AuditEventView> p = audit.browse(f, next++, 1000);
                    total = p.total();
                    page = p.items().iterator();
                }
                return page.hasNext();
            }

            @Override
            public AuditEventView next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return page.next();
            }
        };
        StreamingOutput body = out -> EXPORT.csv(out, events);
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"sitegate-audit.csv\"").build();
    }

    /**
     * @param full {@code true} to walk from the first event, not from the newest signed checkpoint
     * @return the result of walking the hash chain: intact, events checked, first broken event, reason code, the
     *         checkpoint the walk started after and the one signed (issue 15)
     */
    @GET
    @Path("verification")
    @Operation(summary = "Verify the audit trail's hash chain and its signed checkpoints; reports the first broken link",
            description = "With sitegate.audit.key set, reads on from the newest signed checkpoint (full=true: from "
                    + "the first event) and signs a new checkpoint at the head. reason: link-broken, hash-mismatch, "
                    + "newest-deleted, checkpoint-signature, checkpoint-event-changed, rewritten.")
    public AuditService.Verification verify(@QueryParam("full") @DefaultValue("false") String full) {
        if (!"true".equals(full) && !"false".equals(full)) {
            throw jp.sitegate.domain.shared.InvalidInputException.of("full", "api.true-false");
        }
        return audit.verify(Boolean.parseBoolean(full));
    }
}
