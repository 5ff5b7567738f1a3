package jp.sitegate.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * SiteGate's REST API under {@code /sitegate/api}; every resource is versioned under {@code /v1}. The OpenAPI
 * document is served at {@code /openapi}. Errors are RFC 9457 problem details ({@code application/problem+json}).
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "SiteGate API", version = "1",
        description = "Shipment gate for CRS-risk products: facility eligibility per product (REQUIREMENTS.md §7), "
                + "shipments (LUN-DST-1/2), facilities, physicians, briefings (LUN-BRF-1..4), tocilizumab stock, "
                + "and the import of regional health bureau lists (REQUIREMENTS.md §6)."))
public class RestApplication extends Application {
    /**
     * Jersey's multipart support (bundled with Payara), for the {@code multipart/form-data} evidence upload of
     * {@code POST …/declarations/{id}/confirmation} (issue 11); resources are still discovered by scanning.
     *
     * @return the server properties
     */
    @Override
    public java.util.Map<String, Object> getProperties() {
        return java.util.Map.of("jersey.config.server.provider.classnames",
                "org.glassfish.jersey.media.multipart.MultiPartFeature");
    }
}
