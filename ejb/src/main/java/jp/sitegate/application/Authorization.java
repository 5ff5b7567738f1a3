package jp.sitegate.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.domain.model.eligibility.StoredDecision;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.facility.MedicalInstitutionCode;
import jp.sitegate.domain.model.organisation.DistributionAgreement;
import jp.sitegate.domain.model.organisation.OrganisationKind;
import jp.sitegate.domain.model.product.Product;
import jp.sitegate.domain.model.product.ProductCode;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.DomainException;
import jp.sitegate.domain.shared.ForbiddenException;
import jp.sitegate.domain.shared.NotFoundException;
import jp.sitegate.domain.shared.Reason;

/**
 * Who may do what, for the application services (issues 4 and 10): every rule reads the injected {@link Caller}
 * — the user and the organisation they speak for — so a page and the API that do the same thing run the same
 * service method with the same rule, before the request body is validated. Role rules are in {@link AccessPolicy};
 * the organisation rules here read the database. Start-up and background work ({@link Caller#asSystem}) passes
 * every rule and gets {@code null} for the user.
 */
@Stateless
public class Authorization {


    @jakarta.inject.Inject
    private jp.sitegate.domain.model.product.ProductRepository products;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.organisation.OrganisationRepository organisations;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.organisation.AgreementRepository agreements;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.shipment.ShipmentRepository shipments;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.user.UserAccountRepository users;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.EligibilityEngine engine;

    @Inject
    private Caller caller;

    /**
     * @param roles roles that may do it
     * @return the caller, or {@code null} for system work
     * @throws ForbiddenException when the caller has none of them
     */
    public AuthenticatedUser anyRole(Role... roles) {
        if (caller.system()) {
            return null;
        }
        AuthenticatedUser u = caller.user();
        AccessPolicy.requireAny(u, roles);
        return u;
    }

    /**
     * Reading a facility's data: anyone signed in, but a facility administrator only their own facility.
     *
     * @param code the facility code
     * @return the caller, or {@code null} for system work
     * @throws ForbiddenException (field {@code code}) otherwise
     */
    public AuthenticatedUser readFacility(String code) {
        if (caller.system()) {
            return null;
        }
        AuthenticatedUser u = caller.user();
        AccessPolicy.requireFacilityReadable(u, code == null ? "" : code);
        return u;
    }

    /**
     * Changing a facility's own data (declarations, physicians, stock, partners): its administrator only.
     *
     * @param code the facility code
     * @return the caller, or {@code null} for system work
     * @throws ForbiddenException (field {@code code}) otherwise
     */
    public AuthenticatedUser adminOfFacility(String code) {
        if (caller.system()) {
            return null;
        }
        AuthenticatedUser u = caller.user();
        AccessPolicy.requireFacilityAdmin(u, code == null ? "" : code);
        return u;
    }

    /**
     * Physicians' personal data (and what derives from it): the facility's administrator, and MRs and safety
     * managers of a manufacturer with a tie to the facility — one of its MRs is assigned there, or one of its
     * products was shipped there under its agreements (issue 10). Never distributors. Roles are checked before the
     * facility is looked up, so a caller of another role gets 403 whatever the code.
     *
     * @param code the facility code
     * @return the facility
     * @throws ForbiddenException (field {@code code}) for anyone else
     * @throws NotFoundException  for an unknown facility
     */
    public Facility physicianData(String code) {
        return adminOrTiedManufacturer(code, "access.physicians-not-tied");
    }

    /**
     * Patients' checklists (issue 12): the facility's administrator, and MRs and safety managers of a manufacturer
     * tied to the facility as for {@link #physicianData} — who then see only the checklists of their own products
     * (the service filters). Never distributors. Roles are checked first.
     *
     * @param code the facility code
     * @return the facility
     * @throws ForbiddenException (field {@code code}) for anyone else
     * @throws NotFoundException  for an unknown facility
     */
    public Facility patientData(String code) {
        return adminOrTiedManufacturer(code, "access.checklists-not-tied");
    }

    private Facility adminOrTiedManufacturer(String code, String deniedKey) {
        if (caller.system()) {
            return engine.facility(code);
        }
        AuthenticatedUser u = caller.user();
        if (!u.has(Role.MR) && !u.has(Role.SAFETY_MANAGER)) {
            AccessPolicy.requireFacilityAdmin(u, code == null ? "" : code);
            return engine.facility(code);
        }
        Facility facility = engine.facility(code);
        if (u.organisationKind() != OrganisationKind.MANUFACTURER
                || !manufacturerTiedTo(u.organisationId(), facility.getId())) {
            throw ForbiddenException.of("code", deniedKey);
        }
        return facility;
    }

    /**
     * Acting for a manufacturer at a facility (issue 11: confirming its declarations and documents, recording the
     * manufacturer's training): an MR or safety manager of a manufacturer tied to the facility, as for
     * {@link #physicianData}. Roles are checked first.
     *
     * @param code the facility code
     * @return the caller, or {@code null} for system work
     * @throws ForbiddenException for any other role, or a manufacturer not tied to the facility
     * @throws NotFoundException  for an unknown facility
     */
    public AuthenticatedUser manufacturerAt(String code) {
        AuthenticatedUser u = anyRole(Role.MR, Role.SAFETY_MANAGER);
        physicianData(code);
        return u;
    }

    /**
     * @param manufacturerId a manufacturer's organisation id
     * @param facilityId     a facility id
     * @return true when one of its MRs is assigned there or one of its products was shipped there
     */
    public boolean manufacturerTiedTo(long manufacturerId, long facilityId) {
        return users.anyMrOfAssignedTo(manufacturerId, facilityId)
                || shipments.anyOfManufacturerAt(manufacturerId, facilityId);
    }

    /**
     * Work on a product that only its manufacturer may do (strengths, profile versions, agreements).
     *
     * @param product the product
     * @param roles   roles that may do it (e.g. SAFETY_MANAGER)
     * @return the caller, or {@code null} for system work
     * @throws ForbiddenException naming {@code product} when the caller lacks the role or works for another company
     */
    public AuthenticatedUser manufacturerOf(Product product, Role... roles) {
        AuthenticatedUser u = anyRole(roles);
        if (u != null && !u.belongsTo(product.getManufacturerId())) {
            throw ForbiddenException.of("product", "access.product-belongs-another-manufacturer",
                    new Reason(product.getNameJa(), product.getNameEn()));
        }
        return u;
    }

    /**
     * Recording a briefing or safety communication: an MR of the product's manufacturer, assigned to the facility.
     *
     * @param facility the facility
     * @param product  the product
     * @return the caller, or {@code null} for system work
     * @throws ForbiddenException naming {@code product} (another company's product) or {@code code} (not assigned)
     */
    public AuthenticatedUser assignedMr(Facility facility, Product product) {
        AuthenticatedUser u = manufacturerOf(product, Role.MR);
        requireAssigned(u, facility.getCode().value());
        return u;
    }

    /**
     * Recording a briefing at a facility, before the product is known: an MR assigned to the facility (the product
     * is checked by {@link #assignedMr(Facility, Product)} when the record is made).
     *
     * @param code the facility code
     * @return the caller, or {@code null} for system work
     * @throws ForbiddenException naming {@code code} unless the caller is an MR assigned there
     */
    public AuthenticatedUser assignedMr(String code) {
        if (caller.system()) {
            return null;
        }
        AuthenticatedUser u = caller.user();
        if (!u.has(Role.MR)) {
            throw ForbiddenException.of("code", "access.facility-not-assigned");
        }
        requireAssigned(u, code == null ? "" : code.strip());
        return u;
    }

    private void requireAssigned(AuthenticatedUser u, String code) {
        if (u == null) {
            return;
        }
        MedicalInstitutionCode c;
        try {
            c = MedicalInstitutionCode.of(code);
        } catch (DomainException e) {
            c = null; // a malformed code is nobody's assignment: 403 like any other, not 400
        }
        if (c == null || !users.assigned(u.username(), c)) {
            throw ForbiddenException.of("code", "access.facility-not-assigned");
        }
    }

    /**
     * A stored decision is read by the organisation that asked for it, the product's manufacturer and the facility;
     * for anybody else it does not exist.
     *
     * @param d  the decision
     * @param id the id asked for (for the message)
     * @throws NotFoundException (404, not 403) for anybody else
     */
    public void readDecision(StoredDecision d, String id) {
        if (caller.system()) {
            return;
        }
        AuthenticatedUser u = caller.user();
        boolean requester = u.belongsTo(d.getOrganisationId());
        boolean manufacturer = (u.has(Role.SAFETY_MANAGER) || u.has(Role.MR))
                && u.belongsTo(d.getProduct().getManufacturerId());
        boolean facility = u.has(Role.FACILITY_ADMIN)
                && d.getFacility().getCode().value().equals(u.facilityCode());
        if (!requester && !manufacturer && !facility) {
            throw NotFoundException.of("id", "access.no-stored-decision", id);
        }
    }

    /**
     * The YJ codes a distributor may ship or batch-check on a day: those of products its agreements (特約店契約)
     * authorise then.
     *
     * @param distributorId the distributor's organisation id
     * @param day           the day (Japan)
     * @return the authorised YJ codes (maybe empty)
     */
    public Set<String> authorisedCodes(long distributorId, LocalDate day) {
        List<DistributionAgreement> agreements = this.agreements.ofDistributor(distributorId).stream().filter(a -> a.inForceOn(day)).toList();
        if (agreements.isEmpty()) {
            return Set.of();
        }
        // only the agreements' manufacturers, and only those still active (not every organisation: facilities
        // have one each)
        Set<Long> activeManufacturers = organisations.activeAmong(agreements.stream()
                .map(DistributionAgreement::getManufacturerId).collect(Collectors.toSet()));
        return products.strengths().stream()
                .filter(c -> c.getProduct().getManufacturerId() != null
                        && activeManufacturers.contains(c.getProduct().getManufacturerId()))
                .filter(c -> agreements.stream().anyMatch(a -> a.getManufacturerId()
                        .equals(c.getProduct().getManufacturerId()) && a.authorises(c.getProduct().getId(), day)))
                .map(ProductCode::getYjCode).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Shipping a product: a distributor with an agreement in force for it that day.
     *
     * @param product the product's strength
     * @param day     the day (Japan)
     * @return the caller
     * @throws ForbiddenException naming {@code product} without such an agreement, or when not a distributor
     */
    public AuthenticatedUser distributorOf(ProductCode product, LocalDate day) {
        AuthenticatedUser u = anyRole(Role.DISTRIBUTOR);
        if (u != null && !authorisedCodes(u.organisationId(), day).contains(product.getYjCode())) {
            throw noAgreement(product.getProduct());
        }
        return u;
    }

    /**
     * @param product the product
     * @return the refusal for a distributor without an agreement for it (403, field {@code product})
     */
    public static ForbiddenException noAgreement(Product product) {
        return ForbiddenException.of("product", "access.no-distribution-agreement-force",
                new Reason(product.getNameJa(), product.getNameEn()));
    }
}
