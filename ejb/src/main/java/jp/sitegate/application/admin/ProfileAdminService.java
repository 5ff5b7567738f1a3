package jp.sitegate.application.admin;

import jakarta.ejb.Stateless;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.Commands;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.status.FactsChanged;
import jp.sitegate.application.view.ProductViews;
import jp.sitegate.domain.model.eligibility.CriteriaParser;
import jp.sitegate.domain.model.product.DistributionPolicy;
import jp.sitegate.domain.model.product.Product;
import jp.sitegate.domain.model.product.ProductCode;
import jp.sitegate.domain.model.product.RequirementProfile;
import jp.sitegate.domain.model.product.YjCode;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.ConflictException;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.NotFoundException;

/**
 * The safety manager's products and requirement profiles (REQUIREMENTS.md §4): add a product with its YJ codes and
 * distribution policy, and compose a new profile version from the requirement types with parameters and an
 * effective-from date — no code change. Every criterion is validated before anything is stored.
 */
@Stateless
public class ProfileAdminService {
    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern REQUIREMENT_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");

    /** Issue 13: facts a profile reads changed; StatusTracker re-evaluates in this transaction. */
    @jakarta.inject.Inject
    private jakarta.enterprise.event.Event<FactsChanged> factsChanged;

    @jakarta.inject.Inject
    private jp.sitegate.domain.shared.UnitOfWork work;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.status.FacilityStatusRepository statuses;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.product.ProductRepository productRepository;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.EligibilityEngine engine;

    @jakarta.inject.Inject
    private java.time.Clock clock;

    @jakarta.inject.Inject
    private Authorization authorization;

    /**
     * @return the products of the caller's manufacturer (issue 10) with their strengths and profile versions
     *         (newest first)
     * @throws jp.sitegate.domain.shared.ForbiddenException unless a safety manager
     */
    public List<ProductViews.Product> products() {
        var user = authorization.anyRole(Role.SAFETY_MANAGER);
        List<Product> products = productRepository.ofManufacturer(user == null ? null : user.organisationId());
        Map<Long, List<ProductCode>> codes = productRepository.strengths().stream().collect(java.util.stream.Collectors.groupingBy(c -> c.getProduct().getId()));
        Map<Long, List<RequirementProfile>> profiles = productRepository.versionsNewestFirst().stream()
                .collect(java.util.stream.Collectors.groupingBy(r -> r.getProduct().getId()));
        return products.stream().map(p -> new ProductViews.Product(p.getKey(), p.getNameJa(), p.getNameEn(),
                p.getGenericNameJa(), p.getDistributionPolicy().name(),
                codes.getOrDefault(p.getId(), List.of()).stream().map(c -> c.getYjCode() + " " + c.getStrengthJa())
                        .toList(),
                profiles.getOrDefault(p.getId(), List.of()).stream().map(ProfileAdminService::view).toList()))
                .toList();
    }

    private static ProductViews.Profile view(RequirementProfile r) {
        return new ProductViews.Profile(r.getVersionNo(), r.getEffectiveFrom().toString(), r.isProvisional(),
                r.getSourceJa(), r.getRequirements().stream().map(q -> new ProductViews.Requirement(
                        q.getRequirementId(), q.getClauseJa(), q.getTitleJa(), q.getTitleEn(), q.getCriteria()))
                        .toList(), r.getStatus(), r.getDraftedBy(), r.getApprovedBy(), r.getDistributionPolicy().name(),
                r.getReleaseClauseJa(), r.getMaxListAgeDays());
    }

    /**
     * Adds a product.
     *
     * @param key       stable key, upper case (e.g. TECVAYLI)
     * @param nameJa    brand name (Japanese)
     * @param nameEn    brand name (English)
     * @param genericJa generic name (Japanese)
     * @param genericEn generic name (English)
     * @param policy    distribution policy
     * @param strengths YJ code → strength label (at least one)
     * @throws jp.sitegate.domain.shared.ForbiddenException unless a safety manager (the product belongs to their
     *                               manufacturer, issue 10)
     * @throws InvalidInputException naming the field for invalid input
     * @throws ConflictException     when the key or a YJ code is already registered
     */
    public void addProduct(String key, String nameJa, String nameEn, String genericJa, String genericEn,
            DistributionPolicy policy, Map<String, String> strengths) {
        var user = authorization.anyRole(Role.SAFETY_MANAGER);
        if (user == null || user.organisationKind() != jp.sitegate.domain.model.organisation.OrganisationKind
                .MANUFACTURER) {
            throw jp.sitegate.domain.shared.ForbiddenException.of(null, "profile.manufacturer-s-safety-manager");
        }
        if (key == null || !KEY.matcher(key).matches()) {
            throw InvalidInputException.of("key", "profile.key-2-40-upper");
        }
        Commands.validate(new ProductNames(nameJa, nameEn, genericJa, genericEn));
        if (policy == null) {
            throw InvalidInputException.of("distributionPolicy", "profile.distributionpolicy-required");
        }
        if (strengths == null || strengths.isEmpty()) {
            throw InvalidInputException.of("yjCodes", "profile.least-one-yj-code");
        }
        if (productRepository.byKey(key).isPresent()) {
            throw ConflictException.of("key", "profile.product-key-exists", key);
        }
        Product p = new Product(key, nameJa.strip(), nameEn.strip(), genericJa.strip(), genericEn.strip(), policy,
                user.organisationId());
        work.add(p);
        for (Map.Entry<String, String> e : strengths.entrySet()) {
            YjCode yj = YjCode.of(e.getKey(), "yjCodes");
            if (work.find(ProductCode.class, yj.value()) != null) {
                throw ConflictException.of("yjCodes", "profile.yj-code-belongs-another", yj);
            }
            required(e.getValue(), "yjCodes");
            work.add(new ProductCode(yj, p, e.getValue().strip()));
        }
        work.flush();
    }

    /**
     * A requirement of a new profile version, as the safety manager composed it.
     *
     * @param requirementId id (e.g. TEC-FAC-1)
     * @param clause        source clause
     * @param titleJa       title (Japanese)
     * @param titleEn       title (English)
     * @param criteria      criteria JSON array
     */
    public record RequirementDraft(String requirementId,
            @NotBlank(message = "{profile.required}") @Size(max = 500, message = "{profile.length}") String clause,
            @NotBlank(message = "{profile.required}") @Size(max = 500, message = "{profile.length}") String titleJa,
            @NotBlank(message = "{profile.required}") @Size(max = 500, message = "{profile.length}") String titleEn,
            String criteria) {
    }

    /**
     * A new product's names as given to {@link #addProduct} (issue 13: their limits are the product table's, 200).
     *
     * @param nameJa        brand name (Japanese)
     * @param nameEn        brand name (English)
     * @param genericNameJa generic name (Japanese)
     * @param genericNameEn generic name (English)
     */
    public record ProductNames(
            @NotBlank(message = "{profile.required}") @Size(max = 200, message = "{profile.length}") String nameJa,
            @NotBlank(message = "{profile.required}") @Size(max = 200, message = "{profile.length}") String nameEn,
            @NotBlank(message = "{profile.required}") @Size(max = 200, message = "{profile.length}")
            String genericNameJa,
            @NotBlank(message = "{profile.required}") @Size(max = 200, message = "{profile.length}")
            String genericNameEn) {
    }

    /**
     * Saves a profile version (next version number) for a product as a draft (issue 11): it is not in force until
     * another safety manager of the manufacturer approves it ({@link #approve}).
     *
     * @param productKey    product
     * @param effectiveFrom first day in force once approved (today or later)
     * @param provisional   provisional flag
     * @param source        source documents (Japanese)
     * @param drafts        requirements in order (at least one)
     * @return the version number given
     * @throws jp.sitegate.domain.shared.ForbiddenException unless a safety manager of the product's manufacturer
     *                               (checked before the draft is validated, issue 10)
     * @throws InvalidInputException naming the requirement and parameter for invalid input, or {@code effectiveFrom}
     *                               in the past
     * @throws NotFoundException     for an unknown product
     */
    public int addProfileVersion(String productKey, LocalDate effectiveFrom, boolean provisional, String source,
            List<RequirementDraft> drafts) {
        return addProfileVersion(productKey, effectiveFrom, provisional, source, drafts, null);
    }

    /**
     * How a new version gates deliveries (issue 12: part of the versioned profile).
     *
     * @param distributionPolicy EVERY_DELIVERY or FIRST_DELIVERY_ONLY
     * @param releaseClause      the product's own clause that releases the first-delivery restriction (required for
     *                           FIRST_DELIVERY_ONLY)
     * @param maxListAgeDays     days a regional health bureau list may be old (1–730; default 120)
     */
    public record Gate(DistributionPolicy distributionPolicy, String releaseClause, Integer maxListAgeDays) {
    }

    /**
     * As {@link #addProfileVersion(String, LocalDate, boolean, String, List)}, with how the version gates deliveries.
     *
     * @param productKey    product
     * @param effectiveFrom first day in force once approved (today or later)
     * @param provisional   provisional flag
     * @param source        source documents (Japanese)
     * @param drafts        requirements in order (at least one)
     * @param gate          the version's distribution policy, release clause and bureau-list age, or {@code null}
     *                      to keep the newest version's (EVERY_DELIVERY and 120 days for a product's first version)
     * @return the version number given
     * @throws jp.sitegate.domain.shared.ForbiddenException unless a safety manager of the product's manufacturer
     * @throws InvalidInputException naming the field for invalid input ({@code distributionPolicy},
     *                               {@code releaseClause}, {@code maxListAgeDays} among them)
     * @throws NotFoundException     for an unknown product
     */
    public int addProfileVersion(String productKey, LocalDate effectiveFrom, boolean provisional, String source,
            List<RequirementDraft> drafts, Gate gate) {
        authorization.anyRole(Role.SAFETY_MANAGER);
        Product p = product(productKey);
        authorization.manufacturerOf(p, Role.SAFETY_MANAGER);
        if (effectiveFrom == null) {
            throw InvalidInputException.of("effectiveFrom", "profile.effectivefrom-required");
        }
        if (effectiveFrom.isBefore(clock.instant().atZone(jp.sitegate.infrastructure.config.ClockProducer.JAPAN)
                .toLocalDate())) {
            // issue 11: a version never takes effect in the past (decisions already made stay as they were)
            throw InvalidInputException.of("effectiveFrom", "profile.effectivefrom-today-later");
        }
        required(source, "source");
        if (drafts == null || drafts.isEmpty()) {
            throw InvalidInputException.of("requirements", "profile.least-one-requirement");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            RequirementDraft d = drafts.get(i);
            String field = "requirements[" + i + "]";
            if (d.requirementId() == null || !REQUIREMENT_ID.matcher(d.requirementId().strip()).matches()) {
                throw InvalidInputException.of(field + ".requirementId", "profile.requirement-id-look-like");
            }
            if (!ids.add(d.requirementId().strip())) {
                throw InvalidInputException.of(field + ".requirementId", "profile.duplicate-requirement-id",
                        d.requirementId());
            }
            Commands.validate(d, Map.of("clause", field + ".clause", "titleJa", field + ".titleJa", "titleEn",
                    field + ".titleEn"));
            CriteriaParser.parse(d.requirementId().strip(), d.criteria() == null ? "" : d.criteria());
        }
        // the newest version (in force or not) gives both the next number and the gate a new version inherits
        RequirementProfile newest = productRepository.newestVersion(p).orElse(null);
        int version = newest == null ? 1 : newest.getVersionNo() + 1;
        var drafter = authorization.anyRole(Role.SAFETY_MANAGER);
        RequirementProfile profile = RequirementProfile.draft(p, version, effectiveFrom, provisional, source.strip(),
                drafter == null ? "system" : drafter.username());
        drafts.forEach(d -> profile.addRequirement(d.requirementId().strip(), d.clause().strip(), d.titleJa().strip(),
                d.titleEn().strip(), d.criteria().strip()));
        if (gate != null) {
            profile.gate(gate.distributionPolicy(), gate.releaseClause(), gate.maxListAgeDays() == null
                    ? RequirementProfile.DEFAULT_MAX_LIST_AGE_DAYS : gate.maxListAgeDays());
        } else if (newest != null) {
            profile.gate(newest.getDistributionPolicy(), newest.getReleaseClauseJa(), newest.getMaxListAgeDays());
        } else {
            profile.gate(DistributionPolicy.EVERY_DELIVERY, null, RequirementProfile.DEFAULT_MAX_LIST_AGE_DAYS);
        }
        productRepository.add(profile);
        return version;
    }

    /**
     * Another safety manager of the manufacturer approves a draft (issue 11); it is then in force from its effective
     * date, and the facilities with a status for the product are re-evaluated when that date has come.
     *
     * @param productKey the product
     * @param versionNo  the draft's version number
     * @throws jp.sitegate.domain.shared.ForbiddenException unless a safety manager of the product's manufacturer other
     *                                                      than the drafter
     * @throws NotFoundException naming {@code versionNo} for an unknown version
     * @throws jp.sitegate.domain.shared.ConflictException when not a draft, or its effective date has passed
     */
    public void approve(String productKey, int versionNo) {
        authorization.anyRole(Role.SAFETY_MANAGER);
        Product p = product(productKey);
        var approver = authorization.manufacturerOf(p, Role.SAFETY_MANAGER);
        RequirementProfile draft = version(p, versionNo);
        java.time.Instant now = clock.instant();
        LocalDate today = now.atZone(jp.sitegate.infrastructure.config.ClockProducer.JAPAN).toLocalDate();
        draft.approve(approver == null ? "system" : approver.username(), now, today);
        work.flush();
        if (!draft.getEffectiveFrom().isAfter(today)) {
            statuses.facilitiesTracking(p).forEach(f -> reevaluate(f, now, jp.sitegate.application.status.FactsChanged.cause("cause.profile", versionNo, productKey)));
        }
    }

    /**
     * What a draft would change (issue 11), shown before it is approved: every facility with a status for the product
     * evaluated today under the version in force and under the draft.
     *
     * @param productKey the product
     * @param versionNo  the draft's version number
     * @return "FROM→TO" (ELIGIBLE / NOT_ELIGIBLE) → number of facilities, changes only
     * @throws jp.sitegate.domain.shared.ForbiddenException unless a safety manager of the product's manufacturer
     * @throws NotFoundException naming {@code versionNo} for an unknown version
     */
    public Map<String, Integer> impact(String productKey, int versionNo) {
        authorization.anyRole(Role.SAFETY_MANAGER);
        Product p = product(productKey);
        authorization.manufacturerOf(p, Role.SAFETY_MANAGER);
        RequirementProfile draft = version(p, versionNo);
        java.time.Instant now = clock.instant();
        ProductCode pc = productRepository.strengths().stream()
                .filter(c -> c.getProduct().getId().equals(p.getId())).findFirst()
                .orElseThrow(() -> NotFoundException.of("product", "profile.no-strength"));
        Map<String, Integer> out = new java.util.TreeMap<>();
        for (jp.sitegate.domain.model.facility.Facility f : statuses.facilitiesTracking(p)) {
            String before;
            try {
                before = engine.evaluate(f, pc, now, now).decision().outcome().name();
            } catch (NotFoundException e) {
                before = "NONE";
            }
            String after = engine.evaluateUnder(f, pc, draft, now).decision().outcome().name();
            if (!before.equals(after)) {
                out.merge(before + "→" + after, 1, Integer::sum);
            }
        }
        return out;
    }

    private RequirementProfile version(Product p, int versionNo) {
        return productRepository.version(p, versionNo)
                .orElseThrow(() -> NotFoundException.of("versionNo", "profile.no-version", versionNo));
    }

    /**
     * @param keyOrYjCode a product key (e.g. LUNSUMIO) or any YJ code of the product
     * @return the product's key
     * @throws NotFoundException (field {@code product}) when there is none
     */
    public String productKey(String keyOrYjCode) {
        return product(keyOrYjCode).getKey();
    }

    /**
     * Who may compose a product's profile, checked before a body is read (issue 10; issue 13: for the REST resource,
     * which sees no entity).
     *
     * @param keyOrYjCode the product's key or any of its YJ codes
     * @return the product's key
     * @throws jp.sitegate.domain.shared.ForbiddenException unless a safety manager of the product's manufacturer
     * @throws NotFoundException for an unknown product
     */
    public String requireSafetyManagerOf(String keyOrYjCode) {
        Product p = product(keyOrYjCode);
        authorization.manufacturerOf(p, Role.SAFETY_MANAGER);
        return p.getKey();
    }

    /**
     * @param keyOrYjCode the product's key or any of its YJ codes
     * @return the product entity (within the application layer)
     * @throws NotFoundException for an unknown product
     */
    public Product product(String keyOrYjCode) {
        String k = keyOrYjCode == null ? "" : keyOrYjCode.strip();
        return productRepository.byKey(k).or(() -> productRepository.byYjCode(k.toUpperCase(java.util.Locale.ROOT)))
                .orElseThrow(() -> NotFoundException.of("product", "profile.no-product", k));
    }

    private static void required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "profile.field-required");
        }
        if (value.length() > 500) {
            throw InvalidInputException.of(field, "profile.field-at-most-500-characters");
        }
    }

    /** Fires {@link FactsChanged} (issue 13) and returns the status changes the observer recorded. */
    private java.util.List<jp.sitegate.domain.model.status.StatusChange> reevaluate(
            jp.sitegate.domain.model.facility.Facility facility, java.time.Instant at, String cause) {
        FactsChanged event = new FactsChanged(facility, at, cause);
        factsChanged.fire(event);
        return event.changes();
    }
}
