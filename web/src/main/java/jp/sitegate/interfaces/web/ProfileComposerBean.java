package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.sitegate.application.admin.ProfileAdminService;
import jp.sitegate.application.view.ProductViews;
import jp.sitegate.domain.model.eligibility.RequirementType;
import jp.sitegate.domain.shared.DomainException;

/**
 * Composes a new requirement-profile version for a product from the requirement types with parameters and an
 * effective-from date (REQUIREMENTS.md §4): start empty or from the latest version, add requirements from a type
 * template, edit ids, clauses, titles and criteria, save. Errors name the requirement and parameter.
 */
@Named
@ViewScoped
public class ProfileComposerBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ProfileAdminService admin;

    @Inject
    private Clock clock;

    private String productKey;
    private ProductViews.Product product;
    private java.util.Map<String, Integer> impact = java.util.Map.of();
    private int impactVersion;
    private LocalDate effectiveFrom;
    private boolean provisional;
    private String source;
    private String distributionPolicy = jp.sitegate.domain.model.product.DistributionPolicy.EVERY_DELIVERY.name();
    private String releaseClause;
    private Integer maxListAgeDays = jp.sitegate.domain.model.product.RequirementProfile.DEFAULT_MAX_LIST_AGE_DAYS;
    private String newType = RequirementType.ICU_ACCESS.name();
    private final List<Draft> drafts = new ArrayList<>();

    /**
     * An editable requirement: its criteria as a form per requirement type ({@link CriteriaForm}, issue 14), or as
     * JSON for experts ({@link #isExpert()}); criteria the form cannot show (an unknown type, invalid JSON) open in
     * the JSON editor.
     */
    public static class Draft implements Serializable {
        private static final long serialVersionUID = 1L;
        private String requirementId;
        private String clause;
        private String titleJa;
        private String titleEn;
        private String criteria;
        private CriteriaForm form;
        private boolean expert;

        Draft(String requirementId, String clause, String titleJa, String titleEn, String criteria) {
            this.requirementId = requirementId;
            this.clause = clause;
            this.titleJa = titleJa;
            this.titleEn = titleEn;
            this.criteria = criteria;
            try {
                form = CriteriaForm.parse(criteria);
            } catch (IllegalArgumentException notAForm) {
                expert = true;
            }
        }

        /** Writes the form into {@link #getCriteria()} (before anything reads the criteria). */
        void sync() {
            if (!expert && form != null) {
                criteria = form.toJson();
            }
        }

        /** @return the criteria as a form; {@code null} while only the JSON editor can show them */
        public CriteriaForm getForm() {
            return form;
        }

        /** @return whether the criteria are edited as JSON */
        public boolean isExpert() {
            return expert;
        }

        /** @return the requirement id */
        public String getRequirementId() {
            return requirementId;
        }

        /** @param v the requirement id */
        public void setRequirementId(String v) {
            requirementId = v;
        }

        /** @return the clause */
        public String getClause() {
            return clause;
        }

        /** @param v the clause */
        public void setClause(String v) {
            clause = v;
        }

        /** @return the Japanese title */
        public String getTitleJa() {
            return titleJa;
        }

        /** @param v the Japanese title */
        public void setTitleJa(String v) {
            titleJa = v;
        }

        /** @return the English title */
        public String getTitleEn() {
            return titleEn;
        }

        /** @param v the English title */
        public void setTitleEn(String v) {
            titleEn = v;
        }

        /** @return the criteria JSON */
        public String getCriteria() {
            return criteria;
        }

        /** @param v the criteria JSON */
        public void setCriteria(String v) {
            criteria = v;
        }
    }

    /** Loads the product named by the {@code product} view parameter. */
    public void load() {
        effectiveFrom = LocalDate.now(clock);
        product = admin.products().stream().filter(p -> p.key().equals(productKey)).findFirst().orElse(null);
        if (product == null) {
            Messages.error(null, Messages.text("profile.unknownProduct", productKey));
        }
    }

    /**
     * Replaces the draft with the requirements of the version in force (issue 14: a revision starts from what
     * applies), or of the latest version when none is in force yet.
     */
    public void startFromLatest() {
        drafts.clear();
        if (!product.profiles().isEmpty()) {
            ProductViews.Profile latest = inForce() != null ? inForce() : product.profiles().get(0);
            latest.requirements().forEach(r -> drafts.add(new Draft(r.requirementId(), r.clause(), r.titleJa(),
                    r.titleEn(), r.criteria())));
            source = latest.source();
            provisional = latest.provisional();
            distributionPolicy = latest.distributionPolicy();
            releaseClause = latest.releaseClause();
            maxListAgeDays = latest.maxListAgeDays();
        }
    }

    /** Adds a requirement from the chosen type's template. */
    public void addRequirement() {
        drafts.forEach(Draft::sync);
        drafts.add(new Draft(product.key().substring(0, Math.min(3, product.key().length())) + "-"
                + (drafts.size() + 1), "", "", "", RequirementType.valueOf(newType).template()));
    }

    /**
     * @param draft the requirement to remove
     */
    public void remove(Draft draft) {
        drafts.remove(draft);
    }

    /**
     * Shows a requirement's criteria as JSON, with what the form holds (for experts: several criteria of one
     * requirement, keys the form does not offer).
     *
     * @param draft the requirement
     */
    public void editAsJson(Draft draft) {
        draft.sync();
        draft.expert = true;
    }

    /**
     * Shows a requirement's JSON as the form again; when the JSON is not a form (invalid, or an unknown type) it
     * stays in the JSON editor and a message says why.
     *
     * @param draft the requirement
     */
    public void editAsForm(Draft draft) {
        try {
            draft.form = CriteriaForm.parse(draft.criteria);
            draft.expert = false;
        } catch (IllegalArgumentException notAForm) {
            Messages.error(null, Messages.text("profile.notAForm", draft.requirementId));
        }
    }

    /**
     * @param criteria a requirement's criteria JSON
     * @param english  whether in English
     * @return its requirement types and parameters in words (issue 14), or the JSON when it is not a form
     */
    public String describe(String criteria, boolean english) {
        return CriteriaForm.describe(criteria, english);
    }

    /**
     * @param field an error's field, e.g. {@code TEC-STK-1.criteria[0].minMg}
     * @return it with the parameter by its label: {@code TEC-STK-1 — トシリズマブの在庫量（mg 以上）}; the field as it
     *         is when its last part is not a parameter
     * @param english whether in English
     */
    static String fieldLabel(String field, boolean english) {
        if (field == null) {
            return "";
        }
        int dot = field.lastIndexOf('.');
        int criteria = field.indexOf(".criteria");
        String name = field.substring(dot + 1);
        return java.util.Arrays.stream(RequirementType.values()).flatMap(t -> t.parameters().stream())
                .filter(p -> p.name().equals(name)).findFirst()
                .map(p -> field.substring(0, criteria < 0 ? dot : criteria) + " — "
                        + (english ? p.labelEn() : p.labelJa()))
                .orElse(field);
    }

    /** Saves the new version; errors name the requirement and parameter. */
    public void save() {
        drafts.forEach(Draft::sync);
        try {
            int version = admin.addProfileVersion(productKey, effectiveFrom, provisional, source, drafts.stream()
                    .map(d -> new ProfileAdminService.RequirementDraft(d.requirementId, d.clause, d.titleJa,
                            d.titleEn, d.criteria))
                    .toList(), new ProfileAdminService.Gate(jp.sitegate.domain.model.product.DistributionPolicy
                            .valueOf(distributionPolicy), releaseClause, maxListAgeDays));
            Messages.info(Messages.text("profile.saved", version, effectiveFrom));
            drafts.clear();
            load();
        } catch (DomainException e) {
            Messages.error(null, Messages.text("profile.error", fieldLabel(e.field(), Messages.english()),
                    Messages.reason(e)));
        }
    }

    /**
     * Shows what a draft would change today (issue 11), through the same service as
     * {@code GET …/profile-versions/{versionNo}/impact}.
     *
     * @param versionNo the draft
     */
    public void showImpact(int versionNo) {
        try {
            impact = admin.impact(productKey, versionNo);
            impactVersion = versionNo;
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /**
     * Approves a draft: another safety manager than the one who saved it (same service as
     * {@code POST …/profile-versions/{versionNo}/approval}).
     *
     * @param versionNo the draft
     */
    public void approve(int versionNo) {
        try {
            admin.approve(productKey, versionNo);
            Messages.info(Messages.text("profile.approved", versionNo));
            load();
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /**
     * @param change "FROM→TO" with outcome names
     * @return it in the reader's words (納入可 → 納入不可)
     */
    public String changeLabel(String change) {
        String[] parts = change.split("→");
        return java.util.Arrays.stream(parts).map(s -> "NONE".equals(s) ? Messages.text("profile.noProfile")
                : Messages.text("decision." + s)).collect(java.util.stream.Collectors.joining(" → "));
    }

    /** @return the last impact shown: "FROM→TO" → facilities */
    public java.util.Map<String, Integer> getImpact() {
        return impact;
    }

    /** @return the version whose impact is shown, or 0 */
    public int getImpactVersion() {
        return impactVersion;
    }

    /**
     * One line of the composer's diff against the version in force (issue 14).
     *
     * @param requirementId the requirement
     * @param change        ADDED, REMOVED, CHANGED or SAME
     * @param before        its title and criteria in force, or {@code null} for an added one
     * @param after         its title and criteria composed, or {@code null} for a removed one
     */
    public record DiffLine(String requirementId, String change, String before, String after) implements Serializable {
    }

    private List<DiffLine> diff = List.of();

    /** Compares the requirements being composed with the version in force today (shown under the composer). */
    public void compare() {
        drafts.forEach(Draft::sync);
        ProductViews.Profile inForce = inForce();
        java.util.Map<String, ProductViews.Requirement> was = new java.util.LinkedHashMap<>();
        if (inForce != null) {
            inForce.requirements().forEach(r -> was.put(r.requirementId(), r));
        }
        List<DiffLine> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Draft d : drafts) {
            String id = d.getRequirementId() == null ? "" : d.getRequirementId().strip();
            seen.add(id);
            ProductViews.Requirement r = was.get(id);
            String after = text(d.getTitleJa(), d.getCriteria());
            String before = r == null ? null : text(r.titleJa(), r.criteria());
            out.add(new DiffLine(id, r == null ? "ADDED" : same(r, d) ? "SAME" : "CHANGED", before, after));
        }
        was.forEach((id, r) -> {
            if (!seen.contains(id)) {
                out.add(new DiffLine(id, "REMOVED", text(r.titleJa(), r.criteria()), null));
            }
        });
        diff = out;
    }

    private static boolean same(ProductViews.Requirement r, Draft d) {
        return java.util.Objects.equals(r.titleJa(), d.getTitleJa()) && java.util.Objects.equals(r.clause(),
                d.getClause()) && java.util.Objects.equals(normal(r.criteria()), normal(d.getCriteria()));
    }

    /** @return the JSON as JSON-P writes it (same keys and values compare equal however they were spaced) */
    private static String normal(String json) {
        if (json == null) {
            return "";
        }
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            return reader.read().toString();
        } catch (jakarta.json.JsonException notJson) {
            return json.strip();
        }
    }

    private static String text(String title, String criteria) {
        return (title == null ? "" : title) + " — " + (criteria == null ? "" : CriteriaForm.describe(criteria,
                Messages.english()));
    }

    /** @return the version in force today: the latest approved one whose effective-from day has come, or null */
    private ProductViews.Profile inForce() {
        if (product == null) {
            return null;
        }
        String today = LocalDate.now(clock).toString();
        return product.profiles().stream().filter(v -> !"DRAFT".equals(v.status()))
                .filter(v -> v.effectiveFrom().compareTo(today) <= 0)
                .max(java.util.Comparator.comparing(ProductViews.Profile::effectiveFrom)
                        .thenComparingInt(ProductViews.Profile::versionNo)).orElse(null);
    }

    /** @return the lines of the last comparison; empty before one */
    public List<DiffLine> getDiff() {
        return diff;
    }

    /** @return the requirement types, offered by their labels (issue 14) */
    public List<RequirementType> getTypes() {
        return List.of(RequirementType.values());
    }

    /** @return the product key (view parameter) */
    public String getProductKey() {
        return productKey;
    }

    /** @param productKey the product key (view parameter) */
    public void setProductKey(String productKey) {
        this.productKey = productKey;
    }

    /** @return the product, or {@code null} */
    public ProductViews.Product getProduct() {
        return product;
    }

    /** @return the first day the new version is in force */
    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    /** @param effectiveFrom the first day the new version is in force */
    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    /** @return whether the new version is provisional */
    public boolean isProvisional() {
        return provisional;
    }

    /** @param provisional whether the new version is provisional */
    public void setProvisional(boolean provisional) {
        this.provisional = provisional;
    }

    /** @return the source documents */
    public String getSource() {
        return source;
    }

    /** @param source the source documents */
    public void setSource(String source) {
        this.source = source;
    }

    /** @return the type of the next requirement to add */
    public String getNewType() {
        return newType;
    }

    /** @param newType the type of the next requirement to add */
    public void setNewType(String newType) {
        this.newType = newType;
    }

    /** @return the requirements being composed */
    public List<Draft> getDrafts() {
        return drafts;
    }

    /** @return EVERY_DELIVERY or FIRST_DELIVERY_ONLY for the new version (issue 12) */
    public String getDistributionPolicy() {
        return distributionPolicy;
    }

    /** @param v the new version's distribution policy */
    public void setDistributionPolicy(String v) {
        distributionPolicy = v;
    }

    /** @return the product's own clause releasing the first-delivery restriction */
    public String getReleaseClause() {
        return releaseClause;
    }

    /** @param v the release clause */
    public void setReleaseClause(String v) {
        releaseClause = v;
    }

    /** @return days a bureau list may be old */
    public Integer getMaxListAgeDays() {
        return maxListAgeDays;
    }

    /** @param v days a bureau list may be old */
    public void setMaxListAgeDays(Integer v) {
        maxListAgeDays = v;
    }

    /** @return the policies a version may have, for the select (per-patient delivery is the product's) */
    public jp.sitegate.domain.model.product.DistributionPolicy[] getPolicies() {
        return new jp.sitegate.domain.model.product.DistributionPolicy[] {
            jp.sitegate.domain.model.product.DistributionPolicy.EVERY_DELIVERY,
            jp.sitegate.domain.model.product.DistributionPolicy.FIRST_DELIVERY_ONLY};
    }
}
