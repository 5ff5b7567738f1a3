package jp.sitegate.domain.model.patient;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.physician.Physician;
import jp.sitegate.domain.model.product.Product;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.Reason;

/**
 * One patient's checklist of the optimal-use guideline's section 5 (投与対象となる患者, issue 12), recorded by the
 * facility: every criterion and exclusion answered by the treating physician, the ECOG performance status, the day
 * assessed. The patient is named only by the registry's pseudonymous id ({@link #checkedRegistryId}); nothing else
 * about the patient is kept. A new assessment is a new checklist; a checklist serves one delivery.
 */
@Entity
@Table(name = "patient_checklist")
@NamedQuery(name = "PatientChecklist.ofFacility", query = "SELECT c FROM PatientChecklist c JOIN FETCH c.product "
        + "JOIN FETCH c.physician WHERE c.facility.id = :facilityId ORDER BY c.recordedAt DESC, c.id DESC")
public class PatientChecklist {
    /** Longest registry id, characters (the column's). */
    public static final int MAX_REGISTRY_ID = 40;
    /** Highest ECOG performance status a candidate may have (2–4: not a candidate, 安全性に関する事項 ②). */
    public static final int MAX_CANDIDATE_ECOG = 1;
    /** ASCII letters, digits and hyphens with at least one digit: a registry id, never a (romanised) name. */
    private static final Pattern REGISTRY_ID = Pattern.compile("(?=[A-Za-z0-9-]*[0-9])[A-Za-z0-9-]{1,40}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id", updatable = false)
    private Facility facility;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", updatable = false)
    private Product product;

    @Column(name = "registry_id", nullable = false, updatable = false, length = MAX_REGISTRY_ID)
    private String registryId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "physician_id", updatable = false)
    private Physician physician;

    @Column(name = "assessed_on", nullable = false, updatable = false)
    private LocalDate assessedOn;

    @Column(name = "relapsed_refractory_mm", nullable = false, updatable = false)
    private boolean relapsedOrRefractoryMm;

    @Column(name = "no_prior_bcma_car_t", nullable = false, updatable = false)
    private boolean noPriorBcmaCarT;

    @Column(name = "prior_therapies", nullable = false, updatable = false)
    private boolean priorTherapies;

    @Column(name = "cns_myeloma", nullable = false, updatable = false)
    private boolean cnsMyeloma;

    @Column(name = "plasma_cell_disorder", nullable = false, updatable = false)
    private boolean plasmaCellDisorder;

    @Column(name = "prior_allogeneic_hsct", nullable = false, updatable = false)
    private boolean priorAllogeneicHsct;

    @Column(name = "other_malignancy", nullable = false, updatable = false)
    private boolean otherMalignancy;

    @Column(name = "ecog_ps", nullable = false, updatable = false)
    private int ecogPs;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected PatientChecklist() {
    }

    /**
     * @param facility   the facility
     * @param product    the product (its policy is per patient; checked by the service)
     * @param registryId the registry's pseudonymous patient id, as checked by {@link #checkedRegistryId}
     * @param physician  the treating physician, employed at the facility on {@code assessedOn} (checked by the
     *                   service)
     * @param assessedOn the day the physician assessed the patient
     * @param answers    every item of {@link PatientCriterion} answered
     * @param ecogPs     ECOG performance status 0–4
     * @param recordedBy who recorded it (name and user name)
     * @param recordedAt when
     * @throws InvalidInputException naming the field of an unanswered item, {@code registryId} or {@code ecogPs}
     * @throws NullPointerException  for a missing facility, product, physician, day, author or time
     */
    public PatientChecklist(Facility facility, Product product, String registryId, Physician physician,
            LocalDate assessedOn, Map<PatientCriterion, Boolean> answers, int ecogPs, String recordedBy,
            Instant recordedAt) {
        this.facility = Objects.requireNonNull(facility, "facility");
        this.product = Objects.requireNonNull(product, "product");
        this.registryId = checkedRegistryId(registryId);
        this.physician = Objects.requireNonNull(physician, "physician");
        this.assessedOn = Objects.requireNonNull(assessedOn, "assessedOn");
        for (PatientCriterion c : PatientCriterion.values()) {
            if (answers == null || answers.get(c) == null) {
                throw InvalidInputException.of(c.field(), "checklist.answered-true-false",
                        new Reason(c.labelJa(), c.labelEn()), c.field());
            }
        }
        this.relapsedOrRefractoryMm = answers.get(PatientCriterion.RELAPSED_OR_REFRACTORY_MM);
        this.noPriorBcmaCarT = answers.get(PatientCriterion.NO_PRIOR_BCMA_CAR_T);
        this.priorTherapies = answers.get(PatientCriterion.PRIOR_THERAPIES);
        this.cnsMyeloma = answers.get(PatientCriterion.CNS_MYELOMA);
        this.plasmaCellDisorder = answers.get(PatientCriterion.PLASMA_CELL_DISORDER);
        this.priorAllogeneicHsct = answers.get(PatientCriterion.PRIOR_ALLOGENEIC_HSCT);
        this.otherMalignancy = answers.get(PatientCriterion.OTHER_MALIGNANCY);
        if (ecogPs < 0 || ecogPs > 4) {
            throw InvalidInputException.of("ecogPs", "checklist.ecogps-0-4");
        }
        this.ecogPs = ecogPs;
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /**
     * The registry id's shape (issue 12): ASCII letters, digits and hyphens, at least one digit, at most
     * {@value #MAX_REGISTRY_ID} characters — so a patient's name (kanji, kana, or romanised with a space) cannot
     * be stored in it.
     *
     * @param registryId the id as typed
     * @return it stripped
     * @throws InvalidInputException naming {@code registryId} otherwise
     */
    public static String checkedRegistryId(String registryId) {
        String r = registryId == null ? "" : registryId.strip();
        if (!REGISTRY_ID.matcher(r).matches()) {
            throw InvalidInputException.of("registryId", "checklist.registryid-1-40-ascii");
        }
        return r;
    }

    /** @return every item with the physician's answer, in the guideline's order */
    public Map<PatientCriterion, Boolean> answers() {
        Map<PatientCriterion, Boolean> m = new EnumMap<>(PatientCriterion.class);
        m.put(PatientCriterion.RELAPSED_OR_REFRACTORY_MM, relapsedOrRefractoryMm);
        m.put(PatientCriterion.NO_PRIOR_BCMA_CAR_T, noPriorBcmaCarT);
        m.put(PatientCriterion.PRIOR_THERAPIES, priorTherapies);
        m.put(PatientCriterion.CNS_MYELOMA, cnsMyeloma);
        m.put(PatientCriterion.PLASMA_CELL_DISORDER, plasmaCellDisorder);
        m.put(PatientCriterion.PRIOR_ALLOGENEIC_HSCT, priorAllogeneicHsct);
        m.put(PatientCriterion.OTHER_MALIGNANCY, otherMalignancy);
        return m;
    }

    /** @return the items whose answer rules the patient out (a criterion not met, an exclusion present) */
    public List<PatientCriterion> failing() {
        List<PatientCriterion> out = new ArrayList<>();
        answers().forEach((c, a) -> {
            if (!c.passes(a)) {
                out.add(c);
            }
        });
        return out;
    }

    /** @return true when every criterion is met, no exclusion applies and ECOG PS is 0 or 1 */
    public boolean candidate() {
        return failing().isEmpty() && ecogPs <= MAX_CANDIDATE_ECOG;
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the facility (also what the audit trail files it under) */
    public Facility getFacility() {
        return facility;
    }

    /** @return the product */
    public Product getProduct() {
        return product;
    }

    /** @return the registry's pseudonymous patient id */
    public String getRegistryId() {
        return registryId;
    }

    /** @return the treating physician */
    public Physician getPhysician() {
        return physician;
    }

    /** @return the day assessed */
    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    /** @return ECOG performance status 0–4 */
    public int getEcogPs() {
        return ecogPs;
    }

    /** @return who recorded it */
    public String getRecordedBy() {
        return recordedBy;
    }

    /** @return when */
    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** @return the version (optimistic lock) */
    public long getVersion() {
        return version;
    }
}
