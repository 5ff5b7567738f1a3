package jp.sitegate.interfaces.rest;

import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.sitegate.application.facility.PhysicianService;
import jp.sitegate.application.view.FacilityViews;
import jp.sitegate.domain.model.facility.Capability;
import jp.sitegate.domain.model.facility.PartnerCoverage;
import jp.sitegate.domain.shared.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * JSON bodies of the facility administrator's writes under {@code /api/v1/facilities/{code}} (issue 10: the same
 * service methods the facility and physicians pages call). Dates, numbers, flags and enumeration names arrive as
 * strings or raw JSON values and are read here, so that an error names the field; the resource reads them only
 * after the caller has passed the service's rule, and the service checks the rest.
 */
public final class FacilityWrites {
    private FacilityWrites() {
    }

    /** A physician's qualifications as the physicians page edits them; omitted numbers are unknown. */
    public static class QualificationsBody {
        /** Name (1–200 characters). */
        public String name;
        /** Medical licence registration date (医籍登録日, YYYY-MM-DD, 1940 to today), or absent when unknown. */
        public String licence;
        /** Years of haematological-malignancy training (0–60), or absent when unknown. */
        @Schema(type = SchemaType.INTEGER, description = "years of haematological-malignancy training 0-60")
        public JsonValue hematologyYears;
        /** Years of chemotherapy experience (0–60), or absent when unknown. */
        @Schema(type = SchemaType.INTEGER, description = "years of chemotherapy experience 0-60")
        public JsonValue chemotherapyYears;
        /** Years of transplant training (0–60), or absent when unknown. */
        @Schema(type = SchemaType.INTEGER, description = "years of transplant training 0-60")
        public JsonValue transplantYears;
        /** Allogeneic transplants performed (0–10000), or absent when unknown. */
        @Schema(type = SchemaType.INTEGER, description = "allogeneic transplants performed 0-10000")
        public JsonValue allogeneic;
        /** Attests attending the MR's meetings (LUN-PHY-2); absent is false. */
        @Schema(type = SchemaType.BOOLEAN, description = "LUN-PHY-2 attestation; absent is false")
        public JsonValue mrMeetings;
        /** Attests cooperating with safety measures (LUN-PHY-3); absent is false. */
        @Schema(type = SchemaType.BOOLEAN, description = "LUN-PHY-3 attestation; absent is false")
        public JsonValue safetyCooperation;

        /**
         * @return the qualifications for {@link PhysicianService}
         * @throws InvalidInputException naming the field for an unreadable date, number or flag
         */
        PhysicianService.Qualifications qualifications() {
            return new PhysicianService.Qualifications(name, anyDate(licence, "licence"),
                    optionalNumber(hematologyYears, "hematologyYears", 60),
                    optionalNumber(chemotherapyYears, "chemotherapyYears", 60),
                    optionalNumber(transplantYears, "transplantYears", 60),
                    optionalNumber(allogeneic, "allogeneic", 10_000), flag(mrMeetings, "mrMeetings", false),
                    flag(safetyCooperation, "safetyCooperation", false));
        }
    }

    /** JSON body of a new physician: qualifications and the employment at the facility. */
    public static class NewPhysician extends QualificationsBody {
        /** Full-time (常勤); absent is true, as on the physicians page. */
        @Schema(type = SchemaType.BOOLEAN, description = "full-time (常勤); absent is true")
        public JsonValue fullTime;
        /** Treatment lead (治療の責任者); absent is false. */
        @Schema(type = SchemaType.BOOLEAN, description = "treatment lead (治療の責任者); absent is false")
        public JsonValue treatmentLead;
        /** First day of employment (YYYY-MM-DD, may be before 2000), required. */
        public String employedFrom;
        /**
         * 医籍登録番号 (1–7 digits), optional: a known number is the same physician, who gets an employment here too
         * (issue 11).
         */
        public String registrationNumber;
    }

    /** JSON body of a change to a physician's qualifications: all of them, and the version they were read at. */
    public static class QualificationsUpdate extends QualificationsBody {
        /** The physician's {@code version} as read from {@code GET .../physicians}; a stale one answers 409. */
        @Schema(type = SchemaType.INTEGER, description = "the physician's version as read; stale answers 409")
        public JsonValue version;
    }

    /** JSON body of a completed manufacturer's training. */
    public static class NewTraining {
        /** Any YJ code of the product. */
        public String product;
        /** Completion date (YYYY-MM-DD, not in the future). */
        public String completedOn;
        /** The course (研修・講習の名称). */
        public String course;
    }

    /** JSON body that ends an employment or a partnership. */
    public static class Ending {
        /** Last day in force (YYYY-MM-DD), not before the first. */
        public String lastDay;
    }

    /** JSON body of the facility's declarations, as the facility page saves them. */
    public static class Declarations {
        /** The facility's {@code version} as read from {@code GET /v1/facilities/{code}}; a stale one answers 409. */
        @Schema(type = SchemaType.INTEGER, description = "the facility's version as read; stale answers 409")
        public JsonValue version;
        /**
         * Capability name (CONTACT_24H, CARE_24H, SAME_DAY_LAB_RESULTS, …) → true, false or null (not declared);
         * capabilities left out keep their declaration.
         */
        @Schema(type = SchemaType.OBJECT, description = "capability name -> true, false or null (not declared); "
                + "capabilities left out keep their declaration")
        public JsonValue capabilities;
        /** ICU-equivalent equipment declared: true, false, or null/absent for not declared. */
        @Schema(type = SchemaType.BOOLEAN, nullable = true, description = "ICU-equivalent equipment; null is not "
                + "declared")
        public JsonValue icuEquivalent;
        /**
         * Must be absent (issue 11): the facility does not confirm its own declaration; the manufacturer does with
         * {@code POST /v1/facilities/{code}/icu-equivalent/confirmation} (400 naming this field otherwise).
         */
        public String icuEquivalentConfirmedBy;
        /** JSTCT category (CATEGORY_1, CATEGORY_2, CATEGORY_3, TRIAL_SITE, NONE), or absent for not declared. */
        public String transplantCategory;

        /**
         * @return capability → declaration ({@code null} = not declared), only those named
         * @throws InvalidInputException naming {@code capabilities} for an unknown name or a value not a flag
         */
        Map<Capability, Boolean> capabilityMap() {
            Map<Capability, Boolean> caps = new EnumMap<>(Capability.class);
            if (capabilities == null || capabilities.getValueType() == JsonValue.ValueType.NULL) {
                return caps;
            }
            if (capabilities.getValueType() != JsonValue.ValueType.OBJECT) {
                throw InvalidInputException.of("capabilities", "api.capabilities-object");
            }
            capabilities.asJsonObject().forEach((k, v) -> caps.put(
                    RequestBodies.enumValue(Capability.class, k, "capabilities"), triState(v, "capabilities")));
            return caps;
        }
    }

    /** JSON body of a new partnership with another registered facility. */
    public static class NewPartnership {
        /** The partner facility's 10-digit code (registered, not the facility itself). */
        public String partnerCode;
        /** What the partnership covers: ICU_CARE, INPATIENT_CARE, SPECIALIST_SUPPORT, SAME_DAY_LAB_RESULTS (1+). */
        public List<String> coverage;
        /** First day in force (YYYY-MM-DD). */
        public String validFrom;

        /**
         * @return the coverage, or {@code null} when absent
         * @throws InvalidInputException naming {@code coverage} for an unknown name
         */
        Set<PartnerCoverage> coverageSet() {
            if (coverage == null) {
                return null;
            }
            Set<PartnerCoverage> set = EnumSet.noneOf(PartnerCoverage.class);
            for (String c : coverage) {
                PartnerCoverage pc = RequestBodies.enumValue(PartnerCoverage.class, c == null ? null : c.strip(),
                        "coverage");
                if (pc == null) {
                    throw InvalidInputException.of("coverage", "api.coverage-null-entry");
                }
                set.add(pc);
            }
            return set;
        }
    }

    /**
     * The answer to registering a physician.
     *
     * @param id         the new physician's id
     * @param physicians the facility's physicians afterwards
     */
    public record RegisteredPhysician(long id, List<FacilityViews.Physician> physicians) {
    }

    /**
     * @param value a JSON flag, or {@code null} when absent
     * @param field field for the error
     * @param absent the value when absent or JSON null
     * @return the flag
     * @throws InvalidInputException naming {@code field} for anything but true, false or null
     */
    static boolean flag(JsonValue value, String field, boolean absent) {
        Boolean b = triState(value, field);
        return b == null ? absent : b;
    }

    /**
     * @param value a JSON flag, or {@code null} when absent
     * @param field field for the error
     * @return true, false, or {@code null} when absent or JSON null
     * @throws InvalidInputException naming {@code field} for anything else (a string "true" included)
     */
    static Boolean triState(JsonValue value, String field) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return Boolean.TRUE;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return Boolean.FALSE;
        }
        throw InvalidInputException.of(field, "api.true-false-null", field);
    }

    /**
     * @param value a JSON number, or {@code null} when absent
     * @param field field for the error
     * @param max   largest allowed (smallest 0)
     * @return the number, or {@code null} when absent or JSON null (unknown)
     * @throws InvalidInputException naming {@code field} for a fraction, a string or out of range
     */
    static Integer optionalNumber(JsonValue value, String field, int max) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return RequestBodies.wholeNumber(value, field, 0, max);
    }

    /** JSON body of a document confirmation (issue 11). */
    public static class DocumentSeen {
        /** The day the signed document was seen (YYYY-MM-DD). */
        public String seenOn;
        /** The site-visit note: what was seen (required for the ICU-equivalent confirmation, issue 11). */
        public String note;
    }

    /** JSON body of one declaration (issue 11): {@code POST /v1/facilities/{code}/declarations}. */
    public static class NewDeclaration {
        /** CONTACT_24H, CARE_24H, SAME_DAY_LAB_RESULTS, …, ICU_EQUIVALENT or TRANSPLANT_CATEGORY. */
        public String fact;
        /** true/false (a category name for TRANSPLANT_CATEGORY); null or absent withdraws the declaration. */
        @Schema(type = SchemaType.STRING, nullable = true, description = "true or false (a JSTCT category name for "
                + "TRANSPLANT_CATEGORY); null withdraws the declaration")
        public JsonValue value;

        /**
         * @return the value as text, or {@code null}
         * @throws InvalidInputException naming {@code value} for an object, array or number
         */
        String valueText() {
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            return switch (value.getValueType()) {
                case TRUE -> "true";
                case FALSE -> "false";
                case STRING -> ((jakarta.json.JsonString) value).getString();
                default -> throw InvalidInputException.of("value", "api.declaration-value");
            };
        }
    }

    /** JSON body of a manufacturer's decision about a declaration, without an uploaded document (issue 11). */
    public static class DeclarationDecision {
        /** CONFIRMED or REJECTED. */
        public String decision;
        /** The day the evidence was seen (YYYY-MM-DD), not in the future. */
        public String seenOn;
        /** The site-visit note (required when no document is uploaded). */
        public String note;
    }

    /** JSON body of a supply suspension (出荷停止, issue 11). */
    public static class NewSuspension {
        /** YJ code of a strength of one of the caller's company's products; empty or absent for all of them. */
        public String product;
        /** Why (1–500 characters). */
        public String reason;
        /** Last day in force (YYYY-MM-DD, Japan); absent until lifted. */
        public String until;
    }

    /**
     * A date without the 2000–2100 window of {@link Moments#date}, for career dates the pages accept from any year
     * (a licence from 1940, an employment since the 1990s); the service checks what it needs.
     *
     * @param value ISO date, or {@code null}/blank
     * @param field field for the error
     * @return the date, or {@code null}
     * @throws InvalidInputException naming {@code field} when unreadable
     */
    static LocalDate anyDate(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "api.date-iso");
        }
    }

    /**
     * JSON body of a patient's checklist (issue 12): {@code POST /v1/facilities/{code}/patient-checklists}. Each item of
     * the guideline's section 5 is answered true or false; an absent item is refused naming it.
     */
    public static class NewPatientChecklist {
        /** YJ code of the product delivered per patient (e.g. Abecma 4900409X1022). */
        public String product;
        /** The registry's pseudonymous patient id: ASCII letters, digits and hyphens, at least one digit, ≤ 40. */
        public String registryId;
        /** The treating physician (a physician employed at the facility on assessedOn). */
        @Schema(type = SchemaType.INTEGER, description = "the treating physician's id")
        public JsonValue physicianId;
        /** The day the physician assessed the patient (YYYY-MM-DD, not in the future). */
        public String assessedOn;
        /** ① Relapsed or refractory multiple myeloma (must be true). */
        @Schema(type = SchemaType.BOOLEAN, description = "criterion: relapsed or refractory multiple myeloma")
        public JsonValue relapsedOrRefractoryMm;
        /** ① No prior BCMA-directed CAR-T therapy (must be true). */
        @Schema(type = SchemaType.BOOLEAN, description = "criterion: no prior BCMA-directed CAR-T therapy")
        public JsonValue noPriorBcmaCarT;
        /** ① ≥ 2 prior therapies incl. IMiD, PI and anti-CD38, progression on or relapse after the last (true). */
        @Schema(type = SchemaType.BOOLEAN, description = "criterion: >= 2 prior therapies including an "
                + "immunomodulatory drug, a proteasome inhibitor and an anti-CD38 antibody, with progression on or "
                + "relapse after the last")
        public JsonValue priorTherapies;
        /** ② Myeloma of the central nervous system (exclusion: must be false). */
        @Schema(type = SchemaType.BOOLEAN, description = "exclusion: CNS myeloma")
        public JsonValue cnsMyeloma;
        /** ② Plasma-cell leukaemia, Waldenström, POEMS, amyloidosis with major organ damage (exclusion). */
        @Schema(type = SchemaType.BOOLEAN, description = "exclusion: plasma-cell leukaemia, Waldenström "
                + "macroglobulinaemia, POEMS syndrome or amyloidosis with major organ damage (current or past)")
        public JsonValue plasmaCellDisorder;
        /** ② Prior allogeneic haematopoietic stem-cell transplant (exclusion). */
        @Schema(type = SchemaType.BOOLEAN, description = "exclusion: prior allogeneic HSCT")
        public JsonValue priorAllogeneicHsct;
        /** ② Another malignancy treated in the past 3 years or not in complete remission (exclusion). */
        @Schema(type = SchemaType.BOOLEAN, description = "exclusion: another malignancy that needed treatment in the "
                + "past 3 years or is not in complete remission (the guideline's exceptions aside)")
        public JsonValue otherMalignancy;
        /** ECOG performance status 0–4 (2–4: not a candidate). */
        @Schema(type = SchemaType.INTEGER, description = "ECOG performance status 0-4 (2-4: not a candidate)")
        public JsonValue ecogPs;

        /**
         * @return the command
         * @throws InvalidInputException naming the field of a value of the wrong type
         */
        jp.sitegate.application.shipment.PatientChecklistCommand command() {
            Map<jp.sitegate.domain.model.patient.PatientCriterion, Boolean> answers =
                    new EnumMap<>(jp.sitegate.domain.model.patient.PatientCriterion.class);
            Map<String, JsonValue> values = Map.of("relapsedOrRefractoryMm", nullToJson(relapsedOrRefractoryMm),
                    "noPriorBcmaCarT", nullToJson(noPriorBcmaCarT), "priorTherapies", nullToJson(priorTherapies),
                    "cnsMyeloma", nullToJson(cnsMyeloma), "plasmaCellDisorder", nullToJson(plasmaCellDisorder),
                    "priorAllogeneicHsct", nullToJson(priorAllogeneicHsct), "otherMalignancy",
                    nullToJson(otherMalignancy));
            for (var c : jp.sitegate.domain.model.patient.PatientCriterion.values()) {
                Boolean b = triState(values.get(c.field()), c.field());
                if (b != null) {
                    answers.put(c, b);
                }
            }
            Integer physician = optionalNumber(physicianId, "physicianId", Integer.MAX_VALUE);
            return new jp.sitegate.application.shipment.PatientChecklistCommand(product, registryId,
                    physician == null ? null : physician.longValue(),
                    assessedOn == null || assessedOn.isBlank() ? null : Moments.date(assessedOn, "assessedOn"),
                    answers, optionalNumber(ecogPs, "ecogPs", 4));
        }

        private static JsonValue nullToJson(JsonValue v) {
            return v == null ? JsonValue.NULL : v;
        }
    }
}
