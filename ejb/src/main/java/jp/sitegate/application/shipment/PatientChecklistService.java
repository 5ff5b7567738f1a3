package jp.sitegate.application.shipment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.Commands;
import jp.sitegate.application.facility.DeclarationService;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.gate.Evaluation;
import jp.sitegate.application.gate.ProductCatalog;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.application.view.PatientChecklistView;
import jp.sitegate.domain.model.eligibility.Evidence;
import jp.sitegate.domain.model.eligibility.EvidenceKind;
import jp.sitegate.domain.model.eligibility.Finding;
import jp.sitegate.domain.model.eligibility.FindingStatus;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.patient.PatientChecklist;
import jp.sitegate.domain.model.patient.PatientCriterion;
import jp.sitegate.domain.model.physician.Physician;
import jp.sitegate.domain.model.product.DistributionPolicy;
import jp.sitegate.domain.model.product.Product;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.ForbiddenException;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.NotFoundException;
import jp.sitegate.domain.shared.Reason;

/**
 * Patients' checklists (issue 12, optimal-use guideline 5. 投与対象となる患者): the facility's administrator records,
 * per patient, the treating physician's answers to each criterion and exclusion and the ECOG performance status; the
 * checklists are shown to the facility and to MRs and safety managers of the product's manufacturer tied to the
 * facility, never to distributors. A shipment of a product whose policy is {@link DistributionPolicy#PER_PATIENT}
 * names one checklist ({@link PatientChecklistGate#gate}): of that facility and product, unused, the patient a candidate — otherwise
 * the shipment's decision carries ABE-PAT-1 NOT_MET and the shipment is refused.
 */
@Stateless
public class PatientChecklistService {
    /** The requirement id of the patient check on a per-patient shipment. */
    public static final String REQUIREMENT_ID = "ABE-PAT-1";
    /** Its clause. */
    public static final String CLAUSE = "最適使用推進ガイドライン 5. 投与対象となる患者";
    /** Its Japanese title (docs/requirements-citations.tsv). */
    public static final String TITLE_JA = "投与対象となる患者（1患者ごとのチェックリスト）";
    static final String TITLE_EN = "Patient criteria (one checklist per patient)";

    @jakarta.inject.Inject
    private jp.sitegate.domain.shared.UnitOfWork work;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.physician.PhysicianRepository physicians;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.EligibilityEngine engine;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.patient.PatientChecklistRepository checklists;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.shipment.ShipmentRepository shipments;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.ProductCatalog catalog;

    @Inject
    private Clock clock;

    @Inject
    private Authorization authorization;

    /**
     * The facility's administrator records a patient's checklist ({@code POST /api/v1/facilities/{code}/patient-
     * checklists}, the facility's patients page).
     *
     * @param code facility code
     * @param cmd  the checklist
     * @return the checklist as stored (its {@code id} is what a shipment names)
     * @throws ForbiddenException    unless the facility's administrator (before the input is read)
     * @throws InvalidInputException naming the field: {@code product} (not a per-patient product), {@code registryId},
     *                               {@code physicianId} (not employed at the facility that day), {@code assessedOn},
     *                               an unanswered item, {@code ecogPs}
     * @throws NotFoundException     for an unknown facility or product
     */
    public PatientChecklistView record(String code, PatientChecklistCommand cmd) {
        AuthenticatedUser u = authorization.adminOfFacility(code);
        Facility f = engine.facility(code);
        if (cmd == null) {
            throw InvalidInputException.of(null, "checklist.request-body-required");
        }
        Commands.validate(cmd);
        Product p = catalog.productCode(cmd.product().strip(), "product").getProduct();
        if (p.getDistributionPolicy() != DistributionPolicy.PER_PATIENT) {
            throw InvalidInputException.of("product", "checklist.product-not-per-patient",
                    new Reason(p.getNameJa(), p.getNameEn()));
        }
        String registryId = PatientChecklist.checkedRegistryId(cmd.registryId());
        Instant now = clock.instant();
        LocalDate assessedOn = cmd.assessedOn();
        if (assessedOn == null || assessedOn.isAfter(DeclarationService.day(now))) {
            throw InvalidInputException.of("assessedOn", "checklist.assessedon-required-not-future");
        }
        Physician physician = employedPhysician(f, cmd.physicianId(), assessedOn);
        PatientChecklist c = new PatientChecklist(f, p, registryId, physician, assessedOn, cmd.answers(),
                cmd.ecogPs(), DeclarationService.who(u), now);
        work.add(c);
        work.flush();
        return views(List.of(c)).get(0);
    }

    private Physician employedPhysician(Facility f, Long physicianId, LocalDate day) {
        Physician found = physicians.employedOn(f.getId(), physicianId, day).orElse(null);
        if (found == null) {
            throw InvalidInputException.of("physicianId", "checklist.physicianid-not-physician-registered");
        }
        return found;
    }

    /**
     * The facility's checklists, newest first ({@code GET …/patient-checklists}): all of them for its administrator;
     * those of the company's own products for an MR or safety manager of a manufacturer tied to the facility.
     *
     * @param code facility code
     * @return the checklists (maybe empty)
     * @throws ForbiddenException for anyone else (distributors, other facilities, manufacturers not tied to it)
     * @throws NotFoundException  for an unknown facility
     */
    public List<PatientChecklistView> list(String code) {
        Facility f = authorization.patientData(code);
        AuthenticatedUser u = authorization.anyRole(Role.values());
        return views(checklists.ofFacility(f.getId()).stream().filter(c -> visible(u, c)).toList());
    }

    /**
     * One checklist ({@code GET …/patient-checklists/{id}}), for those who may list it.
     *
     * @param code facility code
     * @param id   checklist id
     * @return the checklist
     * @throws ForbiddenException as for {@link #list}
     * @throws NotFoundException  naming {@code id} for a checklist not of that facility, or of another manufacturer's
     *                            product
     */
    public PatientChecklistView get(String code, long id) {
        Facility f = authorization.patientData(code);
        AuthenticatedUser u = authorization.anyRole(Role.values());
        PatientChecklist c = checklists.byId(id).orElse(null);
        if (c == null || !c.getFacility().getId().equals(f.getId()) || !visible(u, c)) {
            throw NotFoundException.of("id", "checklist.no-patient-checklist-facility", id);
        }
        return views(List.of(c)).get(0);
    }

    /** A manufacturer's people see only their own products' checklists; the facility and system work see all. */
    private static boolean visible(AuthenticatedUser u, PatientChecklist c) {
        return u == null || !(u.has(Role.MR) || u.has(Role.SAFETY_MANAGER))
                || u.belongsTo(c.getProduct().getManufacturerId());
    }

    private List<PatientChecklistView> views(List<PatientChecklist> checklists) {
        if (checklists.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> used = shipments.usingChecklists(checklists.stream().map(PatientChecklist::getId).toList());
        List<PatientChecklistView> out = new ArrayList<>();
        for (PatientChecklist c : checklists) {
            List<PatientChecklistView.Answer> answers = new ArrayList<>();
            c.answers().forEach((item, a) -> answers.add(new PatientChecklistView.Answer(item.field(),
                    item.required() ? "CRITERION" : "EXCLUSION", item.labelJa(), item.labelEn(), a, item.passes(a))));
            List<String> failing = new ArrayList<>(c.failing().stream().map(PatientCriterion::field).toList());
            if (c.getEcogPs() > PatientChecklist.MAX_CANDIDATE_ECOG) {
                failing.add("ecogPs");
            }
            Product p = c.getProduct();
            out.add(new PatientChecklistView(c.getId(), c.getFacility().getCode().value(), p.getKey(), p.getNameJa(),
                    c.getRegistryId(), c.getPhysician().getId(), c.getPhysician().getName(),
                    c.getAssessedOn().toString(), answers, c.getEcogPs(), c.candidate(), failing, c.getRecordedBy(),
                    c.getRecordedAt().toString(), used.get(c.getId())));
        }
        return out;
    }
}
