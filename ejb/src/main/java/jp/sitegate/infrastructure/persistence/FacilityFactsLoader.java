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
import jp.sitegate.domain.model.briefing.BriefingMode;
import jp.sitegate.domain.model.briefing.VisitRestrictionKind;
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
import jp.sitegate.domain.model.stock.TocilizumabStrength;
import jp.sitegate.infrastructure.audit.CurrentValue;
import jp.sitegate.infrastructure.audit.DataChanges;

/**
 * Loads a {@link FacilityFacts} snapshot in one SELECT whatever the facility's size (issue 16: a check reads its facts
 * in at most 4 round trips): the partnerships with their partners, the facility's and its partners' filings, the
 * employments with physicians and trainings, the stock on hand by lot, the product's briefings and the declarations
 * with their confirmations come as typed rows of one {@code UNION ALL} ({@link #FACTS}; none per physician, per lot or
 * per partner); the bureau lists' dates and the tocilizumab strengths come from reference data read once per change.
 */
public final class FacilityFactsLoader {
    private FacilityFactsLoader() {
    }

    /**
     * The columns every branch of the facts SELECT fills (unused ones are {@code NULL}): a kind, the facility the row
     * belongs to (for a filing: the filer, the facility itself or a partner), four ids, five integers, seven texts,
     * four dates and two timestamps. Which branch puts what where is written next to each branch and read back by
     * {@link Row}.
     */
    private static final List<String> COLUMNS = List.of("kind", "owner", "l1", "l2", "l3", "l4", "n1", "n2", "n3",
            "n4", "n5", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "d1", "d2", "d3", "d4", "t1", "t2");
    private static final Map<String, Integer> INDEX = java.util.stream.IntStream.range(0, COLUMNS.size()).boxed()
            .collect(Collectors.toUnmodifiableMap(COLUMNS::get, i -> i));

    /**
     * One branch of the facts SELECT.
     *
     * @param kind    the row kind (one letter)
     * @param owner   the expression of the facility the row belongs to
     * @param from    the FROM clause and what follows it; {@code @F} stands for the facilities' condition
     *                ({@code = ?1} or an {@code IN} list), {@code @P} for the products', {@code ?3} is the moment
     * @param columns pairs of column name ({@link #COLUMNS}) and SQL expression; the others are {@code NULL}
     * @return the SELECT
     */
    private static String branch(String kind, String owner, String from, String... columns) {
        Map<String, String> given = new HashMap<>();
        given.put("owner", owner);
        for (int i = 0; i < columns.length; i += 2) {
            given.put(columns[i], columns[i + 1]);
        }
        StringBuilder sql = new StringBuilder("SELECT '").append(kind).append("' AS kind");
        for (String column : COLUMNS.subList(1, COLUMNS.size())) {
            sql.append(", ").append(given.getOrDefault(column, "NULL")).append(" AS ").append(column);
        }
        return sql.append(' ').append(from).toString();
    }

    /** @return {@code bit} when the condition holds, else 0 (flags are summed into one integer column) */
    private static String flag(String condition, int bit) {
        return "(CASE WHEN " + condition + " THEN " + bit + " ELSE 0 END)";
    }

    /**
     * Partnerships (P): l1 partnership id, l2 the partner's id, s1/s2 the partner's code and name, d1/d2 validity, n1
     * flags (what it covers 1/2/4/8, the partner's confirmed ICU-equivalent 16, agreed by both sides 32).
     */
    private static final String PARTNERSHIPS = branch("P", "p.facility_id",
            "FROM facility_partnership p JOIN facility pf ON pf.id = p.partner_id WHERE p.facility_id @F",
            "l1", "p.id", "l2", "pf.id", "s1", "pf.code", "s2", "pf.name", "d1", "p.valid_from", "d2", "p.valid_to",
            "n1", flag("p.covers_icu_care = 1", 1) + " + " + flag("p.covers_inpatient_care = 1", 2) + " + "
                    + flag("p.covers_specialist_support = 1", 4) + " + "
                    + flag("p.covers_same_day_lab_results = 1", 8) + " + "
                    + flag("pf.icu_equivalent_declared = 1 AND pf.icu_equivalent_confirmed_org IS NOT NULL", 16)
                    + " + " + flag("p.partner_accepted_at IS NOT NULL OR p.document_confirmed_at IS NOT NULL", 32));

    /**
     * A301 filings (F) of the facilities and (a second branch, so that each reads by index) of their partners; the
     * owner is the filer: l2 id, n1 level, s1/s2, d1–d3. A filing read twice (a partner that is also one of the
     * facilities) counts once.
     */
    private static final String FILINGS = String.join(" UNION ALL ",
            branch("F", "i.facility_id", "FROM icu_filing i WHERE i.facility_id @F", filingColumns()),
            branch("F", "i.facility_id", "FROM facility_partnership p JOIN icu_filing i ON i.facility_id = "
                    + "p.partner_id WHERE p.facility_id @F", filingColumns()));

    private static String[] filingColumns() {
        return new String[] {"l2", "i.id", "n1", "i.icu_level", "s1", "i.acceptance_symbol", "s2", "i.source_list",
            "d1", "i.start_date", "d2", "i.end_date", "d3", "i.source_date"};
    }

    /**
     * Employments with their physician and each training (E), one row per employment and training: l1 employment,
     * l2 physician, l3 training's product, n1–n4 experience, n5 flags (attestations 1/2, full time 4, lead 8),
     * d1 licence, d2/d3 employment, d4 training completed.
     */
    private static final String EMPLOYMENTS = branch("E", "e.facility_id",
            "FROM employment e JOIN physician ph ON ph.id = e.physician_id "
                    + "LEFT JOIN product_training t ON t.physician_id = ph.id WHERE e.facility_id @F",
            "l1", "e.id", "l2", "ph.id", "l3", "t.product_id", "n1", "ph.hematology_training_years",
            "n2", "ph.chemotherapy_experience_years", "n3", "ph.transplant_training_years",
            "n4", "ph.allogeneic_transplants",
            "n5", flag("ph.attests_mr_meetings = 1", 1) + " + " + flag("ph.attests_safety_cooperation = 1", 2) + " + "
                    + flag("e.full_time = 1", 4) + " + " + flag("e.treatment_lead = 1", 8),
            "d1", "ph.licence_registered_on", "d2", "e.valid_from", "d3", "e.valid_to", "d4", "t.completed_on");

    /** Tocilizumab lots with the vials on hand at the moment (L): l1 lot, n1 vials, s1 YJ code, s2 lot, d1 expiry. */
    private static final String LOTS = branch("L", "l.facility_id",
            "FROM stock_movement m JOIN tocilizumab_lot l ON l.id = m.lot_id WHERE l.facility_id @F AND "
                    + "m.occurred_at <= ?3 GROUP BY l.facility_id, l.id, l.yj_code, l.lot_number, l.expiry_date",
            "l1", "l.id", "n1", "SUM(m.vials)", "s1", "l.yj_code", "s2", "l.lot_number", "d1", "l.expiry_date");

    /** The products' briefings at the facilities (B): l1 id, l2 product, the columns {@link Briefing#fact} reads. */
    private static final String BRIEFINGS = branch("B", "b.facility_id",
            "FROM briefing b WHERE b.facility_id @F AND b.product_id @P",
            "l1", "b.id", "l2", "b.product_id", "n1", "b.physicians", "n2", "b.pharmacists", "n3", "b.nurses",
            "n4", "b.others", "n5", flag("b.late_entry = 1", 1), "s1", "b.mode", "s2", "b.visit_restriction",
            "s3", "b.materials", "s4", "b.requests", "s5", "b.visit_restriction_kind", "d1", "b.briefed_on",
            "d2", "b.visit_restriction_since");

    /**
     * Declarations in force at the moment, each with the confirmations decided by then (D; REQUIREMENTS.md §8): l1
     * declaration, l2 subject, l3 confirmation, l4 confirming organisation, s1 fact, s2 declared by, s3 decision,
     * s4 decided by, s5 note, s6/s7 evidence document, d1 seen on, t1 declared at, t2 decided at.
     */
    private static final String DECLARATIONS = branch("D", "d.facility_id",
            "FROM fact_declaration d LEFT JOIN fact_confirmation c ON c.declaration_id = d.id AND c.decided_at <= ?3 "
                    + "LEFT JOIN evidence_document doc ON doc.id = c.document_id WHERE d.facility_id @F "
                    + "AND d.declared_at <= ?3 AND (d.superseded_at IS NULL OR d.superseded_at > ?3)",
            "l1", "d.id", "l2", "d.subject_id", "l3", "c.id", "l4", "c.organisation_id", "s1", "d.fact",
            "s2", "d.declared_by", "s3", "c.decision", "s4", "c.decided_by", "s5", "c.note", "s6", "doc.file_name",
            "s7", "doc.sha256", "d1", "c.seen_on", "t1", "d.declared_at", "t2", "c.decided_at");

    /** Everything {@link #loadAll} reads about facilities, in one SELECT. */
    static final String FACTS = String.join(" UNION ALL ", PARTNERSHIPS, FILINGS, EMPLOYMENTS, LOTS, BRIEFINGS,
            DECLARATIONS);

    /** One row of the facts SELECT, read by column name whatever type the driver returns for it. */
    private record Row(Object[] values) {
        private Object at(String column) {
            return values[INDEX.get(column)];
        }

        char kind() {
            return ((String) values[0]).charAt(0);
        }

        Long id(String column) {
            Object v = at(column);
            return v == null ? null : ((Number) v).longValue();
        }

        Integer number(String column) {
            Object v = at(column);
            return v == null ? null : ((Number) v).intValue();
        }

        boolean bit(String column, int bit) {
            return (number(column) & bit) != 0;
        }

        String text(String column) {
            Object v = at(column);
            return v == null ? null : v.toString();
        }

        LocalDate date(String column) {
            Object v = at(column);
            if (v instanceof java.sql.Date d) {
                return d.toLocalDate();
            }
            if (v instanceof java.sql.Timestamp t) {
                return t.toLocalDateTime().toLocalDate();
            }
            if (v instanceof java.time.LocalDateTime t) {
                return t.toLocalDate();
            }
            return (LocalDate) v;
        }

        /** As {@link InstantConverter} reads a {@code DATETIME(6)}. */
        Instant instant(String column) {
            Object v = at(column);
            if (v instanceof java.time.LocalDateTime t) {
                v = java.sql.Timestamp.valueOf(t);
            }
            return new InstantConverter().convertToEntityAttribute((java.sql.Timestamp) v);
        }
    }

    /**
     * Runs a facts SELECT for one facility and product with bound parameters, or for several with their ids
     * written into {@code IN} lists (numbers only, so nothing typed reaches the SQL).
     */
    @SuppressWarnings("unchecked")
    private static List<Row> rows(EntityManager em, String template, Collection<Long> facilityIds,
            Collection<Long> productIds, Instant moment) {
        boolean one = facilityIds.size() == 1 && productIds.size() == 1;
        String sql = template.replace("@F", one ? "= ?1" : in(facilityIds)).replace("@P", one ? "= ?2"
                : in(productIds));
        jakarta.persistence.Query q = em.createNativeQuery(sql);
        if (sql.contains("?1")) {
            q.setParameter(1, facilityIds.iterator().next());
        }
        if (sql.contains("?2")) {
            q.setParameter(2, productIds.iterator().next());
        }
        if (sql.contains("?3")) {
            q.setParameter(3, new InstantConverter().convertToDatabaseColumn(moment));
        }
        List<Object[]> raw = q.getResultList();
        return raw.stream().map(Row::new).toList();
    }

    private static String in(Collection<Long> ids) {
        return ids.isEmpty() ? "IN (NULL)" : ids.stream().map(String::valueOf).collect(Collectors.joining(",", "IN (",
                ")"));
    }

    /**
     * @param em        the caller's entity manager
     * @param facility  the facility (already loaded)
     * @param productId the product whose briefings count
     * @param moment    the moment evaluated; stock movements and declarations after it are ignored
     * @return the facts (1 SELECT; reference data from memory)
     */
    public static FacilityFacts load(EntityManager em, Facility facility, long productId, Instant moment) {
        return loadAll(em, List.of(facility), List.of(productId), moment).get(facility.getId()).get(productId);
    }

    /**
     * The facts of several facilities for several products at one moment, in one SELECT with {@code IN} lists (issue
     * 16: a batch chunk reads set-wise).
     *
     * @param em         the caller's entity manager
     * @param facilities the facilities (already loaded; not empty)
     * @param productIds the products whose briefings count (not empty)
     * @param moment     the moment evaluated
     * @return facility id → product id → facts, for every facility and product given
     */
    public static Map<Long, Map<Long, FacilityFacts>> loadAll(EntityManager em, Collection<Facility> facilities,
            Collection<Long> productIds, Instant moment) {
        List<Long> ids = facilities.stream().map(Facility::getId).distinct().toList();
        Map<Long, Map<Character, List<Row>>> byOwner = new HashMap<>();
        for (Row r : rows(em, FACTS, ids, productIds, moment)) {
            byOwner.computeIfAbsent(r.id("owner"), k -> new HashMap<>())
                    .computeIfAbsent(r.kind(), k -> new ArrayList<>()).add(r);
        }
        Map<Long, List<IcuFilingFact>> filingsOf = new HashMap<>();
        byOwner.forEach((owner, kinds) -> filingsOf.put(owner, filings(kinds.getOrDefault('F', List.of()))));
        Map<Long, Map<Long, FacilityFacts>> out = new HashMap<>();
        for (Facility facility : facilities) {
            Map<Character, List<Row>> kinds = byOwner.getOrDefault(facility.getId(), Map.of());
            List<PartnerFact> partners = kinds.getOrDefault('P', List.of()).stream()
                    .sorted(java.util.Comparator.comparing(r -> r.id("l1")))
                    .map(r -> new PartnerFact(r.text("s1"), r.text("s2"), FacilityPartnership.coverage(
                            r.bit("n1", 1), r.bit("n1", 2), r.bit("n1", 4), r.bit("n1", 8)), r.date("d1"),
                            r.date("d2"), r.bit("n1", 16), filingsOf.getOrDefault(r.id("l2"), List.of()),
                            r.bit("n1", 32)))
                    .toList();
            FacilityFacts facts = new FacilityFacts(facility.getCode().value(), facility.getName(),
                    facility.getBedsTotal(), facility.getIcuEquivalentDeclared(), null,
                    facility.getTransplantCategory(), facility.capabilities(),
                    filingsOf.getOrDefault(facility.getId(), List.of()), partners,
                    physicians(kinds.getOrDefault('E', List.of())), List.of(),
                    lots(em, kinds.getOrDefault('L', List.of())), declarations(kinds.getOrDefault('D', List.of())),
                    bureauLists(em, prefectures(facility, partners)));
            Map<Long, List<Row>> briefingsOf = kinds.getOrDefault('B', List.of()).stream()
                    .collect(Collectors.groupingBy(r -> r.id("l2")));
            Map<Long, FacilityFacts> perProduct = new HashMap<>();
            productIds.forEach(p -> perProduct.put(p, facts.withBriefings(briefings(briefingsOf.getOrDefault(p,
                    List.of())))));
            out.put(facility.getId(), perProduct);
        }
        return out;
    }

    private static Set<String> prefectures(Facility facility, List<PartnerFact> partners) {
        Set<String> out = new java.util.TreeSet<>();
        out.add(facility.getCode().prefectureCode());
        partners.forEach(p -> out.add(jp.sitegate.domain.model.facility.MedicalInstitutionCode.of(p.code())
                .prefectureCode()));
        return out;
    }

    private static List<IcuFilingFact> filings(List<Row> rows) {
        Map<Long, Row> byId = new java.util.TreeMap<>();
        rows.forEach(r -> byId.putIfAbsent(r.id("l2"), r));
        return byId.values().stream().map(r -> new IcuFilingFact(r.number("n1"), r.text("s1"), r.date("d1"),
                r.date("d2"), r.text("s2"), r.date("d3"))).toList();
    }

    /** One physician per employment, with the product trainings of its rows (product id → day completed). */
    private static List<PhysicianFact> physicians(List<Row> rows) {
        Map<Long, Row> employments = new java.util.TreeMap<>();
        Map<Long, Map<Long, LocalDate>> trainings = new HashMap<>();
        for (Row r : rows) {
            employments.putIfAbsent(r.id("l1"), r);
            Map<Long, LocalDate> of = trainings.computeIfAbsent(r.id("l1"), k -> new HashMap<>());
            if (r.id("l3") != null) {
                of.put(r.id("l3"), r.date("d4"));
            }
        }
        List<PhysicianFact> out = new ArrayList<>();
        employments.forEach((id, r) -> out.add(new PhysicianFact(r.id("l2"), r.date("d1"), r.number("n1"),
                r.number("n2"), r.number("n3"), r.number("n4"), r.bit("n5", 1), r.bit("n5", 2), r.bit("n5", 4),
                r.bit("n5", 8), r.date("d2"), r.date("d3"), trainings.get(id))));
        return out;
    }

    private static List<BriefingFact> briefings(List<Row> rows) {
        return rows.stream().sorted(java.util.Comparator.comparing((Row r) -> r.date("d1"))
                .thenComparing(r -> r.id("l1")))
                .map(r -> Briefing.fact(r.id("l1"), r.date("d1"), BriefingMode.valueOf(r.text("s1")), r.text("s2"),
                        new int[] {r.number("n1"), r.number("n2"), r.number("n3"), r.number("n4")}, r.text("s3"),
                        r.text("s4"), r.bit("n5", 1), r.text("s5") == null ? null
                                : VisitRestrictionKind.valueOf(r.text("s5")), r.date("d2")))
                .toList();
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
     * The facility's declarations in force at the moment, each with the manufacturers' decisions about it made by then
     * (issue 11, REQUIREMENTS.md §8), in the order they were declared and decided.
     *
     * @param rows the facts SELECT's declaration rows
     * @return declaration key ({@code CONTACT_24H}, {@code PHYSICIAN:12}, …) → declaration
     */
    private static Map<String, FacilityFacts.DeclarationFact> declarations(List<Row> rows) {
        Map<String, String> by = new HashMap<>();
        Map<String, LocalDate> on = new HashMap<>();
        Map<String, List<FacilityFacts.Confirmation>> confirmations = new java.util.LinkedHashMap<>();
        java.util.Comparator<Instant> instants = java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder());
        java.util.Comparator<Long> ids = java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder());
        List<Row> ordered = rows.stream().sorted(java.util.Comparator.comparing((Row r) -> r.instant("t1"))
                .thenComparing(r -> r.id("l1")).thenComparing(r -> r.instant("t2"), instants)
                .thenComparing(r -> r.id("l3"), ids)).toList();
        for (Row r : ordered) {
            String key = new jp.sitegate.domain.model.declaration.DeclaredFact(r.text("s1"), r.id("l2")).key();
            by.put(key, r.text("s2"));
            on.put(key, r.instant("t1").atZone(jp.sitegate.infrastructure.config.ClockProducer.JAPAN).toLocalDate());
            List<FacilityFacts.Confirmation> list = confirmations.computeIfAbsent(key, k -> new ArrayList<>());
            if (r.id("l4") != null) {
                String note = r.text("s5");
                String document = r.text("s6");
                Evidence evidence = document == null ? (note == null ? null : Evidence.of(EvidenceKind.SEEN_NOTE))
                        : Evidence.of(note == null ? EvidenceKind.SEEN_DOCUMENT : EvidenceKind.SEEN_DOCUMENT_AND_NOTE,
                                "name", document, "sha", r.text("s7"));
                list.add(new FacilityFacts.Confirmation(r.text("s4"), r.id("l4"), r.date("d1"),
                        jp.sitegate.domain.model.declaration.ConfirmationDecision.REJECTED.name()
                                .equals(r.text("s3")), evidence));
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
        return facts.withBriefings(briefings(rows(em, BRIEFINGS, List.of(facility.getId()), List.of(productId),
                Instant.EPOCH)));
    }

    /**
     * @param em       entity manager
     * @param facility facility
     * @param moment   the moment stock is summed up to
     * @return the facility's tocilizumab lots with vials on hand at that moment, soonest expiry first (1 SELECT; the
     *         strengths come from the reference data read once, issue 16)
     */
    public static List<LotFact> lots(EntityManager em, Facility facility, Instant moment) {
        return lots(em, rows(em, LOTS, List.of(facility.getId()), List.of(0L), moment));
    }

    private static List<LotFact> lots(EntityManager em, List<Row> rows) {
        Map<String, StrengthValue> strengths = reference(em).strengths();
        return rows.stream().sorted(java.util.Comparator.comparing((Row r) -> r.date("d1"))
                .thenComparing(r -> r.id("l1"))).map(r -> {
                    StrengthValue s = strengths.get(r.text("s1"));
                    return new LotFact(r.text("s1"), r.text("s2"), r.date("d1"), r.number("n1"),
                            s == null ? null : s.mgPerUnit(), s != null && s.intravenous());
                }).toList();
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
