package jp.sitegate.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.sitegate.application.ProductCatalog;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Products under conditions of use, by YJ code. */
@Path("v1/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    @Inject
    private ProductCatalog catalog;

    /**
     * A product strength.
     *
     * @param yjCode   YJ code
     * @param product  product key
     * @param name     product name (Japanese)
     * @param nameEn   product name (English)
     * @param strength strength
     * @param distributionPolicy FIRST_DELIVERY_ONLY or EVERY_DELIVERY
     */
    public record ProductView(String yjCode, String product, String name, String nameEn, String strength,
            String distributionPolicy) {
    }

    /** @return every product strength */
    @GET
    @Operation(summary = "List products and their YJ codes")
    public List<ProductView> list() {
        return catalog.allCodes().stream().map(c -> new ProductView(c.getYjCode(), c.getProduct().getKey(),
                c.getProduct().getNameJa(), c.getProduct().getNameEn(), c.getStrengthJa(),
                c.getProduct().getDistributionPolicy().name())).toList();
    }
}
