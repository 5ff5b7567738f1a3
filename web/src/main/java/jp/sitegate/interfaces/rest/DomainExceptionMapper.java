package jp.sitegate.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import jp.sitegate.application.shipment.ShipmentRefusedException;
import jp.sitegate.domain.shared.ConflictException;
import jp.sitegate.domain.shared.DomainException;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.NotFoundException;
import jp.sitegate.infrastructure.importing.ImportRejectedException;
import jp.sitegate.infrastructure.importing.RowError;

/**
 * Maps domain errors to problem details: invalid input 400, unknown facility/product 404, conflict 409, refused
 * shipment 422 (with the stored decision and its findings), rejected import 422 (400 when the file is unreadable)
 * with every bad row.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Response toResponse(DomainException e) {
        return map(e);
    }

    /**
     * @param e a domain exception
     * @return its problem response
     */
    static Response map(DomainException e) {
        if (e instanceof InvalidInputException) {
            return Problems.of(400, "invalid-input", "Invalid input", e);
        }
        if (e instanceof NotFoundException) {
            return Problems.of(404, "not-found", "Not found", e);
        }
        if (e instanceof jp.sitegate.domain.shared.ForbiddenException) {
            return Problems.of(403, "forbidden", "Forbidden", e);
        }
        if (e instanceof ConflictException) {
            return Problems.of(409, "conflict", "Conflict", e);
        }
        if (e instanceof ShipmentRefusedException r) {
            return Problems.respond(422, Problems.problem(422, "not-eligible", "Shipment refused: not eligible",
                    e.field(), e.reasonJa(), e.reasonEn())
                    .add("decision", Json.createReader(new StringReader(JSONB.toJson(r.decision()))).readObject()));
        }
        if (e instanceof ImportRejectedException r) {
            JsonArrayBuilder rows = Json.createArrayBuilder();
            for (RowError err : r.errors()) {
                var o = Json.createObjectBuilder().add("row", err.row()).add("reason", err.reason())
                        .add("reasonEn", err.reasonEn());
                if (err.column() != null) {
                    o.add("column", err.column());
                }
                rows.add(o);
            }
            int status = r.unreadable() ? 400 : 422;
            return Problems.respond(status, Problems.problem(status, "import-rejected", "Import rejected", "file",
                    e.reasonJa(), e.reasonEn()).add("rejectedRows", r.errors().size()).add("errors", rows));
        }
        return Problems.of(400, "invalid-input", "Invalid input", e);
    }
}
