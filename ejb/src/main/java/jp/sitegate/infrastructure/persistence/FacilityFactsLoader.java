package jp.sitegate.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.sitegate.domain.model.briefing.Briefing;
import jp.sitegate.domain.model.eligibility.FacilityFacts;
import jp.sitegate.domain.model.eligibility.FacilityFacts.BriefingFact;
import jp.sitegate.domain.model.eligibility.Evidence;
import jp.sitegate.domain.model.eligibility.EvidenceKind;
import jp.sitegate.domain.model.eligibility.FacilityFacts.IcuFilingFact;
import jp.sitegate.domain.model.eligibility.FacilityFacts.LotFact;
import jp.sitegate.domain.model.eligibility.FacilityFacts.PartnerFact;
import jp.sitegate.domain.model.eligibility.FacilityFacts.PhysicianFact;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.facility.FacilityPartnership;
import jp.sitegate.domain.model.physician.Employment;
import jp.sitegate.domain.model.physician.Physician;
import jp.sitegate.domain.model.stock.TocilizumabStrength;
import jp.sitegate.infrastructure.audit.CurrentValue;
import jp.sitegate.infrastructure.audit.DataChanges;

/**
 * Loads a {@link FacilityFacts} snapshot in a fixed number of queries whatever the facility's size: partnerships,
 * the facility's and its partners' filings, employments with physicians, trainings, briefings, stock by lot and
 * declarations (7 SELECTs; none per physician, per lot or per partner); the bureau lists' dates and the tocilizumab
 * strengths come from reference data read once per change (issue 16).
 */
public final class FacilityFactsLoader {
    private FacilityFactsLoader() {
    }

    /**
     * @param em        the caller's entity manager
     * @param facility  the facility (already loaded)
     * @param productId the product whose briefings count
     * @param moment    the moment evaluated; stock movements after it are ignored
     * @return the facts
     */
    public static FacilityFacts load(EntityManager em, Facility facility, long productId, Instant moment) {
        long fid = facility.getId();
        List<FacilityPartnership> partnerships = em
                .createNamedQuery("FacilityPartnership.ofFacility", FacilityPartnership.class)
                .setParameter("facilityId", fid).getResultList();
        // the facility's and its partners' filings in one SELECT (issue 16)
        List<Long> filers = new ArrayList<>();
        filers.add(fid);
        partnerships.forEach(p -> filers.add(p.getPartner().getId()));
        Map<Long, List<IcuFilingFact>> filingsOf = filings(em, filers);
        List<IcuFilingFact> filings = filingsOf.getOrDefault(fid, List.of());
        List<PartnerFact> partners = partnerships.stream().map(p -> new PartnerFact(p.getPartner().getCode().value(),
                p.getPartner().getName(), p.coverage(), p.getValidFrom(), p.getValidTo(),
                Boolean.TRUE.equals(p.getPartner().getIcuEquivalentDeclared())
                        && p.getPartner().getIcuEquivalentConfirmedOrg() != null,
                filingsOf.getOrDefault(p.getPartner().getId(), List.of()), p.agreed())).toList();

        List<Employment> employments = em.createNamedQuery("Employment.ofFacility", Employment.class)
                .setParameter("facilityId", fid).getResultList();
        Map<Long, Map<Long, LocalDate>> trainings = new HashMap<>();
        if (!employments.isEmpty()) {
            for (Object[] t : em.createNamedQuery("ProductTraining.ofFacilityStaff", Object[].class)
                    .setParameter("facilityId", fid).getResultList()) {
                trainings.computeIfAbsent(((Number) t[0]).longValue(), k -> new HashMap<>())
                        .put(((Number) t[1]).longValue(), (LocalDate) t[2]);
            }
        }
        List<PhysicianFact> physicians = new ArrayList<>();
        for (Employment e : employments) {
            Physician p = e.getPhysician();
            physicians.add(new PhysicianFact(p.getId(), p.getLicenceRegisteredOn(), p.getHematologyTrainingYears(),
                    p.getChemotherapyExperienceYears(), p.getTransplantTrainingYears(), p.getAllogeneicTransplants(),
                    p.isAttestsMrMeetings(), p.isAttestsSafetyCooperation(), e.isFullTime(), e.isTreatmentLead(),
                    e.getValidFrom(), e.getValidTo(), trainings.getOrDefault(p.getId(), Map.of())));
        }

        List<LotFact> lots = lots(em, facility, moment);

        return new FacilityFacts(facility.getCode().value(), facility.getName(), facility.getBedsTotal(),
                facility.getIcuEquivalentDeclared(), null,
                facility.getTransplantCategory(), facility.capabilities(), filings, partners, physicians,
                briefings(em, fid, productId), lots, declarations(em, fid, moment),
                bureauLists(em, prefectures(facility, partnerships)));
    }

    private static Set<String> prefectures(Facility facility, List<FacilityPartnership> partnerships) {
        Set<String> out = new java.util.TreeSet<>();
        out.add(facility.getCode().prefectureCode());
        partnerships.forEach(p -> out.add(p.getPartner().getCode().prefectureCode()));
        return out;
    }

    /**
     * The dates of the regional health bureau lists imported for some prefectures (issue 12: a finding resting on an
     * old list is UNKNOWN, and the absence of a filing before the oldest list proves nothing), in one SELECT.
     *
     * @param em          entity manager
     * @param prefectures 2-digit prefecture codes (not empty)
     * @return prefecture code → list dates, oldest first; a prefecture without any list has an empty list
     */
    public static Map<String, List<LocalDate>> bureauLists(EntityManager em, Collection<String> prefectures) {
        Map<String, List<LocalDate>> all = reference(em).bureauLists();
        Map<String, List<LocalDate>> out = new HashMap<>();
        prefectures.forEach(p -> out.put(p, all.getOrDefault(p, List.of())));
        return out;
    }

    /**
     * What every check reads and only an import or a change of reference data writes (issue 16): the bureau lists'
     * dates of every prefecture and the tocilizumab strengths, as plain values shared by all threads, read again
     * (2 SELECTs) once {@link DataChanges#generation()} moved — an import and a strength change both move it — or
     * after {@link CurrentValue#TTL_SECONDS} s.
     */
    private record Reference(Map<String, List<LocalDate>> bureauLists, Map<String, StrengthValue> strengths) {
    }

    /** A tocilizumab strength's values a lot's facts need. */
    private record StrengthValue(int mgPerUnit, boolean intravenous) {
    }

    private static final CurrentValue<Reference> REFERENCE = new CurrentValue<>();

    private static Reference reference(EntityManager em) {
        return REFERENCE.get(() -> {
            Map<String, List<LocalDate>> lists = new HashMap<>();
            for (Object[] row : em.createNamedQuery("FilingImport.allListDates", Object[].class).getResultList()) {
                List<LocalDate> dates = lists.computeIfAbsent((String) row[0], k -> new ArrayList<>());
                if (!dates.contains((LocalDate) row[1])) {
                    dates.add((LocalDate) row[1]);
                }
            }
            Map<String, List<LocalDate>> frozen = new HashMap<>();
            lists.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
            Map<String, StrengthValue> strengths = em
                    .createNamedQuery("TocilizumabStrength.all", TocilizumabStrength.class).getResultList().stream()
                    .collect(Collectors.toMap(TocilizumabStrength::getYjCode,
                            s -> new StrengthValue(s.getMgPerUnit(), s.isIntravenous())));
            return new Reference(Map.copyOf(frozen), Map.copyOf(strengths));
        });
    }

    /**
     * The facility's declarations in force at a moment, each with the manufacturers' decisions about it made by then
     * (issue 11, REQUIREMENTS.md §8), in one SELECT.
     *
     * @param em         entity manager
     * @param facilityId the facility
     * @param moment     the moment
     * @return declaration key ({@code CONTACT_24H}, {@code PHYSICIAN:12}, …) → declaration
     */
    public static Map<String, FacilityFacts.DeclarationFact> declarations(EntityManager em, long facilityId,
            Instant moment) {
        Map<String, String> by = new HashMap<>();
        Map<String, LocalDate> on = new HashMap<>();
        Map<String, List<FacilityFacts.Confirmation>> confirmations = new java.util.LinkedHashMap<>();
        for (Object[] r : em.createNamedQuery("Declaration.withConfirmationsAt", Object[].class)
                .setParameter("facilityId", facilityId).setParameter("at", moment).getResultList()) {
            String key = new jp.sitegate.domain.model.declaration.DeclaredFact((String) r[0], (Long) r[1]).key();
            by.put(key, (String) r[2]);
            on.put(key, ((Instant) r[3]).atZone(jp.sitegate.infrastructure.config.ClockProducer.JAPAN).toLocalDate());
            List<FacilityFacts.Confirmation> list = confirmations.computeIfAbsent(key, k -> new ArrayList<>());
            if (r[4] != null) {
                Evidence evidence = r[9] == null ? (r[8] == null ? null : Evidence.of(EvidenceKind.SEEN_NOTE))
                        : Evidence.of(r[8] == null ? EvidenceKind.SEEN_DOCUMENT : EvidenceKind.SEEN_DOCUMENT_AND_NOTE,
                                "name", r[9], "sha", r[10]);
                list.add(new FacilityFacts.Confirmation((String) r[6], (Long) r[4], (LocalDate) r[7],
                        r[5] == jp.sitegate.domain.model.declaration.ConfirmationDecision.REJECTED, evidence));
            }
        }
        Map<String, FacilityFacts.DeclarationFact> out = new HashMap<>();
        confirmations.forEach((key, list) -> out.put(key, new FacilityFacts.DeclarationFact(by.get(key), on.get(key),
                list)));
        return out;
    }

    /**
     * The facts of the same facility and moment for another product: everything but the briefings is the
     * product's own only through them, so only they are read again (1 SELECT). Used by the batch check, which
     * decides several products for one facility (issue 6).
     *
     * @param em        entity manager
     * @param facts     facts loaded by {@link #load} for this facility and moment
     * @param facility  the facility
     * @param productId the other product
     * @return the facts for that product
     */
    public static FacilityFacts forProduct(EntityManager em, FacilityFacts facts, Facility facility, long productId) {
        return facts.withBriefings(briefings(em, facility.getId(), productId));
    }

    private static List<BriefingFact> briefings(EntityManager em, long facilityId, long productId) {
        return em.createNamedQuery("Briefing.ofFacilityAndProduct", Briefing.class)
                .setParameter("facilityId", facilityId).setParameter("productId", productId).getResultList().stream()
                .map(Briefing::toFact).toList();
    }

    /**
     * @param em       entity manager
     * @param facility facility
     * @param moment   the moment stock is summed up to
     * @return the facility's tocilizumab lots with vials on hand at that moment (1 SELECT; the strengths come from the
     *         reference data read once, issue 16)
     */
    public static List<LotFact> lots(EntityManager em, Facility facility, Instant moment) {
        Map<String, StrengthValue> strengths = reference(em).strengths();
        List<LotFact> lots = new ArrayList<>();
        for (Object[] row : em.createNamedQuery("StockMovement.onHandByLot", Object[].class)
                .setParameter("facilityId", facility.getId()).setParameter("at", moment).getResultList()) {
            String yj = (String) row[1];
            StrengthValue s = strengths.get(yj);
            lots.add(new LotFact(yj, (String) row[2], (LocalDate) row[3], ((Number) row[4]).intValue(),
                    s == null ? null : s.mgPerUnit(), s != null && s.intravenous()));
        }
        return lots;
    }

    /**
     * @param em          entity manager
     * @param facilityIds facilities (not empty)
     * @return facility id → its A301 filings (current and ended), in one query
     */
    public static Map<Long, List<IcuFilingFact>> filings(EntityManager em, Collection<Long> facilityIds) {
        return em.createNamedQuery("IcuFiling.ofFacilities", Object[].class).setParameter("ids", facilityIds)
                .getResultList().stream()
                .collect(Collectors.groupingBy(r -> ((Number) r[0]).longValue(),
                        Collectors.mapping(r -> new IcuFilingFact((Integer) r[1], (String) r[2], (LocalDate) r[3],
                                (LocalDate) r[4], (String) r[5], (LocalDate) r[6]), Collectors.toList())));
    }
}
