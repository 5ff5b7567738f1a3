package jp.sitegate.application.gate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.sitegate.application.view.DecisionDocument;
import jp.sitegate.domain.model.eligibility.CompiledRequirement;
import jp.sitegate.domain.model.eligibility.Decision;
import jp.sitegate.domain.model.eligibility.EligibilityEvaluator;
import jp.sitegate.domain.model.eligibility.EvaluationContext;
import jp.sitegate.domain.model.eligibility.FacilityFacts;
import jp.sitegate.domain.model.eligibility.Finding;
import jp.sitegate.domain.model.eligibility.FirstDeliveryStatus;
import jp.sitegate.domain.model.eligibility.FacilityFactsRepository;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.facility.FacilityRepository;
import jp.sitegate.domain.model.facility.MedicalInstitutionCode;
import jp.sitegate.domain.model.product.DistributionPolicy;
import jp.sitegate.domain.model.product.Product;
import jp.sitegate.domain.model.product.ProductCode;
import jp.sitegate.domain.model.product.RequirementProfile;
import jp.sitegate.domain.model.shipment.SupplyRepository;
import jp.sitegate.domain.model.shipment.SupplySuspension;
import jp.sitegate.domain.shared.NotFoundException;
import jp.sitegate.domain.shared.Reason;
import jp.sitegate.infrastructure.config.ClockProducer;

/**
 * The gate's evaluation (REQUIREMENTS.md §7): resolves facility, product and the profile in force at the moment,
 * loads the facility's facts in a fixed number of queries ({@link FacilityFactsRepository}), and evaluates every
 * requirement. Reads through the domain's repositories (issue 13), in the caller's transaction.
 */
@ApplicationScoped
public class EligibilityEngine {
    @Inject
    private FacilityRepository facilities;

    @Inject
    private ProductCatalog catalog;

    @Inject
    private FacilityFactsRepository factsRepository;

    @Inject
    private SupplyRepository supply;


    /**
     * @param facilityCode 10-digit code as typed (validated and normalised here)
     * @return the facility
     * @throws jp.sitegate.domain.shared.InvalidInputException when the code is invalid
     * @throws NotFoundException                               when no facility has that code; for a dental or
     *                                                         pharmacy code it says that is what the code is
     *                                                         (REQUIREMENTS.md §6, issue 12)
     */
    public Facility facility(String facilityCode) {
        MedicalInstitutionCode code = MedicalInstitutionCode.of(facilityCode);
        return facilities.byCode(code).orElseThrow(() -> code.notADeliverySite()
                .map(r -> NotFoundException.of("code", "facility.code-not-registered", new Reason(r.ja(), r.en())))
                .orElseGet(() -> NotFoundException.of("code", "facility.no-facility-with-code", code)));
    }

    /**
     * @param facilityCode facility code
     * @param yjCode       product YJ code
     * @param at           moment evaluated
     * @param now          moment of computation
     * @return the evaluation
     * @throws jp.sitegate.domain.shared.InvalidInputException for an invalid code (field {@code code} or
     *                                                         {@code product})
     * @throws NotFoundException                               for an unknown facility or product, or no profile
     *                                                         in force
     */
    public Evaluation evaluate(String facilityCode, String yjCode, Instant at,
            Instant now) {
        ProductCode pc = catalog.productCode(yjCode, "product");
        return evaluate(facility(facilityCode), pc, at, now);
    }

    /**
     * @param facility the facility
     * @param pc       the product strength
     * @param at       moment evaluated
     * @param now      moment of computation
     * @return the evaluation
     * @throws NotFoundException when no profile is in force at {@code at}
     */
    public Evaluation evaluate(Facility facility, ProductCode pc, Instant at, Instant now) {
        return evaluate(facility, pc, at, now, null);
    }

    /**
     * As {@link #evaluate(Facility, ProductCode, Instant, Instant)}, reusing what a batch chunk already
     * read for the same moment: the profile in force for the product and the facility's facts (then only the
     * briefings are read again); what it reads is kept in the scope for the next line.
     *
     * @param code  facility code, validated
     * @param yj    YJ code, validated
     * @param at    moment evaluated (also the moment of computation)
     * @param scope what the chunk has read so far
     * @return the evaluation
     * @throws NotFoundException for an unknown facility or product, or no profile in force
     */
    public Evaluation evaluate(String code, String yj, Instant at, BatchScope scope) {
        return evaluate(code, yj, at, scope, false);
    }

    private Evaluation evaluate(String code, String yj, Instant at, BatchScope scope, boolean cached) {
        Facility facility = scope.facilities.computeIfAbsent(code, c -> facility(c));
        ProductCode pc = scope.productCodes.computeIfAbsent(yj, y -> cached ? catalog.cachedCode(y, "product")
                : catalog.productCode(y, "product"));
        Evaluation ev = evaluate(facility, pc, at, at, scope, cached);
        scope.facts.putIfAbsent(facility.getId(), ev.facts());
        return ev;
    }

    /**
     * The decision a facility would get under a given profile version (a draft's impact, issue 11), now.
     *
     * @param facility the facility
     * @param pc       the product strength
     * @param profile  the profile version to evaluate under, in force or not
     * @param now      the moment evaluated and of computation
     * @return the evaluation
     */
    public Evaluation evaluateUnder(Facility facility, ProductCode pc,
            RequirementProfile profile, Instant now) {
        BatchScope scope = new BatchScope();
        scope.profiles.put(pc.getProduct().getId(), profile);
        return evaluate(facility, pc, now, now, scope);
    }

    /**
     * The evaluation, with what a batch chunk already read when {@code scope} is given.
     */
    private Evaluation evaluate(Facility facility, ProductCode pc, Instant at, Instant now,
            BatchScope scope) {
        return evaluate(facility, pc, at, now, scope, false);
    }

    /**
     * @param cached whether the profile comes from the in-memory catalogue ({@link ProductCatalog#cachedProfileInForce},
     *               checks for the present that write nothing; issue 16)
     */
    private Evaluation evaluate(Facility facility, ProductCode pc, Instant at, Instant now,
            BatchScope scope, boolean cached) {
        Product product = pc.getProduct();
        LocalDate day = at.atZone(ClockProducer.JAPAN).toLocalDate();
        java.util.function.LongFunction<RequirementProfile> inForce = cached
                ? id -> catalog.cachedProfileInForce(id, day) : id -> catalog.profileInForce(id, day);
        RequirementProfile profile = scope == null ? inForce.apply(product.getId())
                : scope.profiles.computeIfAbsent(product.getId(), inForce::apply);
        FacilityFacts sameFacility = scope == null ? null : scope.facts.get(facility.getId());
        FacilityFacts prefetched = scope == null ? null
                : scope.prefetched.getOrDefault(facility.getId(), Map.of()).get(product.getId());
        List<CompiledRequirement> requirements = ProductCatalog.compile(profile);
        FacilityFacts facts = prefetched != null ? prefetched
                : sameFacility == null ? factsRepository.load(facility, product.getId(), at)
                        : factsRepository.forProduct(sameFacility, facility, product.getId());
        if (at.isBefore(now)) {
            // a decision as of a past moment reads the declarations in force then (one more SELECT)
            facts = factsRepository.asOf(facility, facts, at);
        }
        List<Finding> findings = new java.util.ArrayList<>(EligibilityEvaluator.findings(requirements, facts,
                new EvaluationContext(product.getId(), day, product.getManufacturerId(),
                        profile.getEffectiveFrom(), profile.getMaxListAgeDays())));
        // the manufacturer's supply suspensions in force then (issue 11, REQUIREMENTS.md §8); a batch chunk reads a
        // facility's once for all its lines
        java.util.function.Function<Long, List<SupplySuspension>> read = supply::suspensionsOf;
        List<SupplySuspension> suspensions = scope == null ? read.apply(facility.getId())
                : scope.suspensions.computeIfAbsent(facility.getId(), read);
        for (SupplySuspension s : suspensions) {
            if (s.inForceAt(at) && s.getManufacturerId().equals(product.getManufacturerId())
                    && s.covers(product.getId())) {
                findings.add(EligibilityEvaluator.suspension(s.getId(), s.getReason(), s.getSuspendedBy(),
                        s.getSuspendedAt().atZone(ClockProducer.JAPAN).toLocalDate(), s.getUntilDate(),
                        s.getProduct() == null));
            }
        }
        FirstDeliveryStatus firstDelivery = firstDelivery(facility, product, profile, at, scope);
        Decision d = new Decision(null, facility.getCode().value(), facility.getName(), product.getKey(),
                product.getNameJa(), pc.getYjCode(), at, now, EligibilityEvaluator.outcome(findings, firstDelivery),
                profile.getVersionNo(), profile.getEffectiveFrom(), profile.isProvisional(), firstDelivery, findings,
                profile.getReleaseClauseJa());
        return new Evaluation(d, facility, pc, profile, facts);
    }

    /** Issue 12: the profile version in force decides whether deliveries after the first are released. */
    private FirstDeliveryStatus firstDelivery(Facility facility, Product product,
            RequirementProfile profile, Instant at, BatchScope scope) {
        if (profile.getDistributionPolicy() != DistributionPolicy.FIRST_DELIVERY_ONLY) {
            return FirstDeliveryStatus.NOT_APPLICABLE;
        }
        List<Instant> releases = scope != null && scope.releases != null
                ? scope.releases.getOrDefault(facility.getId(), Map.of()).getOrDefault(product.getId(), List.of())
                : supply.releases(facility.getId(), product.getId()).stream()
                        .map(jp.sitegate.domain.model.shipment.DeliveryRelease::getReleasedAt).toList();
        boolean released = releases.stream().anyMatch(r -> !r.isAfter(at));
        return released ? FirstDeliveryStatus.RELEASED : FirstDeliveryStatus.ACTIVE;
    }

    /**
     * Reads, set-wise, what the lines of a batch chunk will need for their decisions at one moment (issue 16): the
     * facilities by code, the products from the in-memory catalogue, every facility's facts for every product, their
     * supply suspensions and first-delivery releases — one query each, whatever the number of lines — into
     * {@code scope}, so that {@link #present(String, String, Instant, BatchScope)} then decides each line in memory.
     * Codes that are invalid or unknown are left out: their lines are answered with the error as before.
     *
     * @param facilityCodes the chunk's facility codes, as typed
     * @param yjCodes       the chunk's YJ codes, as typed
     * @param at            the moment the chunk's lines are decided at
     * @param scope         the chunk's scope, filled here
     */
    public void prefetch(java.util.Collection<String> facilityCodes, java.util.Collection<String> yjCodes,
            Instant at, BatchScope scope) {
        java.util.Set<MedicalInstitutionCode> codes = new java.util.HashSet<>();
        for (String c : facilityCodes) {
            try {
                codes.add(MedicalInstitutionCode.of(c));
            } catch (jp.sitegate.domain.shared.DomainException invalid) {
                // answered on its line
            }
        }
        java.util.Set<Long> products = new java.util.HashSet<>();
        for (String y : yjCodes) {
            try {
                String yj = jp.sitegate.domain.model.product.YjCode.of(y, "product").value();
                ProductCode pc = scope.productCodes.computeIfAbsent(yj, v -> catalog.cachedCode(v, "product"));
                products.add(pc.getProduct().getId());
            } catch (jp.sitegate.domain.shared.DomainException invalid) {
                // answered on its line
            }
        }
        List<Facility> found = facilities.byCodes(codes);
        if (found.isEmpty() || products.isEmpty()) {
            return;
        }
        found.forEach(f -> scope.facilities.put(f.getCode().value(), f));
        List<Long> ids = found.stream().map(Facility::getId).toList();
        scope.suspensions.putAll(supply.suspensionsOf(ids));
        scope.releases = supply.releasesOf(ids);
        scope.prefetched.putAll(factsRepository.loadAll(found, products, at));
    }

    /**
     * The decision for the present moment, from {@link DecisionCache} while no domain data changed since it was
     * computed (issue 6), else evaluated and kept.
     *
     * @param facilityCode facility code (validated here, field {@code code})
     * @param yjCode       YJ code (validated here, field {@code product})
     * @param now          the present moment
     * @return the decision, not stored
     * @throws jp.sitegate.domain.shared.InvalidInputException for an invalid code
     * @throws NotFoundException                               for an unknown facility or product
     */
    public DecisionDocument present(String facilityCode, String yjCode, Instant now) {
        return present(facilityCode, yjCode, now, null);
    }

    /**
     * As {@link #present(String, String, Instant)}, for a line of a batch chunk: what the chunk has
     * read already is reused ({@link BatchScope}).
     *
     * @param facilityCode facility code (validated here, field {@code code})
     * @param yjCode       YJ code (validated here, field {@code product})
     * @param now          the present moment
     * @param scope        the chunk's reads so far, or {@code null}
     * @return the decision, not stored
     * @throws jp.sitegate.domain.shared.InvalidInputException for an invalid code
     * @throws NotFoundException                               for an unknown facility or product
     */
    public DecisionDocument present(String facilityCode, String yjCode, Instant now,
            BatchScope scope) {
        String code = jp.sitegate.domain.model.facility.MedicalInstitutionCode.of(facilityCode).value();
        String yj = jp.sitegate.domain.model.product.YjCode.of(yjCode, "product").value();
        java.time.LocalDate day = now.atZone(jp.sitegate.infrastructure.config.ClockProducer.JAPAN).toLocalDate();
        DecisionDocument cached = DecisionCache.get(code, yj, day);
        if (cached != null) {
            return cached;
        }
        DecisionCache.Before before = DecisionCache.before();
        // issue 16: the product and its profile from the in-memory catalogue (this check writes nothing)
        Evaluation ev = scope == null ? evaluate(facility(code), catalog.cachedCode(yj, "product"), now, now, null, true)
                : evaluate(code, yj, now, scope, true);
        DecisionDocument d = DecisionDocument.of(ev.decision());
        java.util.List<String> read = new java.util.ArrayList<>();
        read.add(code);
        ev.facts().partners().forEach(p -> read.add(p.code()));
        DecisionCache.put(code, yj, day, before, read, d);
        return d;
    }
}
