package jp.sitegate.application.facility;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.Commands;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.gate.ProductCatalog;
import jp.sitegate.application.status.FactsChanged;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.physician.Employment;
import jp.sitegate.domain.model.physician.Physician;
import jp.sitegate.domain.model.physician.ProductTraining;
import jp.sitegate.domain.model.product.ProductCode;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.ConflictException;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.NotFoundException;

/**
 * The facility administrator's physicians (LUN-PHY-1..3, ABE-PHY-*, IMD-PHY-1): register a physician employed at
 * the facility, keep qualifications current (guarded by the physician's version), record the manufacturer's
 * training per product, and end an employment — the record is kept with its end date, never deleted.
 */
@Stateless
public class PhysicianService {

    /** Issue 13: facts a profile reads changed; StatusTracker re-evaluates in this transaction. */
    @jakarta.inject.Inject
    private jakarta.enterprise.event.Event<FactsChanged> factsChanged;

    @jakarta.inject.Inject
    private jp.sitegate.domain.shared.UnitOfWork work;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.physician.PhysicianRepository physicians;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.EligibilityEngine engine;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.ProductCatalog catalog;

    @jakarta.inject.Inject
    private jp.sitegate.application.facility.Declarations declarations;

    @Inject
    private Clock clock;

    @Inject
    private Authorization authorization;

    /**
     * Qualifications as entered; {@code null} numbers are unknown.
     *
     * @param name              name (1–200 characters)
     * @param licence           licence registration date or {@code null}
     * @param hematologyYears   years of haematological-malignancy training
     * @param chemotherapyYears years of chemotherapy experience
     * @param transplantYears   years of transplant training
     * @param allogeneic        allogeneic transplants performed
     * @param mrMeetings        LUN-PHY-2 attestation
     * @param safetyCooperation LUN-PHY-3 attestation
     */
    public record Qualifications(
            @NotBlank(message = "{physician.name}") @Size(max = 200, message = "{physician.name}") String name,
            LocalDate licence,
            @Min(value = 0, message = "{physician.count}") @Max(value = 60, message = "{physician.count}")
            Integer hematologyYears,
            @Min(value = 0, message = "{physician.count}") @Max(value = 60, message = "{physician.count}")
            Integer chemotherapyYears,
            @Min(value = 0, message = "{physician.count}") @Max(value = 60, message = "{physician.count}")
            Integer transplantYears,
            @Min(value = 0, message = "{physician.count}") @Max(value = 10_000, message = "{physician.count}")
            Integer allogeneic, boolean mrMeetings, boolean safetyCooperation) {
    }

    /**
     * Registers a physician and their employment at the facility, without a registration number.
     *
     * @see #register(String, Qualifications, String, boolean, boolean, LocalDate)
     */
    public long register(String facilityCode, Qualifications q, boolean fullTime, boolean lead, LocalDate from) {
        return register(facilityCode, q, null, fullTime, lead, from);
    }

    /**
     * Registers a physician and their employment at the facility. A physician is identified by their medical
     * registration number (医籍登録番号, issue 11): a number already known is the same physician, who gets an
     * employment here too (one record, several employments; the qualifications already recorded stay). A physician
     * full-time (常勤) at two facilities at once is listed to the safety managers ({@link #fullTimeAtTwo}).
     *
     * @param facilityCode       facility
     * @param q                  qualifications (of a new physician)
     * @param registrationNumber 医籍登録番号 (1–7 digits), or {@code null}/blank when not known
     * @param fullTime           常勤
     * @param lead               治療の責任者
     * @param from               first day of employment
     * @return the physician id (the known physician's for a known number)
     * @throws jp.sitegate.domain.shared.ForbiddenException unless the facility's administrator (issue 10)
     * @throws InvalidInputException naming the field for invalid input ({@code registrationNumber} also when the number
     *                               is a physician of another name)
     * @throws ConflictException     naming {@code registrationNumber} when that physician already works here
     */
    public long register(String facilityCode, Qualifications q, String registrationNumber, boolean fullTime,
            boolean lead, LocalDate from) {
        jp.sitegate.application.view.AuthenticatedUser u = authorization.adminOfFacility(facilityCode);
        Facility f = engine.facility(facilityCode);
        validate(q);
        String number = Physician.checkedRegistrationNumber(registrationNumber);
        if (from == null) {
            throw InvalidInputException.of("employedFrom", "physician.employedfrom-required");
        }
        Physician known = number == null ? null : physicians.byRegistrationNumber(number).orElse(null);
        Physician p;
        if (known != null) {
            if (!withoutSpaces(known.getName()).equals(withoutSpaces(q.name()))) {
                throw InvalidInputException.of("registrationNumber", "physician.registration-number-belongs-another",
                        known.getName());
            }
            boolean here = physicians.employedAt(known, f);
            if (here) {
                throw ConflictException.of("registrationNumber", "physician.physician-already-employed-here");
            }
            p = known;
        } else {
            p = new Physician(q.name(), q.licence());
            p.recordRegistrationNumber(number);
            apply(p, q);
            work.add(p);
        }
        Employment employment = new Employment(p, f, fullTime, lead, from);
        work.add(employment);
        work.flush();
        declare(employment, DeclarationService.who(u));
        reevaluate(f, clock.instant(), jp.sitegate.application.status.FactsChanged.cause("cause.physician-registered"));
        return p.getId();
    }

    /**
     * Records the physician's qualifications, attestations and employment at the employing facility as one declaration
     * (issue 11, REQUIREMENTS.md §8), superseding the one before.
     */
    private void declare(Employment e, String by) {
        declarations.record(e.getFacility(), jp.sitegate.domain.model.declaration.DeclaredFact.physician(
                e.getPhysician().getId()), summary(e), by, clock.instant());
    }

    /**
     * @param e an employment
     * @return what the facility declares about the physician there, as the confirming MR reads it (Japanese)
     */
    static String summary(Employment e) {
        Physician p = e.getPhysician();
        return p.getName() + " / 医籍登録日 " + (p.getLicenceRegisteredOn() == null ? "未登録" : p.getLicenceRegisteredOn())
                + " / 造血器腫瘍研修 " + years(p.getHematologyTrainingYears()) + " / がん化学療法 "
                + years(p.getChemotherapyExperienceYears()) + " / 移植研修 " + years(p.getTransplantTrainingYears())
                + " / 同種移植 " + (p.getAllogeneicTransplants() == null ? "未登録" : p.getAllogeneicTransplants() + "例")
                + " / MR面談 " + (p.isAttestsMrMeetings() ? "可" : "不可") + " / 安全対策協力 "
                + (p.isAttestsSafetyCooperation() ? "可" : "不可") + " / " + (e.isFullTime() ? "常勤" : "非常勤")
                + (e.isTreatmentLead() ? " / 治療の責任者" : "") + " / 勤務開始 " + e.getValidFrom();
    }

    private static String years(Integer y) {
        return y == null ? "未登録" : y + "年";
    }

    /** A name compared without its spaces, half- or full-width (山田 太郎 = 山田　太郎 = 山田太郎). */
    private static String withoutSpaces(String name) {
        return name.replace(" ", "").replace("　", "");
    }

    /**
     * A physician recorded full-time (常勤) at two facilities at once, as a safety manager sees it (issue 11).
     *
     * @param registrationNumber 医籍登録番号
     * @param name               name
     * @param facilities         the facilities (code and name) with an open full-time employment
     */
    public record FullTimeAtTwo(String registrationNumber, String name, List<String> facilities) {
    }

    /**
     * @return physicians full-time at two or more facilities at once, where one of the facilities is tied to the
     *         signed-in safety manager's company (all of them for system work)
     * @throws jp.sitegate.domain.shared.ForbiddenException unless a safety manager
     */
    public List<FullTimeAtTwo> fullTimeAtTwo() {
        AuthenticatedUser u = authorization.anyRole(Role.SAFETY_MANAGER);
        List<Employment> open = physicians.fullTimeAtSeveral();
        java.util.Map<Physician, List<Employment>> byPhysician = new java.util.LinkedHashMap<>();
        open.forEach(e -> byPhysician.computeIfAbsent(e.getPhysician(), k -> new java.util.ArrayList<>()).add(e));
        return byPhysician.entrySet().stream()
                .filter(x -> u == null || x.getValue().stream().anyMatch(e ->
                        authorization.manufacturerTiedTo(u.organisationId(), e.getFacility().getId())))
                .map(x -> new FullTimeAtTwo(x.getKey().getRegistrationNumber(), x.getKey().getName(),
                        x.getValue().stream().map(e -> e.getFacility().getCode().value() + " "
                                + e.getFacility().getName()).toList()))
                .toList();
    }

    /**
     * Updates a physician's qualifications.
     *
     * @param facilityCode    the facility the physician works at (its administrator acts)
     * @param physicianId     physician
     * @param expectedVersion the version the editor started from
     * @param q               qualifications
     * @throws ConflictException     when someone else changed the physician meanwhile
     * @throws InvalidInputException naming the field for invalid input
     * @throws NotFoundException     for a physician who never worked at the facility
     * @throws jp.sitegate.domain.shared.ForbiddenException unless the facility's administrator
     */
    public void update(String facilityCode, long physicianId, long expectedVersion, Qualifications q) {
        Physician p = physicianAt(facilityCode, physicianId);
        if (p.getVersion() != expectedVersion) {
            throw ConflictException.of("version", "physician.physician-was-changed-someone");
        }
        validate(q);
        p.rename(q.name());
        p.recordLicence(q.licence());
        apply(p, q);
        work.flush();
        // issue 11: changed qualifications are a new, unconfirmed declaration at every facility employing them
        String by = DeclarationService.who(authorization.adminOfFacility(facilityCode));
        physicians.openEmployments(p).forEach(e -> declare(e, by));
        reevaluateEmployers(p, "physician qualifications changed");
    }

    /**
     * Ends an employment (the physician left); the record stays with its end date.
     *
     * @param facilityCode the facility (its administrator acts)
     * @param employmentId employment
     * @param lastDay      last day employed
     * @throws InvalidInputException when the day is missing or before the start
     * @throws NotFoundException     for an employment not at that facility
     * @throws jp.sitegate.domain.shared.ForbiddenException unless the facility's administrator
     */
    public void endEmployment(String facilityCode, long employmentId, LocalDate lastDay) {
        authorization.adminOfFacility(facilityCode);
        Employment e = work.find(Employment.class, employmentId);
        if (e == null || !e.getFacility().getCode().sameAs(facilityCode)) {
            throw NotFoundException.of("employmentId", "physician.no-such-employment");
        }
        if (lastDay == null || lastDay.isBefore(e.getValidFrom())) {
            throw InvalidInputException.of("lastDay", "physician.lastday-not-before-start");
        }
        e.end(lastDay);
        work.flush();
        reevaluate(e.getFacility(), clock.instant(), jp.sitegate.application.status.FactsChanged.cause("cause.employment-ends", String.valueOf(lastDay)));
    }

    /**
     * Records that a physician completed the manufacturer's training for a product (ABE-PHY-TRN), by the product's
     * manufacturer (issue 11); a later completion (re-training, when a profile sets {@code retrainingMonths}) replaces
     * the date, the earlier one stays in the audit trail.
     *
     * @param facilityCode the facility the physician works at
     * @param physicianId  physician
     * @param yjCode       any YJ code of the product
     * @param completedOn  completion date (not in the future, not before the product's approval)
     * @param course       the course (研修・講習の名称, 1–200 characters)
     * @throws jp.sitegate.domain.shared.ForbiddenException unless an MR or safety manager of the product's
     *                                                      manufacturer tied to the facility (before the input)
     * @throws InvalidInputException naming {@code completedOn} or {@code course}
     * @throws ConflictException     naming {@code completedOn} when a completion on that day or later is recorded
     * @throws NotFoundException     for a physician not at the facility or an unknown product
     */
    public void recordTraining(String facilityCode, long physicianId, String yjCode, LocalDate completedOn,
            String course) {
        authorization.manufacturerAt(facilityCode);
        Physician p = employedAt(facilityCode, physicianId);
        ProductCode pc = catalog.productCode(yjCode, "product");
        AuthenticatedUser by = authorization.manufacturerOf(pc.getProduct(), Role.MR, Role.SAFETY_MANAGER);
        if (completedOn == null || completedOn.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("completedOn", "physician.completedon-required-not-future");
        }
        LocalDate approved = pc.getProduct().getApprovedOn();
        if (approved != null && completedOn.isBefore(approved)) {
            throw InvalidInputException.of("completedOn", "physician.completedon-before-product-s", approved);
        }
        if (course == null || course.isBlank() || course.strip().length() > 200) {
            throw InvalidInputException.of("course", "physician.course-required-most-200");
        }
        String recorder = by == null ? "system" : by.username();
        Long organisation = by == null ? null : by.organisationId();
        ProductTraining existing = physicians.training(p, pc.getProduct()).orElse(null);
        if (existing == null) {
            work.add(new ProductTraining(p, pc.getProduct(), completedOn, course.strip(), recorder, organisation));
        } else if (completedOn.isAfter(existing.getCompletedOn())) {
            existing.retrain(completedOn, course.strip(), recorder, organisation);
        } else {
            throw ConflictException.of("completedOn", "physician.completion-on-recorded-record",
                    existing.getCompletedOn());
        }
        work.flush();
        reevaluateEmployers(p, "training recorded: " + pc.getProduct().getKey());
    }

    /** The facility's administrator, and a physician employed there (now or before); 404 otherwise. */
    private Physician physicianAt(String facilityCode, long physicianId) {
        authorization.adminOfFacility(facilityCode);
        return employedAt(facilityCode, physicianId);
    }

    /** A physician employed at the facility (now or before); 404 otherwise. */
    private Physician employedAt(String facilityCode, long physicianId) {
        Physician p = work.find(Physician.class, physicianId);
        if (p == null || !physicians.everEmployedAt(p,
                jp.sitegate.domain.model.facility.MedicalInstitutionCode.of(facilityCode))) {
            throw NotFoundException.of("physicianId", "physician.no-such-physician-facility");
        }
        return p;
    }

    private void reevaluateEmployers(Physician p, String cause) {
        physicians.facilitiesOf(p).forEach(f -> reevaluate(f, clock.instant(), cause));
    }

    private void validate(Qualifications q) {
        Commands.validate(q);
        if (q.licence() != null && (q.licence().isAfter(LocalDate.now(clock)) || q.licence().getYear() < 1940)) {
            throw InvalidInputException.of("licence", "physician.licence-date-between-1940");
        }
    }

    private static void apply(Physician p, Qualifications q) {
        p.recordExperience(q.hematologyYears(), q.chemotherapyYears(), q.transplantYears(), q.allogeneic());
        p.attest(q.mrMeetings(), q.safetyCooperation());
    }

    /** Fires {@link FactsChanged} (issue 13) and returns the status changes the observer recorded. */
    private java.util.List<jp.sitegate.domain.model.status.StatusChange> reevaluate(
            jp.sitegate.domain.model.facility.Facility facility, java.time.Instant at, String cause) {
        FactsChanged event = new FactsChanged(facility, at, cause);
        factsChanged.fire(event);
        return event.changes();
    }
}
