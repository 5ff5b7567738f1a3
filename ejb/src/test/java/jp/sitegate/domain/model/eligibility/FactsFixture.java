package jp.sitegate.domain.model.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.sitegate.domain.model.briefing.AttendeeRole;
import jp.sitegate.domain.model.briefing.BriefingMaterial;
import jp.sitegate.domain.model.briefing.BriefingMode;
import jp.sitegate.domain.model.briefing.BriefingRequest;
import jp.sitegate.domain.model.eligibility.FacilityFacts.BriefingFact;
import jp.sitegate.domain.model.eligibility.FacilityFacts.IcuFilingFact;
import jp.sitegate.domain.model.eligibility.FacilityFacts.LotFact;
import jp.sitegate.domain.model.eligibility.FacilityFacts.PartnerFact;
import jp.sitegate.domain.model.eligibility.FacilityFacts.PhysicianFact;
import jp.sitegate.domain.model.facility.Capability;
import jp.sitegate.domain.model.facility.PartnerCoverage;
import jp.sitegate.domain.model.facility.TransplantCategory;

/**
 * Builds facility facts for tests: by default a facility that meets every requirement of the three seeded
 * profiles on {@link #DAY} for product {@link #PRODUCT}; each method takes one fact away or changes it.
 */
public final class FactsFixture {
    /** The day evaluated. */
    public static final LocalDate DAY = LocalDate.of(2025, 11, 1);
    /** The evaluated product's manufacturer (organisation id). */
    public static final long MANUFACTURER = 2L;
    /** The product evaluated. */
    public static final long PRODUCT = 1;

    Integer beds = 600;
    Boolean icuEquivalent;
    FacilityFacts.Confirmation confirmation;
    TransplantCategory category = TransplantCategory.CATEGORY_1;
    final Map<Capability, Boolean> capabilities = new EnumMap<>(Capability.class);
    final List<IcuFilingFact> filings = new ArrayList<>();
    final List<PartnerFact> partners = new ArrayList<>();
    final List<PhysicianFact> physicians = new ArrayList<>();
    final List<BriefingFact> briefings = new ArrayList<>();
    final List<LotFact> lots = new ArrayList<>();

    private FactsFixture() {
    }

    /** @return a facility meeting every seeded requirement for any of the three products */
    public static FactsFixture eligible() {
        FactsFixture f = new FactsFixture();
        for (Capability c : Capability.values()) {
            f.capabilities.put(c, true);
        }
        f.filings.add(filing(1));
        f.physicians.add(physician(1, true, true));
        f.physicians.add(physician(2, true, false));
        f.briefings.add(briefing(1, BriefingMode.IN_PERSON, null));
        f.lots.add(new LotFact("6399421A3022", "L400", DAY.plusYears(1), 4, 400, true));
        return f;
    }

    /** @return the facts with nothing but the facility itself (no filings, physicians, briefings, stock) */
    public static FactsFixture empty() {
        FactsFixture f = new FactsFixture();
        f.category = null;
        f.beds = null;
        return f;
    }

    static IcuFilingFact filing(int level) {
        return new IcuFilingFact(level, "集" + level, LocalDate.of(2024, 6, 1), null, "list 19", LocalDate.of(2025, 9, 1));
    }

    static PhysicianFact physician(long id, boolean fullTime, boolean lead) {
        return new PhysicianFact(id, LocalDate.of(2005, 4, 1), 10, 10, 3, 20, true, true, fullTime, lead,
                LocalDate.of(2015, 4, 1), null, Map.of(1L, LocalDate.of(2024, 1, 1), 2L, LocalDate.of(2024, 1, 1),
                3L, LocalDate.of(2024, 1, 1)));
    }

    /** A briefing; a restriction text comes with an infection-control restriction recorded since a month before. */
    static BriefingFact briefing(long id, BriefingMode mode, String restriction) {
        return briefingUnder(id, mode, restriction == null ? null
                : jp.sitegate.domain.model.briefing.VisitRestrictionKind.INFECTION_CONTROL,
                restriction == null ? null : DAY.minusMonths(3), restriction);
    }

    /**
     * @return a briefing two months before {@link #DAY} under a visit restriction recorded with that kind, start and
     *         text (LUN-BRF-2, issue 11)
     */
    static BriefingFact briefingUnder(long id, BriefingMode mode,
            jp.sitegate.domain.model.briefing.VisitRestrictionKind kind, LocalDate since, String text) {
        Map<AttendeeRole, Integer> att = new EnumMap<>(AttendeeRole.class);
        att.put(AttendeeRole.PHYSICIAN, 2);
        att.put(AttendeeRole.PHARMACIST, 1);
        att.put(AttendeeRole.NURSE, 3);
        return new BriefingFact(id, DAY.minusMonths(2), mode, text, att, EnumSet.allOf(BriefingMaterial.class),
                EnumSet.allOf(BriefingRequest.class), false, kind, since);
    }

    /** @return this, with the own ICU filings replaced by the given levels */
    public FactsFixture icuLevels(int... levels) {
        filings.clear();
        for (int l : levels) {
            filings.add(filing(l));
        }
        return this;
    }

    /** @return this, with a partner covering the given services, whose own A301 filings have the given levels */
    public FactsFixture partner(Set<PartnerCoverage> coverage, int... levels) {
        List<IcuFilingFact> pf = new ArrayList<>();
        for (int l : levels) {
            pf.add(filing(l));
        }
        partners.add(new PartnerFact("1910112398", "連携病院", coverage, LocalDate.of(2024, 1, 1), null, false, pf));
        return this;
    }

    /** @return this, with a partner entered by the facility alone: neither accepted nor confirmed (issue 11) */
    public FactsFixture oneSidedPartner(Set<PartnerCoverage> coverage, int... levels) {
        List<IcuFilingFact> pf = new ArrayList<>();
        for (int l : levels) {
            pf.add(filing(l));
        }
        partners.add(new PartnerFact("1910112398", "連携病院", coverage, LocalDate.of(2024, 1, 1), null, false, pf,
                false));
        return this;
    }

    /** @return this, with an ICU-equivalent declaration */
    public FactsFixture icuEquivalent(Boolean declared, String mr) {
        icuEquivalent = declared;
        // a confirmation by the evaluated product's manufacturer (MANUFACTURER), a month before DAY
        confirmation = mr == null ? null : new FacilityFacts.Confirmation(mr, MANUFACTURER, DAY.minusMonths(1));
        return this;
    }

    /**
     * @param declared     the declaration
     * @param confirmation the manufacturer's confirmation, or {@code null}
     * @return this, with an ICU-equivalent declaration and that confirmation (issue 11)
     */
    public FactsFixture icuEquivalentConfirmed(Boolean declared, FacilityFacts.Confirmation confirmation) {
        icuEquivalent = declared;
        this.confirmation = confirmation;
        return this;
    }

    /** @return this, with a capability declared */
    public FactsFixture capability(Capability c, Boolean value) {
        capabilities.put(c, value);
        return this;
    }

    /** @return this, with the given physicians instead */
    public FactsFixture physicians(PhysicianFact... ps) {
        physicians.clear();
        physicians.addAll(List.of(ps));
        return this;
    }

    /** @return this, with the given briefings instead */
    public FactsFixture briefings(BriefingFact... bs) {
        briefings.clear();
        briefings.addAll(List.of(bs));
        return this;
    }

    /** @return this, with the given lots instead */
    public FactsFixture lots(LotFact... ls) {
        lots.clear();
        lots.addAll(List.of(ls));
        return this;
    }

    /** @return this, with beds */
    public FactsFixture beds(Integer n) {
        beds = n;
        return this;
    }

    /** @return this, with a JSTCT category */
    public FactsFixture category(TransplantCategory c) {
        category = c;
        return this;
    }

    /** @return the facts */
    public FacilityFacts build() {
        return new FacilityFacts("1912110952", "テスト病院", beds, icuEquivalent, confirmation, category,
                new EnumMap<>(capabilities.isEmpty() ? Map.of(Capability.CONTACT_24H, true) : capabilities),
                filings, partners, physicians, briefings, lots);
    }

    /** @return the default context */
    public static EvaluationContext context() {
        return new EvaluationContext(PRODUCT, DAY, MANUFACTURER);
    }
}
