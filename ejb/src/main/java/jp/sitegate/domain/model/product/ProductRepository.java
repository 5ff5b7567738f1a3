package jp.sitegate.domain.model.product;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Products under conditions of use, their strengths (YJ codes) and their requirement profile versions (issue 13:
 * the application reads them only through here; the JPA adapter is
 * {@code infrastructure.persistence.JpaProductRepository}).
 */
public interface ProductRepository {
    /**
     * @param yjCode a validated 12-character YJ code
     * @return the strength with its product, if registered
     */
    Optional<ProductCode> strength(YjCode yjCode);

    /** @return every strength with its product, by YJ code */
    List<ProductCode> strengths();

    /**
     * @param productId a product
     * @param day       a day (Japan)
     * @return the profile version in force that day (REQUIREMENTS.md §7), if any
     */
    Optional<RequirementProfile> profileInForce(long productId, LocalDate day);

    /**
     * @param day a day (Japan)
     * @return the profile versions taking effect that day, by product key
     */
    List<RequirementProfile> profilesTakingEffect(LocalDate day);

    /**
     * @param key a product key (e.g. {@code LUNSUMIO})
     * @return the product's manufacturer organisation id, if the product exists
     */
    Optional<Long> manufacturerOf(String key);

    /**
     * @param manufacturerId a manufacturer organisation
     * @return the ids of its products
     */
    Set<Long> productIdsOf(long manufacturerId);

    /**
     * @param manufacturerId a manufacturer, or {@code null}
     * @return its products, by id (none for {@code null})
     */
    List<Product> ofManufacturer(Long manufacturerId);

    /** @return every product, by id */
    List<Product> all();

    /**
     * @param key a product key (e.g. {@code LUNSUMIO})
     * @return the product, if registered
     */
    Optional<Product> byKey(String key);

    /**
     * @param yjCode a YJ code as text (upper case)
     * @return the product of that strength, if registered
     */
    Optional<Product> byYjCode(String yjCode);

    /** @return every profile version of every product, newest version first */
    List<RequirementProfile> versionsNewestFirst();

    /**
     * @param product a product
     * @return its newest profile version (by number, in force or not), if any
     */
    Optional<RequirementProfile> newestVersion(Product product);

    /**
     * @param product   a product
     * @param versionNo a version number
     * @return that version of the product's profile, if it exists
     */
    Optional<RequirementProfile> version(Product product, int versionNo);

    /** @param profile a new profile version, stored and flushed */
    void add(RequirementProfile profile);
}
