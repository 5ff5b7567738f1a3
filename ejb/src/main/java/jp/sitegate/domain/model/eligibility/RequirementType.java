package jp.sitegate.domain.model.eligibility;

import java.util.HashSet;
import jp.sitegate.domain.model.briefing.AttendeeRole;
import jp.sitegate.domain.model.briefing.BriefingMaterial;
import jp.sitegate.domain.model.briefing.BriefingRequest;
import jp.sitegate.domain.model.eligibility.criteria.BriefingCoverage;
import jp.sitegate.domain.model.eligibility.criteria.BriefingModeCriterion;
import jp.sitegate.domain.model.eligibility.criteria.CapabilityCriterion;
import jp.sitegate.domain.model.eligibility.criteria.IcuAccess;
import jp.sitegate.domain.model.eligibility.criteria.InpatientCare;
import jp.sitegate.domain.model.eligibility.criteria.QualifiedPhysicians;
import jp.sitegate.domain.model.eligibility.criteria.TocilizumabStock;
import jp.sitegate.domain.model.eligibility.criteria.TransplantCenter;
import jp.sitegate.domain.model.facility.Capability;
import jp.sitegate.domain.model.facility.PartnerCoverage;
import jp.sitegate.domain.model.facility.TransplantCategory;

/**
 * The requirement types SiteGate knows, each building a {@link Criterion} from its JSON parameters. Profiles
 * compose them in data; adding a product needs no code (REQUIREMENTS.md §4).
 */
public enum RequirementType implements jp.sitegate.domain.shared.Labelled {
    /** {@code levels} [1..6], {@code allowEquivalent}, {@code allowPartner}. */
    ICU_ACCESS("[{\"type\":\"ICU_ACCESS\",\"levels\":[1,2,3,4,5,6],\"allowEquivalent\":true,\"allowPartner\":true}]") {
        @Override
        public Criterion create(CriterionParameters p) {
            return new IcuAccess(new HashSet<>(p.intList("levels", 1, 6)), p.bool("allowEquivalent", false),
                    p.bool("allowPartner", false), p.integer("confirmationMonths", 1, 12),
                    p.bool("acceptAnyManufacturer", false), p.bool("requireFreshConfirmation", false));
        }
    },
    /** {@code allowPartner}. */
    INPATIENT_CARE("[{\"type\":\"INPATIENT_CARE\",\"allowPartner\":true}]") {
        @Override
        public Criterion create(CriterionParameters p) {
            return new InpatientCare(p.bool("allowPartner", false));
        }
    },
    /**
     * {@code capability}, optional {@code partnerCoverage}; {@code verification} (CONFIRMED or DECLARED, the default
     * for versions before 2026-12-02), {@code confirmationMonths} (12), {@code acceptAnyManufacturer},
     * {@code requireFreshConfirmation} (issue 11) as on every type that reads declared facts.
     */
    CAPABILITY("[{\"type\":\"CAPABILITY\",\"capability\":\"CONTACT_24H\"}]") {
        @Override
        public Criterion create(CriterionParameters p) {
            return new CapabilityCriterion(p.requiredEnum("capability", Capability.class),
                    p.optionalEnum("partnerCoverage", PartnerCoverage.class),
                    ConfirmationRule.from(p, Verification.DECLARED));
        }
    },
    /** {@code categories}; the confirmation parameters of {@link #CAPABILITY}. */
    TRANSPLANT_CENTER("[{\"type\":\"TRANSPLANT_CENTER\",\"categories\":"
            + "[\"CATEGORY_1\",\"CATEGORY_2\",\"CATEGORY_3\",\"TRIAL_SITE\"]}]") {
        @Override
        public Criterion create(CriterionParameters p) {
            return new TransplantCenter(p.enumSet("categories", TransplantCategory.class),
                    ConfirmationRule.from(p, Verification.DECLARED));
        }
    },
    /**
     * {@code minCount}, {@code fullTime}, {@code treatmentLead}, {@code minYearsSinceLicence},
     * {@code minHematologyYears}, {@code minChemotherapyYears}, {@code minTransplantTrainingYears},
     * {@code minAllogeneicTransplants}, {@code mrMeetings}, {@code safetyCooperation}, {@code productTraining},
     * {@code retrainingMonths}; the confirmation parameters of {@link #CAPABILITY} (for each physician's declaration);
     * {@code siteGateDefault} when the year thresholds are SiteGate's, not the documents' (issue 12).
     */
    QUALIFIED_PHYSICIANS("[{\"type\":\"QUALIFIED_PHYSICIANS\",\"minCount\":1,"
            + "\"fullTime\":true,\"minHematologyYears\":3,\"mrMeetings\":true,\"safetyCooperation\":true}]") {
        @Override
        public Criterion create(CriterionParameters p) {
            return new QualifiedPhysicians(p.integer("minCount", 1, 1), p.bool("fullTime", false),
                    p.bool("treatmentLead", false), p.optionalInt("minYearsSinceLicence", 0),
                    p.optionalInt("minHematologyYears", 0), p.optionalInt("minChemotherapyYears", 0),
                    p.optionalInt("minTransplantTrainingYears", 0), p.optionalInt("minAllogeneicTransplants", 0),
                    p.bool("mrMeetings", false), p.bool("safetyCooperation", false), p.bool("productTraining", false),
                    p.optionalInt("retrainingMonths", 1), ConfirmationRule.from(p, Verification.DECLARED),
                    p.bool("siteGateDefault", false));
        }
    },
    /** {@code roles}; {@code requireFreshBriefing} (issue 11) on every briefing type. */
    BRIEFING_AUDIENCE("[{\"type\":\"BRIEFING_AUDIENCE\",\"roles\":[\"PHYSICIAN\",\"PHARMACIST\",\"NURSE\"]}]") {
        @Override
        public Criterion create(CriterionParameters p) {
            return new BriefingCoverage<>(AttendeeRole.class, p.enumSet("roles", AttendeeRole.class),
                    b -> AttendeeRoles.present(b.attendees()), r -> new Evidence.Label(r.labelJa(), r.labelEn()),
                    "説明対象の職種", "audience",
                    p.bool("requireFreshBriefing", false));
        }
    },
    /** No parameters. */
    BRIEFING_MODE("[{\"type\":\"BRIEFING_MODE\"}]") {
        @Override
        public Criterion create(CriterionParameters p) {
            return new BriefingModeCriterion(p.bool("requireFreshBriefing", false));
        }
    },
    /** {@code materials}. */
    BRIEFING_MATERIALS("[{\"type\":\"BRIEFING_MATERIALS\",\"materials\":"
            + "[\"PACKAGE_INSERT\",\"HCP_MATERIALS_CRS_GUIDANCE\",\"PATIENT_MATERIALS\"]}]") {
        @Override
        public Criterion create(CriterionParameters p) {
            return new BriefingCoverage<>(BriefingMaterial.class, p.enumSet("materials", BriefingMaterial.class),
                    FacilityFacts.BriefingFact::materials, m -> new Evidence.Label(m.labelJa(), m.labelEn()),
                    "提供資材", "materials",
                    p.bool("requireFreshBriefing", false));
        }
    },
    /** {@code requests}. */
    BRIEFING_REQUESTS("[{\"type\":\"BRIEFING_REQUESTS\",\"requests\":"
            + "[\"EXPLAIN_TO_PATIENT\",\"EMERGENCY_CONTACT_IN_MATERIALS\",\"CHECK_AT_LATER_DOSES\"]}]") {
        @Override
        public Criterion create(CriterionParameters p) {
            return new BriefingCoverage<>(BriefingRequest.class, p.enumSet("requests", BriefingRequest.class),
                    FacilityFacts.BriefingFact::requests, r -> new Evidence.Label(r.labelJa(), r.labelEn()),
                    "依頼事項", "requests",
                    p.bool("requireFreshBriefing", false));
        }
    },
    /**
     * {@code minMg} (default 1,600); {@code siteGateDefault} when the number is SiteGate's, not the documents' (the
     * finding then says 「SiteGate の既定値（安全管理責任者が変更可）」, issue 12).
     */
    TOCILIZUMAB_STOCK("[{\"type\":\"TOCILIZUMAB_STOCK\",\"minMg\":1600}]") {
        @Override
        public Criterion create(CriterionParameters p) {
            return new TocilizumabStock(p.integer("minMg", 1, DEFAULT_TOCILIZUMAB_MG),
                    p.bool("siteGateDefault", false));
        }
    };

    private final String template;

    RequirementType(String template) {
        this.template = template;
    }

    /**
     * @return a criteria JSON array with this type and every parameter set to a typical value, for the profile
     *         composer to start from (issue 13: the type owns its template)
     */
    public String template() {
        return template;
    }

    /**
     * The parameters this type reads, in the order it reads them, as the profile composer's form offers them
     * (issue 14). They are found by building the type's template with parameters that record what is asked, so
     * the form cannot drift from {@link #create}.
     *
     * @return the parameters, each once; empty for a type without any
     */
    public java.util.List<CriterionParameters.Parameter> parameters() {
        return Parameters.BY_TYPE.get(this);
    }

    /** The parameters of every type, recorded once. */
    private static final class Parameters {
        static final java.util.Map<RequirementType, java.util.List<CriterionParameters.Parameter>> BY_TYPE =
                record();

        private static java.util.Map<RequirementType, java.util.List<CriterionParameters.Parameter>> record() {
            java.util.Map<RequirementType, java.util.List<CriterionParameters.Parameter>> out =
                    new java.util.EnumMap<>(RequirementType.class);
            for (RequirementType type : values()) {
                java.util.Map<String, CriterionParameters.Parameter> read = new java.util.LinkedHashMap<>();
                try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(
                        new java.io.StringReader(type.template))) {
                    type.create(CriterionParameters.recording(reader.readArray().getJsonObject(0),
                            p -> read.putIfAbsent(p.name(), p)));
                }
                out.put(type, java.util.List.copyOf(read.values()));
            }
            return out;
        }
    }

    /** REQUIREMENTS.md §5: 2 doses × 800 mg. */
    public static final int DEFAULT_TOCILIZUMAB_MG = 1600;

    /**
     * @param parameters the criterion's JSON parameters
     * @return the criterion
     * @throws jp.sitegate.domain.shared.InvalidInputException naming the parameter when one is invalid
     */
    public abstract Criterion create(CriterionParameters parameters);
}
