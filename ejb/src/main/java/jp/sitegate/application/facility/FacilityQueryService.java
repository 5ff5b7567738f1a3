package jp.sitegate.application.facility;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.sitegate.application.AccessPolicy;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.briefing.BriefingService;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.stock.TocilizumabReadiness;
import jp.sitegate.application.view.FacilityViews;
import jp.sitegate.application.view.Page;
import jp.sitegate.domain.model.briefing.Briefing;
import jp.sitegate.domain.model.eligibility.FacilityFacts.LotFact;
import jp.sitegate.domain.model.eligibility.FacilityFacts;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.facility.FacilityPartnership;
import jp.sitegate.domain.model.facility.MedicalInstitutionCode;
import jp.sitegate.domain.model.physician.Employment;
import jp.sitegate.domain.model.physician.Physician;
import jp.sitegate.domain.model.stock.TocilizumabStrength;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.infrastructure.config.ClockProducer;
import jp.sitegate.infrastructure.persistence.FacilityFactsLoader;

/** Read side for facilities: paged list with filters, detail, physicians, briefings, tocilizumab stock. */
@Stateless
public class FacilityQueryService {
    /** Longest search text (characters). */
    public static final int MAX_QUERY = 100;
    /** Largest page size a caller may ask for. */
    public static final int MAX_PAGE_SIZE = 200;


    @jakarta.inject.Inject
    private jp.sitegate.domain.model.facility.PartnershipRepository partnerships;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.stock.StockRepository stock;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.status.FacilityStatusRepository statuses;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.briefing.BriefingRepository briefingRepository;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.facility.FacilityRepository facilityRepository;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.physician.PhysicianRepository physicians;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.EligibilityEngine engine;

    @jakarta.inject.Inject
    private jp.sitegate.application.stock.TocilizumabReadiness readiness;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.eligibility.FacilityFactsRepository factsRepository;

    @Inject
    private Clock clock;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.product.ProductRepository products;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.ProductCatalog catalog;

    @Inject
    private BriefingService briefings;

    @Inject
    private Authorization authorization;

    /**
     * The facilities a typed text may mean, for the name autocomplete (issue 14): up to 10, hospitals with beds first,
     * a name or partial code that starts with the text first.
     *
     * @param text at least 2 characters of a name, or the first digits of a code (full-width digits, spaces and
     *             hyphens allowed)
     * @return the suggestions, best first (empty for less than 2 characters)
     * @throws jp.sitegate.domain.shared.ForbiddenException when not signed in
     */
    public List<FacilityViews.Summary> suggest(String text) {
        authorization.anyRole(jp.sitegate.domain.model.user.Role.values());
        String t = text == null ? "" : text.strip();
        String digits = MedicalInstitutionCode.normalize(t);
        String q = digits != null && !digits.isEmpty() && digits.chars().allMatch(Character::isDigit) ? digits : t;
        if (q.length() < 2) {
            return List.of();
        }
        List<Facility> found = facilityRepository.suggest(q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q,
                SUGGESTIONS);
        Map<Long, List<FacilityFacts.IcuFilingFact>> filings = found.isEmpty() ? Map.of()
                : factsRepository.filings(found.stream().map(Facility::getId).toList());
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(f -> summary(f, filings, today)).toList();
    }

    /** How many suggestions the autocomplete shows. */
    public static final int SUGGESTIONS = 10;

    private static FacilityViews.Summary summary(Facility f, Map<Long, List<FacilityFacts.IcuFilingFact>> filings,
            LocalDate today) {
        return new FacilityViews.Summary(f.getCode().value(), f.getName(), f.getPrefectureCode(), f.getAddress(),
                f.getBedsTotal(), filings.getOrDefault(f.getId(), List.of()).stream().filter(i -> i.activeOn(today))
                        .map(FacilityFacts.IcuFilingFact::level).sorted().toList());
    }

    /**
     * @param prefecture 2-digit prefecture code or {@code null}
     * @param query      a full 10-digit code, or part of the name, or {@code null}
     * @param page       0-based page
     * @param size       page size, 1–200
     * @return the page, ordered by code
     * @throws InvalidInputException for a bad prefecture, page or size
     */
    public Page<FacilityViews.Summary> list(String prefecture, String query, int page, int size) {
        return list(prefecture, query, null, null, false, jp.sitegate.domain.shared.Sorting.NONE, page, size);
    }

    /**
     * The same list, filtered by the stored status of one product (issue 14: {@code facility_status}, kept current
     * by every write and the nightly run, so any prefecture answers from one indexed query).
     *
     * @param prefecture    two-digit prefecture code, or {@code null}
     * @param query         code or part of the name, or {@code null}
     * @param statusProduct product key of the status filter (e.g. LUNSUMIO), or {@code null} for no status filter
     * @param statusLevel   ELIGIBLE, FLAGGED, NOT_ELIGIBLE, or NONE for facilities not evaluated yet (nothing
     *                      recorded about them)
     * @param assignedOnly  true for the signed-in MR's assigned facilities only (担当施設, issue 14); ignored for
     *                      other roles
     * @param sorting       by code, name or prefecture (issue 14); {@code Sorting.NONE} for by code
     * @param page          0-based page
     * @param size          page size 1–{@value #MAX_PAGE_SIZE}
     * @return the page and the total
     * @throws InvalidInputException naming {@code status} for an unknown product or level, {@code sort} for another
     *                               column, or the other fields
     */
    public Page<FacilityViews.Summary> list(String prefecture, String query, String statusProduct, String statusLevel,
            boolean assignedOnly, jp.sitegate.domain.shared.Sorting sorting, int page, int size) {
        jp.sitegate.domain.model.facility.FacilityRepository.StatusFilter status = null;
        if (statusProduct != null) {
            jp.sitegate.domain.model.product.Product p = products.byKey(statusProduct)
                    .orElseThrow(() -> InvalidInputException.of("status", "facility.status-filter", statusProduct));
            jp.sitegate.domain.model.status.StatusLevel level;
            try {
                level = "NONE".equals(statusLevel) ? null
                        : jp.sitegate.domain.model.status.StatusLevel.valueOf(String.valueOf(statusLevel));
            } catch (IllegalArgumentException unknown) {
                throw InvalidInputException.of("status", "facility.status-filter", statusLevel);
            }
            status = new jp.sitegate.domain.model.facility.FacilityRepository.StatusFilter(p.getId(), level);
        }
        var user = authorization.anyRole(jp.sitegate.domain.model.user.Role.values());
        java.util.List<MedicalInstitutionCode> among = null;
        if (assignedOnly && user != null && user.has(jp.sitegate.domain.model.user.Role.MR)) {
            among = user.assignedFacilities().stream().filter(MedicalInstitutionCode::isValid)
                    .map(MedicalInstitutionCode::of).toList();
            if (among.isEmpty()) {
                Page.check(page, size, MAX_PAGE_SIZE);
                return new Page<>(List.of(), page, size, 0);
            }
        }
        if (user != null && AccessPolicy.confinedToOwnFacility(user)) {
            // a facility administrator's list is their own facility (issue 4)
            prefecture = null;
            query = user.facilityCode();
            page = 0;
            size = 1;
        }
        Page.check(page, size, MAX_PAGE_SIZE);
        if (prefecture != null && (!prefecture.matches("\\d{2}") || Integer.parseInt(prefecture) < 1
                || Integer.parseInt(prefecture) > 47)) {
            throw InvalidInputException.of("prefecture", "facility.prefecture-2-digit-code");
        }
        if (query != null && query.length() > MAX_QUERY) {
            throw InvalidInputException.of("q", "facility.q-most-characters", MAX_QUERY);
        }
        String q = query == null || query.isBlank() ? null : query.strip();
        boolean byCode = q != null && MedicalInstitutionCode.isValid(q);
        jp.sitegate.domain.shared.Slice<Facility> found = facilityRepository.search(prefecture,
                byCode ? MedicalInstitutionCode.of(q) : null, byCode ? null : q, status, among, sorting, page * size,
                size);
        List<Facility> facilities = found.items();
        Map<Long, List<FacilityFacts.IcuFilingFact>> filings = facilities.isEmpty() ? Map.of()
                : factsRepository.filings(facilities.stream().map(Facility::getId).toList());
        LocalDate today = LocalDate.now(clock);
        return new Page<>(facilities.stream().map(f -> summary(f, filings, today)).toList(), page, size,
                found.total());
    }

    /**
     * The stored status of each facility of a page for every product (issue 14: the list shows what
     * {@code facility_status} holds instead of evaluating each facility and product, one query for the page).
     *
     * @param codes the facilities' codes (a page; facilities the caller may not see are left out)
     * @return code → product key → ELIGIBLE / FLAGGED / NOT_ELIGIBLE; a product never evaluated there is absent
     */
    public Map<String, Map<String, String>> storedStatuses(List<String> codes) {
        authorization.anyRole(jp.sitegate.domain.model.user.Role.values());
        Map<Long, String> keyOf = new java.util.HashMap<>();
        catalog.onePerProduct().forEach(pc -> keyOf.put(pc.getProduct().getId(), pc.getProduct().getKey()));
        Map<String, Map<String, String>> out = new java.util.HashMap<>();
        statuses.levels(codes.stream().filter(MedicalInstitutionCode::isValid).map(MedicalInstitutionCode::of)
                .toList()).forEach((code, levels) -> levels.forEach((productId, level) -> {
                    if (keyOf.containsKey(productId)) {
                        out.computeIfAbsent(code, k -> new java.util.LinkedHashMap<>()).put(keyOf.get(productId),
                                level.name());
                    }
                }));
        return out;
    }

    /**
     * @param code facility code
     * @return the facility with filings and partners
     * @throws InvalidInputException for an invalid code
     * @throws jp.sitegate.domain.shared.NotFoundException for an unknown facility
     */
    public FacilityViews.Detail detail(String code) {
        authorization.readFacility(code);
        Facility f = engine.facility(code);
        List<FacilityViews.Filing> filings = factsRepository.filings(List.of(f.getId()))
                .getOrDefault(f.getId(), List.of()).stream()
                .map(i -> new FacilityViews.Filing(i.level(), i.symbol(), str(i.startDate()), str(i.endDate()),
                        i.sourceList(), str(i.sourceDate())))
                .toList();
        List<FacilityViews.Partner> partners = partnerships.ofFacility(f.getId()).stream()
                .map(FacilityQueryService::partner).toList();
        Map<String, Boolean> caps = new LinkedHashMap<>();
        f.capabilities().forEach((k, v) -> caps.put(k.name(), v));
        return new FacilityViews.Detail(f.getCode().value(), f.getName(), f.getPrefectureCode(), f.getPostalCode(),
                f.getAddress(), f.getBedsText(), f.getBedsTotal(), f.getIcuEquivalentDeclared(),
                f.getIcuEquivalentConfirmedBy(),
                f.getTransplantCategory() == null ? null : f.getTransplantCategory().name(), caps, filings, partners,
                f.getVersion());
    }

    /**
     * @param code facility code
     * @return physicians employed there (current and former), with qualifications and trainings
     */
    public List<FacilityViews.Physician> physicians(String code) {
        Facility f = authorization.physicianData(code);
        List<Employment> employments = physicians.employmentsAt(f.getId());
        Map<Long, Map<String, String>> trainings = new HashMap<>();
        physicians.trainingsOfStaff(f.getId()).forEach(r -> trainings.computeIfAbsent(r.physicianId(),
                k -> new TreeMap<>()).put(r.productKey(), str(r.completedOn())));
        return employments.stream().map(e -> {
            Physician p = e.getPhysician();
            return new FacilityViews.Physician(p.getId(), p.getName(), str(p.getLicenceRegisteredOn()),
                    p.getHematologyTrainingYears(), p.getChemotherapyExperienceYears(),
                    p.getTransplantTrainingYears(), p.getAllogeneicTransplants(), p.isAttestsMrMeetings(),
                    p.isAttestsSafetyCooperation(), e.isFullTime(), e.isTreatmentLead(), str(e.getValidFrom()),
                    str(e.getValidTo()), trainings.getOrDefault(p.getId(), Map.of()), e.getId(), p.getVersion(),
                    p.getRegistrationNumber());
        }).toList();
    }

    /**
     * @param code facility code
     * @return briefings at the facility, newest first
     */
    public List<FacilityViews.BriefingView> briefings(String code) {
        authorization.readFacility(code);
        Facility f = engine.facility(code);
        return briefingRepository.ofFacility(f.getId()).stream().map(briefings::view).toList();
    }

    /**
     * The facility's tocilizumab ledger (受払簿, issue 14): every movement of every lot with the lot's balance after
     * it, for the facility administrator, the MRs and the safety managers who may read the facility.
     *
     * @param code facility code
     * @return the entries by lot, oldest first within a lot
     * @throws jp.sitegate.domain.shared.ForbiddenException when the caller may not read the facility
     */
    public List<FacilityViews.LedgerEntry> ledger(String code) {
        authorization.readFacility(code);
        Facility f = engine.facility(code);
        List<FacilityViews.LedgerEntry> out = new ArrayList<>();
        Map<Long, Integer> balance = new java.util.HashMap<>();
        for (jp.sitegate.domain.model.stock.StockMovement m : stock.movements(f.getId())) {
            jp.sitegate.domain.model.stock.TocilizumabLot lot = m.getLot();
            int signed = m.getType().signed(m.getVials());
            int after = balance.merge(lot.getId(), signed, Integer::sum);
            TocilizumabStrength s = stock.strength(lot.getYjCode()).orElse(null);
            out.add(new FacilityViews.LedgerEntry(lot.getLotNumber(), lot.getYjCode(), s == null ? null : s.getNameJa(),
                    str(lot.getExpiryDate()), m.getOccurredAt().toString(), m.getType().name(), m.getType().labelJa(),
                    m.getType().labelEn(), signed, after, m.getNote()));
        }
        return out;
    }

    /**
     * @param code facility code
     * @param at   moment, or {@code null} for now
     * @return lots with stock at that moment and the unexpired IV mg on hand (REQUIREMENTS.md §5)
     */
    public FacilityViews.Stock stock(String code, Instant at) {
        authorization.readFacility(code);
        Facility f = engine.facility(code);
        Instant moment = at == null ? clock.instant() : at;
        LocalDate day = moment.atZone(ClockProducer.JAPAN).toLocalDate();
        FacilityFacts facts = factsRepository.load(f, -1, moment);
        long total = 0;
        List<FacilityViews.Lot> lots = new ArrayList<>();
        for (LotFact l : facts.lots()) {
            jp.sitegate.domain.model.eligibility.Evidence exclusion = l.whyNotCounted(day);
            if (exclusion == null) {
                total += l.mgOnHand();
            }
            TocilizumabStrength s = stock.strength(l.yjCode()).orElse(null);
            lots.add(new FacilityViews.Lot(l.yjCode(), s == null ? null : s.getNameJa(), l.lotNumber(),
                    str(l.expiryDate()), l.vialsOnHand(), l.mgOnHand(), exclusion == null,
                    exclusion == null ? null : exclusion.ja(), exclusion == null ? null : exclusion.en()));
        }
        return new FacilityViews.Stock(f.getCode().value(), moment.toString(), total, lots);
    }

    /**
     * @param code facility code
     * @return the facility's status history for every product, newest first (issue 5)
     */
    public List<FacilityViews.StatusHistoryEntry> statusHistory(String code) {
        authorization.readFacility(code);
        Facility f = engine.facility(code);
        return statuses.history(f.getId()).stream()
                .map(c -> new FacilityViews.StatusHistoryEntry(c.getProduct().getKey(), c.getFromStatus(),
                        c.getToStatus(), c.getChangedAt().toString(), c.getCause(), c.getFindingsChanged().isEmpty()
                                ? List.of() : List.of(c.getFindingsChanged().split(",")), c.getProduct().getNameJa(),
                        c.getProduct().getNameEn()))
                .toList();
    }

    /**
     * @param code facility code
     * @return tocilizumab readiness ahead of time: lots expiring within 60/30 days and, per product, the day stock
     *         falls below the profile's minimum if nothing is received (issue 5, REQUIREMENTS.md §5)
     * @throws jp.sitegate.domain.shared.NotFoundException for an unknown facility
     */
    public FacilityViews.Readiness readiness(String code) {
        return readiness.of(authorization.physicianData(code), clock.instant());
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /**
     * @param p a partnership
     * @return its read model (both sides: the partner, and the facility that entered it)
     */
    static FacilityViews.Partner partner(FacilityPartnership p) {
        return new FacilityViews.Partner(p.getPartner().getCode().value(), p.getPartner().getName(),
                p.coverage().stream().map(Enum::name).toList(), str(p.getValidFrom()), str(p.getValidTo()), p.getId(),
                p.agreed(), p.getPartnerAcceptedBy(), p.getDocumentConfirmedBy(), p.getFacility().getCode().value(),
                p.getFacility().getName());
    }
}
