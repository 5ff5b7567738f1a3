package jp.sitegate.domain.model.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A product (brand) under conditions of use; its strengths are {@link ProductCode}s. It belongs to its
 * manufacturer (製造販売業者, an organisation referenced by id, issue 10): only that manufacturer's safety managers
 * change it and its profiles, only its MRs record its briefings.
 */
@Entity
@Table(name = "product")
public class Product {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_key", nullable = false, unique = true)
    private String key;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "generic_name_ja", nullable = false)
    private String genericNameJa;

    @Column(name = "generic_name_en", nullable = false)
    private String genericNameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "distribution_policy", nullable = false)
    private DistributionPolicy distributionPolicy;

    @Column(name = "manufacturer_id", updatable = false)
    private Long manufacturerId;

    /** 承認日 (issue 11): nothing about the product can have happened before it; {@code null} when not recorded. */
    @Column(name = "approved_on")
    private java.time.LocalDate approvedOn;

    @Version
    private long version;

    protected Product() {
    }

    /**
     * @param key                stable key such as {@code LUNSUMIO}
     * @param nameJa             brand name in Japanese
     * @param nameEn             brand name in English
     * @param genericNameJa      generic name in Japanese
     * @param genericNameEn      generic name in English
     * @param distributionPolicy how deliveries are gated
     * @param manufacturerId     the manufacturer's organisation id
     */
    public Product(String key, String nameJa, String nameEn, String genericNameJa, String genericNameEn,
            DistributionPolicy distributionPolicy, Long manufacturerId) {
        this.manufacturerId = manufacturerId;
        this.key = key;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
        this.genericNameJa = genericNameJa;
        this.genericNameEn = genericNameEn;
        this.distributionPolicy = distributionPolicy;
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the key */
    public String getKey() {
        return key;
    }

    /** @return the name ja */
    public String getNameJa() {
        return nameJa;
    }

    /** @return the name en */
    public String getNameEn() {
        return nameEn;
    }

    /** @return the generic name ja */
    public String getGenericNameJa() {
        return genericNameJa;
    }

    /** @return the generic name en */
    public String getGenericNameEn() {
        return genericNameEn;
    }

    /** @return the manufacturer's organisation id ({@code null} only for products stored before V8 without one) */
    public Long getManufacturerId() {
        return manufacturerId;
    }

    /** @return the distribution policy */
    public DistributionPolicy getDistributionPolicy() {
        return distributionPolicy;
    }

    /** @return the approval date (承認日), or {@code null} when not recorded */
    public java.time.LocalDate getApprovedOn() {
        return approvedOn;
    }
}
