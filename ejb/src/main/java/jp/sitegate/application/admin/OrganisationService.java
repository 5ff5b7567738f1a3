package jp.sitegate.application.admin;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.gate.ProductCatalog;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.application.view.OrganisationViews;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.organisation.CorporateNumber;
import jp.sitegate.domain.model.organisation.DistributionAgreement;
import jp.sitegate.domain.model.organisation.Organisation;
import jp.sitegate.domain.model.organisation.OrganisationKind;
import jp.sitegate.domain.model.product.Product;
import jp.sitegate.domain.model.product.ProductCode;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.ConflictException;
import jp.sitegate.domain.shared.ForbiddenException;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.NotFoundException;

/**
 * Organisations and distribution agreements (issue 10). The operator's system administrator creates
 * organisations and (de)activates them; a facility's organisation exists with its facility record. A manufacturer's
 * safety manager makes its distribution agreements (特約店契約) with distributors, for all its products or some,
 * from one day to another; agreements between the same two organisations may not overlap.
 */
@Stateless
public class OrganisationService {
    /** Most organisations one list answers. */
    public static final int MAX_LIST = 500;

    @jakarta.inject.Inject
    private jp.sitegate.domain.shared.UnitOfWork work;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.facility.FacilityRepository facilities;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.product.ProductRepository products;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.organisation.AgreementRepository agreements;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.user.UserAccountRepository users;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.organisation.OrganisationRepository organisations;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.EligibilityEngine engine;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.ProductCatalog catalog;

    @Inject
    private Authorization authorization;

    @Inject
    private Clock clock;

    /** What {@link #create} did. */
    public record Created(OrganisationViews.Organisation organisation, boolean created) {
    }

    /**
     * Creates a company organisation, or answers a facility's organisation (which exists with the facility record,
     * and is created here only for a facility stored without one).
     *
     * @param kind            MANUFACTURER, DISTRIBUTOR, OPERATOR or FACILITY (case-insensitive)
     * @param nameJa          name in Japanese (1–200 characters; for a facility, its name is used)
     * @param nameEn          name in English, or {@code null} for the Japanese name
     * @param corporateNumber 法人番号 (13 digits with its check digit), or {@code null}; companies only
     * @param facilityCode    the facility's 医療機関コード, for FACILITY only
     * @return the organisation and whether it was created now
     * @throws ForbiddenException    unless the caller is a system administrator
     * @throws InvalidInputException naming {@code kind}, {@code nameJa}, {@code nameEn}, {@code corporateNumber}
     *                               or {@code facilityCode}
     * @throws NotFoundException     for an unknown facility
     * @throws ConflictException     naming {@code corporateNumber} when another organisation has it
     */
    public Created create(String kind, String nameJa, String nameEn, String corporateNumber, String facilityCode) {
        authorization.anyRole(Role.SYSTEM_ADMIN);
        OrganisationKind k = kind(kind);
        if (k == OrganisationKind.FACILITY) {
            if (facilityCode == null || facilityCode.isBlank()) {
                throw InvalidInputException.of("facilityCode", "organisation.facility-organisation-needs");
            }
            if (corporateNumber != null && !corporateNumber.isBlank()) {
                throw InvalidInputException.of("corporateNumber", "organisation.facility-organisation-identified");
            }
            Facility f = engine.facility(facilityCode);
            Organisation existing = ofFacility(f);
            if (existing != null) {
                return new Created(view(existing), false);
            }
            Organisation o = Organisation.forFacility(f, clock.instant());
            work.add(o);
            work.flush();
            return new Created(view(o), true);
        }
        if (facilityCode != null && !facilityCode.isBlank()) {
            throw InvalidInputException.of("facilityCode", "organisation.facilitycode-only-facility");
        }
        CorporateNumber number = corporateNumber == null || corporateNumber.isBlank() ? null
                : CorporateNumber.of(corporateNumber);
        Organisation o = Organisation.company(k, nameJa, nameEn, number, clock.instant());
        if (number != null && organisations.corporateNumberTaken(number.value())) {
            throw ConflictException.of("corporateNumber", "organisation.organisation-corporatenumber-exists");
        }
        work.add(o);
        work.flush();
        return new Created(view(o), true);
    }

    /**
     * @param raw kind as given
     * @return the kind
     * @throws InvalidInputException naming {@code kind} for anything else
     */
    static OrganisationKind kind(String raw) {
        try {
            return OrganisationKind.valueOf(raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("kind", "organisation.kind-manufacturer-distributor");
        }
    }

    /**
     * Organisations by kind or facility, for anyone signed in (names are not confidential): with a facility code,
     * that facility's organisation; with a kind, up to {@value #MAX_LIST} of that kind by name; with neither, every
     * organisation but the facilities'.
     *
     * @param kind         kind filter, or {@code null}
     * @param facilityCode facility filter, or {@code null}
     * @return the organisations
     * @throws InvalidInputException naming {@code kind} or {@code facilityCode}
     */
    public List<OrganisationViews.Organisation> list(String kind, String facilityCode) {
        authorization.anyRole(Role.values());
        if (facilityCode != null && !facilityCode.isBlank()) {
            Facility f = facilities.byCode(jp.sitegate.domain.model.facility.MedicalInstitutionCode.of(facilityCode,
                    "facilityCode")).orElse(null);
            Organisation o = f == null ? null : ofFacility(f);
            return o == null || (kind != null && !kind.isBlank() && kind(kind) != o.getKind()) ? List.of()
                    : List.of(view(o));
        }
        List<Organisation> found = organisations.list(kind == null || kind.isBlank() ? null : kind(kind), MAX_LIST);
        Map<Long, Long> members = users.memberCounts(found.stream().map(Organisation::getId).toList());
        return found.stream().map(o -> view(o, members.getOrDefault(o.getId(), 0L))).toList();
    }

    /**
     * @param id organisation id
     * @return the organisation
     * @throws NotFoundException when there is none
     */
    public OrganisationViews.Organisation get(long id) {
        authorization.anyRole(Role.values());
        return view(existing(id, "id"));
    }

    /**
     * Activates or deactivates an organisation: an inactive one's members cannot sign in and its agreements
     * authorise nothing.
     *
     * @param id              organisation id
     * @param expectedVersion the version the caller saw (optimistic locking)
     * @param active          the new status
     * @return the organisation
     * @throws ForbiddenException unless a system administrator (who may not deactivate the operator)
     * @throws ConflictException  when it changed since the caller read it
     */
    public OrganisationViews.Organisation changeStatus(long id, long expectedVersion, boolean active) {
        authorization.anyRole(Role.SYSTEM_ADMIN);
        Organisation o = existing(id, "id");
        if (o.getVersion() != expectedVersion) {
            throw ConflictException.of("version", "organisation.organisation-changed-since-read");
        }
        if (!active && o.getKind() == OrganisationKind.OPERATOR) {
            throw InvalidInputException.of("status", "organisation.operator-stays-active");
        }
        o.changeStatus(active);
        work.flush();
        return view(o);
    }

    /**
     * Makes a distribution agreement (特約店契約): the manufacturer's safety manager authorises a distributor.
     *
     * @param manufacturerId the manufacturer (the caller's organisation)
     * @param distributorId  the distributor organisation
     * @param yjCodes        YJ codes of the manufacturer's products covered (any strength names its product), or
     *                       {@code null}/empty for all its products
     * @param validFrom      first day in force
     * @param validTo        last day in force, or {@code null} for open-ended
     * @return the agreement
     * @throws ForbiddenException    unless the caller is a safety manager of that manufacturer (checked first)
     * @throws InvalidInputException naming {@code distributorId}, {@code products}, {@code validFrom} or
     *                               {@code validTo}
     * @throws ConflictException     naming {@code validFrom} when it overlaps an agreement between the two
     */
    public OrganisationViews.Agreement addAgreement(long manufacturerId, Long distributorId, List<String> yjCodes,
            LocalDate validFrom, LocalDate validTo) {
        requireSafetyManagerOf(manufacturerId);
        Organisation manufacturer = existing(manufacturerId, "id");
        if (distributorId == null) {
            throw InvalidInputException.of("distributorId", "organisation.distributorid-required");
        }
        Organisation distributor = work.find(Organisation.class, distributorId);
        if (distributor == null || distributor.getKind() != OrganisationKind.DISTRIBUTOR) {
            throw InvalidInputException.of("distributorId", "organisation.distributorid-not-distributor");
        }
        Set<Long> products = new LinkedHashSet<>();
        for (String yj : yjCodes == null ? List.<String>of() : yjCodes) {
            Product p = catalog.productCode(yj, "products").getProduct();
            if (!manufacturer.getId().equals(p.getManufacturerId())) {
                throw InvalidInputException.of("products", "organisation.not-product-manufacturer", yj);
            }
            products.add(p.getId());
        }
        DistributionAgreement a = new DistributionAgreement(manufacturer, distributor, products, validFrom, validTo,
                clock.instant());
        for (DistributionAgreement other : agreements.between(manufacturerId, distributorId)) {
            if (a.overlaps(other)) {
                throw ConflictException.of("validFrom", "organisation.overlaps-agreement-from-same",
                        other.getValidFrom(), (other.getValidTo() == null ? "" : other.getValidTo()));
            }
        }
        work.add(a);
        work.flush();
        return agreementViews(List.of(a)).get(0);
    }

    /**
     * Ends an agreement on a given day.
     *
     * @param manufacturerId  the manufacturer (the caller's organisation)
     * @param agreementId     the agreement
     * @param expectedVersion the version the caller saw
     * @param lastDay         last day in force
     * @return the agreement
     * @throws ForbiddenException    unless a safety manager of that manufacturer
     * @throws NotFoundException     when it has no such agreement
     * @throws InvalidInputException naming {@code validTo}
     * @throws ConflictException     when it changed since the caller read it
     */
    public OrganisationViews.Agreement endAgreement(long manufacturerId, long agreementId, long expectedVersion,
            LocalDate lastDay) {
        requireSafetyManagerOf(manufacturerId);
        DistributionAgreement a = work.find(DistributionAgreement.class, agreementId);
        if (a == null || a.getManufacturerId() != manufacturerId) {
            throw NotFoundException.of("agreementId", "organisation.no-such-agreement");
        }
        if (a.getVersion() != expectedVersion) {
            throw ConflictException.of("version", "organisation.agreement-changed-since-read");
        }
        a.end(lastDay);
        work.flush();
        return agreementViews(List.of(a)).get(0);
    }

    /**
     * An organisation's agreements (as manufacturer or distributor): for its own members and the operator.
     *
     * @param organisationId the organisation
     * @return its agreements, newest first
     * @throws NotFoundException for another organisation's (or an unknown) id
     */
    public List<OrganisationViews.Agreement> agreements(long organisationId) {
        AuthenticatedUser u = authorization.anyRole(Role.values());
        if (u != null && !u.has(Role.SYSTEM_ADMIN) && !u.belongsTo(organisationId)) {
            throw NotFoundException.of("id", "organisation.no-such-organisation");
        }
        existing(organisationId, "id");
        return agreementViews(agreements.ofParty(organisationId));
    }

    /**
     * The rule of agreements, checked before their body is read.
     *
     * @param manufacturerId the manufacturer organisation
     * @throws ForbiddenException unless a safety manager of that manufacturer
     */
    public void requireSafetyManagerOf(long manufacturerId) {
        AuthenticatedUser u = authorization.anyRole(Role.SAFETY_MANAGER);
        if (u != null && !u.belongsTo(manufacturerId)) {
            throw ForbiddenException.of("id", "organisation.only-manufacturer-s-own");
        }
    }

    private List<OrganisationViews.Agreement> agreementViews(List<DistributionAgreement> list) {
        Map<Long, Organisation> orgs = new java.util.HashMap<>();
        Function<Long, Organisation> org = id -> orgs.computeIfAbsent(id, k -> work.find(Organisation.class, k));
        List<ProductCode> codes = products.strengths();
        List<OrganisationViews.Agreement> out = new ArrayList<>();
        for (DistributionAgreement a : list) {
            List<ProductCode> covered = codes.stream()
                    .filter(c -> a.getProductIds().contains(c.getProduct().getId())).toList();
            out.add(new OrganisationViews.Agreement(a.getId(), a.getManufacturerId(),
                    org.apply(a.getManufacturerId()).getNameJa(), a.getDistributorId(),
                    org.apply(a.getDistributorId()).getNameJa(), a.isAllProducts(),
                    covered.stream().map(ProductCode::getYjCode).toList(),
                    covered.stream().map(c -> c.getProduct().getNameJa()).distinct().toList(),
                    a.getValidFrom().toString(), a.getValidTo() == null ? null : a.getValidTo().toString(),
                    a.getVersion()));
        }
        return out;
    }

    private Organisation existing(long id, String field) {
        Organisation o = work.find(Organisation.class, id);
        if (o == null) {
            throw NotFoundException.of(field, "organisation.no-organisation", id);
        }
        return o;
    }

    private Organisation ofFacility(Facility f) {
        return organisations.ofFacility(f).orElse(null);
    }

    /**
     * @param o an organisation
     * @return its view, with the number of members
     */
    OrganisationViews.Organisation view(Organisation o) {
        return view(o, users.memberCounts(List.of(o.getId())).getOrDefault(o.getId(), 0L));
    }

    private static OrganisationViews.Organisation view(Organisation o, long members) {
        return new OrganisationViews.Organisation(o.getId(), o.getKind().name(), o.getNameJa(), o.getNameEn(),
                o.getStatus().name(), o.getCorporateNumber(),
                o.getFacility() == null ? null : o.getFacility().getCode().value(), members, o.getVersion());
    }
}
