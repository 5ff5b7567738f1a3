package jp.sitegate.domain.model.product;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A version of a product's requirement profile (RMP 使用条件 / 最適使用推進ガイドライン), in force from its
 * effective-from date until a later version takes effect.
 */
@Entity
@Table(name = "requirement_profile")
@NamedQuery(name = "RequirementProfile.inForce",
        query = "SELECT p FROM RequirementProfile p WHERE p.product.id = :productId AND p.effectiveFrom <= :date "
                + "AND p.status = 'APPROVED' "
                + "ORDER BY p.effectiveFrom DESC, p.versionNo DESC")
public class RequirementProfile {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false)
    private boolean provisional;

    @Column(name = "source_ja", nullable = false)
    private String sourceJa;

    @OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("seq")
    private List<ProfileRequirement> requirements = new ArrayList<>();

    /** {@code DRAFT} until a second safety manager approves it, then {@code APPROVED} (issue 11). */
    @Column(name = "status", nullable = false)
    private String status = APPROVED;

    @Column(name = "drafted_by")
    private String draftedBy;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private java.time.Instant approvedAt;

    /** How deliveries are gated under this version (issue 12: part of the versioned profile, not of the product). */
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "distribution_policy", nullable = false)
    private DistributionPolicy distributionPolicy = DistributionPolicy.EVERY_DELIVERY;

    /** The product's own clause that releases the first-delivery restriction (FIRST_DELIVERY_ONLY), or null. */
    @Column(name = "release_clause_ja")
    private String releaseClauseJa;

    /** Days a regional health bureau list may be old before findings resting on it are UNKNOWN (issue 12). */
    @Column(name = "max_list_age_days", nullable = false)
    private int maxListAgeDays = DEFAULT_MAX_LIST_AGE_DAYS;

    @Version
    private long version;

    /** Default of {@link #getMaxListAgeDays()}: the lists are published monthly (issue 12). */
    public static final int DEFAULT_MAX_LIST_AGE_DAYS =
            jp.sitegate.domain.model.eligibility.EvaluationContext.DEFAULT_MAX_LIST_AGE_DAYS;

    /** Status of a version saved and not yet approved: never in force. */
    public static final String DRAFT = "DRAFT";
    /** Status of a version a second safety manager approved: in force from its effective date. */
    public static final String APPROVED = "APPROVED";

    protected RequirementProfile() {
    }

    /**
     * A draft version (issue 11): not in force until another safety manager of the manufacturer approves it.
     *
     * @param product       the product
     * @param versionNo     version number, unique per product
     * @param effectiveFrom first day in force once approved
     * @param provisional   provisional flag
     * @param sourceJa      the source documents
     * @param draftedBy     who saved it (user name)
     * @return the draft
     */
    public static RequirementProfile draft(Product product, int versionNo, LocalDate effectiveFrom,
            boolean provisional, String sourceJa, String draftedBy) {
        RequirementProfile p = new RequirementProfile(product, versionNo, effectiveFrom, provisional, sourceJa);
        p.status = DRAFT;
        p.draftedBy = draftedBy;
        return p;
    }

    /**
     * A second safety manager approves the draft.
     *
     * @param by who (user name; not the drafter)
     * @param at when
     * @param today the day of approval (Japan)
     * @throws jp.sitegate.domain.shared.ForbiddenException naming {@code approvedBy} when the drafter approves
     * @throws jp.sitegate.domain.shared.ConflictException  naming {@code status} when not a draft, or
     *                                                      {@code effectiveFrom} when its date has passed
     */
    public void approve(String by, java.time.Instant at, LocalDate today) {
        if (!DRAFT.equals(status)) {
            throw jp.sitegate.domain.shared.ConflictException.of("status", "profile.version-approved-already");
        }
        if (by != null && by.equals(draftedBy)) {
            throw jp.sitegate.domain.shared.ForbiddenException.of("approvedBy", "profile.another-safety-manager-than");
        }
        if (effectiveFrom.isBefore(today)) {
            throw jp.sitegate.domain.shared.ConflictException.of("effectiveFrom", "profile.draft-s-effective-date",
                    effectiveFrom);
        }
        this.status = APPROVED;
        this.approvedBy = by;
        this.approvedAt = at;
    }

    /**
     * Sets how this version gates deliveries and how old a bureau list may be (issue 12), before it is saved.
     *
     * @param policy         EVERY_DELIVERY or FIRST_DELIVERY_ONLY (PER_PATIENT is a product's, refused here)
     * @param releaseClause  the product's own clause releasing the first-delivery restriction (required, not blank,
     *                       for FIRST_DELIVERY_ONLY; ignored otherwise)
     * @param maxListAgeDays 1–730 days
     * @throws jp.sitegate.domain.shared.InvalidInputException naming {@code distributionPolicy},
     *                                                         {@code releaseClause} or {@code maxListAgeDays}
     */
    public void gate(DistributionPolicy policy, String releaseClause, int maxListAgeDays) {
        if (policy == null) {
            throw jp.sitegate.domain.shared.InvalidInputException.of("distributionPolicy",
                    "profile.distributionpolicy-required");
        }
        if (policy == DistributionPolicy.PER_PATIENT) {
            // one patient per delivery is the product's nature (issue 12), not a version's release rule
            throw jp.sitegate.domain.shared.InvalidInputException.of("distributionPolicy",
                    "profile.version-s-policy-every");
        }
        boolean release = policy == DistributionPolicy.FIRST_DELIVERY_ONLY;
        if (release && (releaseClause == null || releaseClause.isBlank())) {
            throw jp.sitegate.domain.shared.InvalidInputException.of("releaseClause",
                    "profile.clause-product-s-documents");
        }
        if (release && releaseClause.strip().length() > 500) {
            throw jp.sitegate.domain.shared.InvalidInputException.of("releaseClause",
                    "profile.releaseclause-most-500-characters");
        }
        if (maxListAgeDays < 1 || maxListAgeDays > 730) {
            throw jp.sitegate.domain.shared.InvalidInputException.of("maxListAgeDays", "profile.maxlistagedays-1-730");
        }
        this.distributionPolicy = policy;
        this.releaseClauseJa = release ? releaseClause.strip() : null;
        this.maxListAgeDays = maxListAgeDays;
    }

    /** @return how deliveries are gated under this version */
    public DistributionPolicy getDistributionPolicy() {
        return distributionPolicy;
    }

    /** @return the clause releasing the first-delivery restriction, or {@code null} (EVERY_DELIVERY) */
    public String getReleaseClauseJa() {
        return releaseClauseJa;
    }

    /** @return days a bureau list may be old before findings resting on it are UNKNOWN */
    public int getMaxListAgeDays() {
        return maxListAgeDays;
    }

    /** @return {@link #DRAFT} or {@link #APPROVED} */
    public String getStatus() {
        return status;
    }

    /** @return who saved the draft, or {@code null} */
    public String getDraftedBy() {
        return draftedBy;
    }

    /** @return who approved it, or {@code null} */
    public String getApprovedBy() {
        return approvedBy;
    }

    /**
     * @param product       the product
     * @param versionNo     version number, unique per product
     * @param effectiveFrom first day in force
     * @param provisional   true while the safety manager has not confirmed it
     * @param sourceJa      the source documents
     */
    public RequirementProfile(Product product, int versionNo, LocalDate effectiveFrom, boolean provisional,
            String sourceJa) {
        this.product = product;
        this.versionNo = versionNo;
        this.effectiveFrom = effectiveFrom;
        this.provisional = provisional;
        this.sourceJa = sourceJa;
    }

    /**
     * Adds a requirement at the end of the profile.
     *
     * @param requirementId REQUIREMENTS.md id
     * @param clauseJa      clause citation
     * @param titleJa       title in Japanese
     * @param titleEn       title in English
     * @param criteriaJson  JSON array of criteria
     */
    public void addRequirement(String requirementId, String clauseJa, String titleJa, String titleEn,
            String criteriaJson) {
        requirements.add(new ProfileRequirement(this, (requirements.size() + 1) * 10, requirementId, clauseJa,
                titleJa, titleEn, criteriaJson));
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the product */
    public Product getProduct() {
        return product;
    }

    /** @return the optimistic-lock version (changes whenever the row is updated) */
    public long getLockVersion() {
        return version;
    }

    /** @return the version number (1, 2, …) */
    public int getVersionNo() {
        return versionNo;
    }

    /** @return the effective from */
    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    /** @return whether provisional */
    public boolean isProvisional() {
        return provisional;
    }

    /** @return the source ja */
    public String getSourceJa() {
        return sourceJa;
    }

    /** @return the requirements in profile order */
    public List<ProfileRequirement> getRequirements() {
        return Collections.unmodifiableList(requirements);
    }
}
