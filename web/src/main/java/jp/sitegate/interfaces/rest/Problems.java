package jp.sitegate.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.sitegate.domain.shared.DomainException;

/** Builds RFC 9457 problem details: type, title, status, detail (Japanese), detailEn, field. */
public final class Problems {
    /** The problem media type. */
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private Problems() {
    }

    /**
     * @param status   HTTP status
     * @param type     short problem type, e.g. {@code invalid-input}
     * @param title    short English title
     * @param field    offending field or {@code null}
     * @param detailJa detail in Japanese
     * @param detailEn detail in English
     * @return a builder to add extension members to
     */
    public static JsonObjectBuilder problem(int status, String type, String title, String field, String detailJa,
            String detailEn) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", "urn:sitegate:problem:" + type)
                .add("title", title).add("status", status).add("detail", detailJa == null ? "" : detailJa)
                .add("detailEn", detailEn == null ? "" : detailEn);
        if (field != null) {
            b.add("field", field);
            b.add("errors", Json.createArrayBuilder().add(Json.createObjectBuilder().add("field", field)
                    .add("reason", detailJa == null ? "" : detailJa).add("reasonEn", detailEn == null ? "" : detailEn)));
        }
        return b;
    }

    /**
     * @param status HTTP status
     * @param type   problem type
     * @param title  title
     * @param e      the domain exception
     * @return the response
     */
    public static Response of(int status, String type, String title, DomainException e) {
        return respond(status, problem(status, type, title, e.field(), e.reasonJa(), e.reasonEn()));
    }

    /**
     * @param status HTTP status
     * @param body   problem body
     * @return the response with the problem media type
     */
    public static Response respond(int status, JsonObjectBuilder body) {
        return Response.status(status).type(PROBLEM_JSON).entity(body.build().toString()).build();
    }

    /** @return an empty array builder, for {@code errors} lists */
    public static JsonArrayBuilder array() {
        return Json.createArrayBuilder();
    }
}
