package jp.sitegate.domain.model.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.sitegate.domain.model.briefing.AttendeeRole;
import jp.sitegate.domain.model.briefing.BriefingMaterial;
import jp.sitegate.domain.model.briefing.BriefingMode;
import jp.sitegate.domain.model.briefing.BriefingRequest;
import jp.sitegate.domain.model.briefing.VisitRestrictionKind;
import jp.sitegate.domain.model.facility.Capability;
import jp.sitegate.domain.model.facility.PartnerCoverage;
import jp.sitegate.domain.model.facility.TransplantCategory;

/**
 * Snapshot of everything the requirement types read about one facility, loaded in a fixed number of queries.
 * Dated facts (filings, employments, partnerships, briefings) are filtered by the criteria for the evaluated
 * day; stock quantities are already summed up to the evaluated moment.
 *
 * @param code                  medical institution code
 * @param name                  facility name
 * @param bedsTotal             beds from the bureau list, {@code null} when unknown
 * @param icuEquivalentDeclared ICU-equivalent declaration, {@code null} when undeclared
 * @param icuEquivalentConfirmation the manufacturer's confirmation of it (issue 11), or {@code null}
 * @param transplantCategory    JSTCT category, {@code null} when undeclared
 * @param capabilities          declared capabilities ({@code null} value = undeclared)
 * @param filings               A301 filings
 * @param partners              partnerships
 * @param physicians            physicians with their employment at this facility
 * @param briefings             briefings for the evaluated product
 * @param lots                  tocilizumab lots with vials on hand at the evaluated moment
 * @param declarations          the facility's declarations in force at the evaluated moment with the manufacturers'
 *                              confirmations made by then, by {@code DeclaredFact.key()} ({@code CONTACT_24H},
 *                              {@code ICU_EQUIVALENT}, {@code PHYSICIAN:12}, …; issue 11, REQUIREMENTS.md §8)
 * @param bureauLists           the dates of the regional health bureau lists imported for the facility's and its
 *                              partners' prefectures, by 2-digit prefecture code, oldest first (issue 12: staleness and
 *                              coverage); {@code null} when not known (facts built by hand: not checked)
 */
public record FacilityFacts(String code, String name, Integer bedsTotal, Boolean icuEquivalentDeclared,
        Confirmation icuEquivalentConfirmation, TransplantCategory transplantCategory, Map<Capability, Boolean> capabilities,
        List<IcuFilingFact> filings, List<PartnerFact> partners, List<PhysicianFact> physicians,
        List<BriefingFact> briefings, List<LotFact> lots, Map<String, DeclarationFact> declarations,
        Map<String, List<LocalDate>> bureauLists) {

    /** Key of the ICU-equivalent declaration in {@link #declarations}. */
    public static final String ICU_EQUIVALENT = "ICU_EQUIVALENT";

    /**
     * Defensive copy; a single {@code icuEquivalentConfirmation} given without an ICU-equivalent declaration in
     * {@code declarations} (facts built by hand) becomes that declaration's confirmation.
     */
    public FacilityFacts {
        Map<String, DeclarationFact> d = new java.util.HashMap<>(declarations == null ? Map.of() : declarations);
        if (icuEquivalentConfirmation != null && !d.containsKey(ICU_EQUIVALENT)) {
            d.put(ICU_EQUIVALENT, new DeclarationFact(null, null, List.of(icuEquivalentConfirmation)));
        }
        declarations = Map.copyOf(d);
        bureauLists = bureauLists == null ? null : Map.copyOf(bureauLists);
    }

    /** Facts whose bureau-list coverage is not known (not checked). */
    public FacilityFacts(String code, String name, Integer bedsTotal, Boolean icuEquivalentDeclared,
            Confirmation icuEquivalentConfirmation, TransplantCategory transplantCategory,
            Map<Capability, Boolean> capabilities, List<IcuFilingFact> filings, List<PartnerFact> partners,
            List<PhysicianFact> physicians, List<BriefingFact> briefings, List<LotFact> lots,
            Map<String, DeclarationFact> declarations) {
        this(code, name, bedsTotal, icuEquivalentDeclared, icuEquivalentConfirmation, transplantCategory,
                capabilities, filings, partners, physicians, briefings, lots, declarations, null);
    }

    /** Facts without declarations recorded as such (every declared fact unconfirmed, but the ICU-equivalent's). */
    public FacilityFacts(String code, String name, Integer bedsTotal, Boolean icuEquivalentDeclared,
            Confirmation icuEquivalentConfirmation, TransplantCategory transplantCategory,
            Map<Capability, Boolean> capabilities, List<IcuFilingFact> filings, List<PartnerFact> partners,
            List<PhysicianFact> physicians, List<BriefingFact> briefings, List<LotFact> lots) {
        this(code, name, bedsTotal, icuEquivalentDeclared, icuEquivalentConfirmation, transplantCategory,
                capabilities, filings, partners, physicians, briefings, lots, Map.of());
    }

    /**
     * @param productBriefings the briefings for another product
     * @return the same facts with those briefings (the only product-specific part)
     */
    public FacilityFacts withBriefings(List<BriefingFact> productBriefings) {
        return new FacilityFacts(code, name, bedsTotal, icuEquivalentDeclared, icuEquivalentConfirmation,
                transplantCategory, capabilities, filings, partners, physicians, productBriefings, lots, declarations,
                bureauLists);
    }

    /**
     * @param withDeclarations the declarations in force at another moment
     * @return the same facts with those declarations
     */
    public FacilityFacts withDeclarations(Map<String, DeclarationFact> withDeclarations) {
        return new FacilityFacts(code, name, bedsTotal, icuEquivalentDeclared, null, transplantCategory,
                capabilities, filings, partners, physicians, briefings, lots, withDeclarations, bureauLists);
    }

    /**
     * @param bureauListDates the bureau lists' dates by prefecture (oldest first)
     * @return the same facts knowing which lists cover which prefecture (issue 12)
     */
    public FacilityFacts withBureauLists(Map<String, List<LocalDate>> bureauListDates) {
        return new FacilityFacts(code, name, bedsTotal, icuEquivalentDeclared, icuEquivalentConfirmation,
                transplantCategory, capabilities, filings, partners, physicians, briefings, lots, declarations,
                bureauListDates);
    }

    /**
     * A declaration as the engine reads it (issue 11): who declared it when, and the manufacturers' decisions about it
     * in the order they were made.
     *
     * @param declaredBy    who declared it (name and user name), or {@code null} when not recorded
     * @param declaredOn    the day, or {@code null}
     * @param confirmations the decisions, oldest first
     */
    public record DeclarationFact(String declaredBy, LocalDate declaredOn, List<Confirmation> confirmations) {
        /** Defensive copy. */
        public DeclarationFact {
            confirmations = List.copyOf(confirmations);
        }
    }

    /**
     * A manufacturer's confirmation of a fact the facility declared (REQUIREMENTS.md §8, issue 11): who, for which
     * manufacturer, on which day the evidence was seen.
     *
     * @param by             who confirmed (name and user name)
     * @param organisationId the manufacturer's organisation, or {@code null} for a name typed before issue 11
     *                       (which never counts)
     * @param on             the day the evidence was seen
     * @param rejected       true when the manufacturer rejected the declaration instead
     * @param evidence       what was seen (the document's name and SHA-256, the site-visit note: SEEN_DOCUMENT,
     *                       SEEN_NOTE or SEEN_DOCUMENT_AND_NOTE), or {@code null}
     */
    public record Confirmation(String by, Long organisationId, LocalDate on, boolean rejected, Evidence evidence) {
        /** A confirmation (not a rejection) without a description of its evidence. */
        public Confirmation(String by, Long organisationId, LocalDate on) {
            this(by, organisationId, on, false, null);
        }

        /**
         * @param context          the evaluation (its day and product's manufacturer)
         * @param validMonths      months a confirmation counts, or {@code null} for no limit
         * @param anyManufacturer  true when a profile accepts any manufacturer's confirmation
         * @param fresh            true when only a confirmation on or after the profile version's effective date
         *                         counts
         * @return why it does not count ({@code null} when it counts): not a manufacturer's, another manufacturer's,
         *         lapsed, or made before the profile's revision
         */
        public Evidence doesNotCount(EvaluationContext context, Integer validMonths, boolean anyManufacturer,
                boolean fresh) {
            if (organisationId == null || on == null || on.isAfter(context.date())) {
                return Evidence.of(EvidenceKind.NOT_A_MANUFACTURER);
            }
            if (!anyManufacturer && !organisationId.equals(context.manufacturerId())) {
                return Evidence.of(EvidenceKind.OTHER_MANUFACTURER);
            }
            if (validMonths != null && on.plusMonths(validMonths).isBefore(context.date())) {
                return Evidence.of(EvidenceKind.CONFIRMATION_LAPSED, "on", on, "months", validMonths);
            }
            if (fresh && !context.onOrAfterProfile(on)) {
                return Evidence.of(EvidenceKind.CONFIRMATION_BEFORE_REVISION, "on", on, "profileFrom",
                        context.profileEffectiveFrom());
            }
            return null;
        }
    }

    /**
     * An A301 filing.
     *
     * @param level      1–6
     * @param symbol     受理記号
     * @param startDate  算定開始年月日
     * @param endDate    lapse date or {@code null}
     * @param sourceList list it was read from
     * @param sourceDate date the list is current to
     */
    public record IcuFilingFact(int level, String symbol, LocalDate startDate, LocalDate endDate, String sourceList,
            LocalDate sourceDate) {
        /**
         * @param date a day
         * @return true when in force that day
         */
        public boolean activeOn(LocalDate date) {
            return !startDate.isAfter(date) && (endDate == null || date.isBefore(endDate));
        }

        /** @return the filing as evidence (FILING): symbol, level, start, and the last list it was seen in */
        public Evidence describe() {
            return Evidence.of(EvidenceKind.FILING, "symbol", symbol, "level", level, "start", startDate, "listDate",
                    sourceDate);
        }

        /**
         * @return the lapse as the lists show it (FILING_LAPSED, issue 12): "last seen in the list of D1, absent from
         *         the list of D2", not a fact dated D2; {@code null} while no newer list dropped it
         */
        public Evidence lapse() {
            return endDate == null ? null : Evidence.of(EvidenceKind.FILING_LAPSED, "symbol", symbol, "level", level,
                    "start", startDate, "lastSeen", sourceDate, "absentFrom", endDate);
        }
    }

    /**
     * A partnership with the partner's own ICU facts.
     *
     * @param code          partner's code
     * @param name          partner's name
     * @param coverage      what the partnership covers
     * @param validFrom     first day
     * @param validTo       last day or {@code null}
     * @param icuEquivalentConfirmed partner's ICU-equivalent declared and confirmed
     * @param filings       partner's A301 filings
     * @param agreed        both sides stand behind it: the partner accepted, or an MR confirmed the document
     *                      (issue 11, REQUIREMENTS.md §8)
     */
    public record PartnerFact(String code, String name, Set<PartnerCoverage> coverage, LocalDate validFrom,
            LocalDate validTo, boolean icuEquivalentConfirmed, List<IcuFilingFact> filings, boolean agreed) {
        /** A partnership both sides agreed to. */
        public PartnerFact(String code, String name, Set<PartnerCoverage> coverage, LocalDate validFrom,
                LocalDate validTo, boolean icuEquivalentConfirmed, List<IcuFilingFact> filings) {
            this(code, name, coverage, validFrom, validTo, icuEquivalentConfirmed, filings, true);
        }

        /**
         * @param date     a day
         * @param covering a coverage
         * @return true when the partnership is agreed by both sides, in force that day and covers {@code covering}
         */
        public boolean covers(LocalDate date, PartnerCoverage covering) {
            return agreed && inForceCovering(date, covering);
        }

        /**
         * @param date     a day
         * @param covering a coverage
         * @return true when it would cover {@code covering} that day but the partner's side has not agreed yet
         */
        public boolean awaitsPartner(LocalDate date, PartnerCoverage covering) {
            return !agreed && inForceCovering(date, covering);
        }

        private boolean inForceCovering(LocalDate date, PartnerCoverage covering) {
            return coverage.contains(covering) && !validFrom.isAfter(date)
                    && (validTo == null || !date.isAfter(validTo));
        }

        /**
         * @param facts    a facility's facts
         * @param date     a day
         * @param covering a coverage
         * @return the finding's reason when a partnership would cover it but awaits the partner's side, else null
         */
        public static CriterionResult awaiting(FacilityFacts facts, LocalDate date, PartnerCoverage covering) {
            return facts.partners().stream().filter(p -> p.awaitsPartner(date, covering)).findFirst()
                    .map(p -> CriterionResult.unknown(List.of(Evidence.of(EvidenceKind.PARTNER_AWAITING, "code",
                            p.code(), "name", p.name())), "finding.partner.awaiting", p.name(), p.code()))
                    .orElse(null);
        }
    }

    /**
     * A physician employed (now or earlier) at the facility.
     *
     * @param id                       physician id
     * @param licenceRegisteredOn      licence date or {@code null}
     * @param hematologyYears          haematological-malignancy training years or {@code null}
     * @param chemotherapyYears        chemotherapy experience years or {@code null}
     * @param transplantTrainingYears  transplant-training years or {@code null}
     * @param allogeneicTransplants    allogeneic transplants or {@code null}
     * @param mrMeetings               LUN-PHY-2 attestation
     * @param safetyCooperation        LUN-PHY-3 attestation
     * @param fullTime                 常勤
     * @param treatmentLead            治療の責任者
     * @param employedFrom             first day of employment
     * @param employedTo               last day or {@code null}
     * @param trainingCompletedOn      product id → date the product training was completed
     */
    public record PhysicianFact(long id, LocalDate licenceRegisteredOn, Integer hematologyYears,
            Integer chemotherapyYears, Integer transplantTrainingYears, Integer allogeneicTransplants,
            boolean mrMeetings, boolean safetyCooperation, boolean fullTime, boolean treatmentLead,
            LocalDate employedFrom, LocalDate employedTo, Map<Long, LocalDate> trainingCompletedOn) {
        /**
         * @param date a day
         * @return true when employed at the facility that day
         */
        public boolean employedOn(LocalDate date) {
            return !employedFrom.isAfter(date) && (employedTo == null || !date.isAfter(employedTo));
        }
    }

    /**
     * A briefing for the evaluated product.
     *
     * @param id               briefing id
     * @param briefedOn        date
     * @param mode             in person or online
     * @param visitRestriction visit restriction given as reason for online, or {@code null}
     * @param attendees        attendees per role
     * @param materials        materials handed over
     * @param requests         requests conveyed
     * @param lateEntry        recorded more than 14 days after it took place (issue 11)
     * @param restrictionKind  kind of the facility's visit restriction, or {@code null} (issue 11)
     * @param restrictionSince since when the facility restricts visits, or {@code null}
     */
    public record BriefingFact(long id, LocalDate briefedOn, BriefingMode mode, String visitRestriction,
            Map<AttendeeRole, Integer> attendees, Set<BriefingMaterial> materials, Set<BriefingRequest> requests,
            boolean lateEntry, VisitRestrictionKind restrictionKind, LocalDate restrictionSince) {
        /** A briefing recorded in time, without a recorded visit restriction (online ones do not count). */
        public BriefingFact(long id, LocalDate briefedOn, BriefingMode mode, String visitRestriction,
                Map<AttendeeRole, Integer> attendees, Set<BriefingMaterial> materials, Set<BriefingRequest> requests) {
            this(id, briefedOn, mode, visitRestriction, attendees, materials, requests, false, null, null);
        }

        /** @return true for in person, or online under the facility's recorded visit restriction (LUN-BRF-2) */
        public boolean acceptableMode() {
            return VisitRestrictionKind.permits(mode, restrictionKind, restrictionSince, visitRestriction, briefedOn);
        }

        /** @return the briefing as evidence (id, day, mode; whether it was entered late) */
        public Evidence describe() {
            return Evidence.of(lateEntry ? EvidenceKind.BRIEFING_LATE : EvidenceKind.BRIEFING, "id", id, "on", briefedOn,
                    "mode", new Evidence.Label(mode.labelJa(), mode.labelEn()));
        }
    }

    /**
     * A tocilizumab lot.
     *
     * @param yjCode     YJ code of the strength
     * @param lotNumber  lot number
     * @param expiryDate last day of use
     * @param vialsOnHand vials on hand at the evaluated moment
     * @param mgPerUnit  mg per vial, {@code null} when the YJ code is not a known tocilizumab strength
     * @param intravenous true for the IV formulation
     */
    public record LotFact(String yjCode, String lotNumber, LocalDate expiryDate, int vialsOnHand, Integer mgPerUnit,
            boolean intravenous) {
        /**
         * Why the lot does not count towards readiness on a day (REQUIREMENTS.md §5).
         *
         * @param day the day
         * @return {@code null} when it counts, else the reason (English)
         */
        public String exclusion(LocalDate day) {
            Evidence why = whyNotCounted(day);
            return why == null ? null : why.en();
        }

        /**
         * @param day the day
         * @return {@code null} when the lot counts that day, else why not (LOT_UNKNOWN_CODE, LOT_SUBCUTANEOUS,
         *         LOT_EXPIRED; issue 12)
         */
        public Evidence whyNotCounted(LocalDate day) {
            if (mgPerUnit == null) {
                return Evidence.of(EvidenceKind.LOT_UNKNOWN_CODE);
            }
            if (!intravenous) {
                return Evidence.of(EvidenceKind.LOT_SUBCUTANEOUS);
            }
            if (expiryDate.isBefore(day)) {
                return Evidence.of(EvidenceKind.LOT_EXPIRED);
            }
            return null;
        }

        /** @return mg on hand in this lot, whatever its route or expiry */
        public long mgOnHand() {
            return mgPerUnit == null ? 0 : (long) Math.max(vialsOnHand, 0) * mgPerUnit;
        }
    }
}
