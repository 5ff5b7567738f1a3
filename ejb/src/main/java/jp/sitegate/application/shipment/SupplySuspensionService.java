package jp.sitegate.application.shipment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.gate.ProductCatalog;
import jp.sitegate.application.notification.NotificationCenter;
import jp.sitegate.application.status.FactsChanged;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.application.view.SuspensionView;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.product.Product;
import jp.sitegate.domain.model.shipment.SupplySuspension;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.ConflictException;
import jp.sitegate.domain.shared.ForbiddenException;
import jp.sitegate.domain.shared.NotFoundException;

/**
 * Supply suspensions (出荷停止, REQUIREMENTS.md §8, issue 11): a manufacturer's safety manager suspends supply of one
 * or all of its products to a facility, with reason and optional last day, and lifts it. A suspension in force makes
 * every decision for the product NOT_ELIGIBLE (finding {@code SUSPENDED}) whatever the first-delivery release says;
 * the distributors with an agreement, the facility and the manufacturer's MRs there are told.
 */
@Stateless
public class SupplySuspensionService {

    /** Issue 13: facts a profile reads changed; StatusTracker re-evaluates in this transaction. */
    @jakarta.inject.Inject
    private jakarta.enterprise.event.Event<FactsChanged> factsChanged;

    @jakarta.inject.Inject
    private jp.sitegate.domain.shared.UnitOfWork work;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.shipment.SupplyRepository supply;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.EligibilityEngine engine;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.ProductCatalog catalog;

    @jakarta.inject.Inject
    private jp.sitegate.application.notification.NotificationCenter notificationCenter;

    @Inject
    private Clock clock;

    @Inject
    private Authorization authorization;

    /**
     * Who suspends and lifts: a manufacturer's safety manager. Callers that parse input first call this before, so
     * a caller without the right gets 403 whatever the input.
     *
     * @return the safety manager
     * @throws ForbiddenException otherwise (system work included: a suspension has a person as author)
     */
    public AuthenticatedUser requireSafetyManager() {
        AuthenticatedUser u = authorization.anyRole(Role.SAFETY_MANAGER);
        if (u == null) {
            throw ForbiddenException.of("user", "suspension.safety-manager-suspends-supply");
        }
        return u;
    }

    /**
     * Suspends supply to a facility.
     *
     * @param facilityCode the facility
     * @param yjCode       a strength of one of the caller's company's products, or {@code null}/blank for all of them
     * @param reason       why (1–500 characters)
     * @param until        last day in force (Japan), or {@code null} until lifted
     * @return the suspension
     * @throws ForbiddenException    unless a safety manager (checked first)
     * @throws jp.sitegate.domain.shared.InvalidInputException naming {@code code}, {@code product} (unknown, or
     *                                                         another company's), {@code reason} or {@code until}
     * @throws NotFoundException     for an unknown facility
     */
    public SuspensionView suspend(String facilityCode, String yjCode, String reason, LocalDate until) {
        AuthenticatedUser u = requireSafetyManager();
        Facility f = engine.facility(facilityCode);
        Product p = yjCode == null || yjCode.isBlank() ? null
                : catalog.productCode(yjCode.strip(), "product").getProduct();
        Instant now = clock.instant();
        SupplySuspension s = new SupplySuspension(f, u.organisationId(), p, reason, now, u.username(), until);
        work.add(s);
        work.flush();
        reevaluate(f, now, jp.sitegate.application.status.FactsChanged.cause("cause.suspended", s.getReason()));
        notificationCenter.supply(s, true, now);
        return view(s, now);
    }

    /**
     * Lifts a suspension of the caller's company.
     *
     * @param facilityCode    the facility
     * @param id              the suspension
     * @param expectedVersion the version the caller saw, or {@code null} not to check
     * @return the suspension, lifted
     * @throws ForbiddenException unless a safety manager
     * @throws NotFoundException  for a suspension not of that facility or of another company (404, not 403)
     * @throws ConflictException  when lifted already or changed since the caller read it
     */
    public SuspensionView lift(String facilityCode, long id, Long expectedVersion) {
        AuthenticatedUser u = requireSafetyManager();
        SupplySuspension s = work.find(SupplySuspension.class, id);
        if (s == null || !u.belongsTo(s.getManufacturerId())
                || !s.getFacility().getCode().sameAs(facilityCode)) {
            throw NotFoundException.of("id", "suspension.no-supply-suspension", id);
        }
        if (expectedVersion != null && expectedVersion != s.getVersion()) {
            throw ConflictException.of("version", "suspension.suspension-changed-since-read");
        }
        Instant now = clock.instant();
        s.lift(now, u.username());
        work.flush();
        reevaluate(s.getFacility(), now, jp.sitegate.application.status.FactsChanged.cause("cause.suspension-lifted", s.getReason()));
        notificationCenter.supply(s, false, now);
        return view(s, now);
    }

    /**
     * A facility's suspensions, newest first: the manufacturer's own for its MRs and safety managers, all for the
     * facility's administrator and the operator; distributors see suspensions in the decisions they ask for.
     *
     * @param facilityCode the facility
     * @return the suspensions (lifted ones included)
     * @throws ForbiddenException for a distributor or another facility's administrator
     * @throws NotFoundException  for an unknown facility
     */
    public List<SuspensionView> ofFacility(String facilityCode) {
        AuthenticatedUser u = authorization.anyRole(Role.MR, Role.SAFETY_MANAGER, Role.FACILITY_ADMIN,
                Role.SYSTEM_ADMIN);
        if (u != null && u.has(Role.FACILITY_ADMIN)) {
            authorization.adminOfFacility(facilityCode);
        }
        Facility f = engine.facility(facilityCode);
        boolean manufacturer = u != null && (u.has(Role.MR) || u.has(Role.SAFETY_MANAGER));
        Instant now = clock.instant();
        return supply.suspensionsOf(f.getId()).stream()
                .filter(s -> !manufacturer || u.belongsTo(s.getManufacturerId())).map(s -> view(s, now)).toList();
    }

    /**
     * @return the signed-in safety manager's company's suspensions not lifted, newest first (the dashboard's list)
     * @throws ForbiddenException unless a safety manager
     */
    public List<SuspensionView> ofMyCompany() {
        AuthenticatedUser u = requireSafetyManager();
        Instant now = clock.instant();
        return supply.suspensionsBy(u.organisationId()).stream()
                .filter(s -> s.getUntilDate() == null || !s.getUntilDate().isBefore(
                        now.atZone(jp.sitegate.infrastructure.config.ClockProducer.JAPAN).toLocalDate()))
                .map(s -> view(s, now)).toList();
    }

    private static SuspensionView view(SupplySuspension s, Instant now) {
        Product p = s.getProduct();
        return new SuspensionView(s.getId(), s.getFacility().getCode().value(), s.getFacility().getName(),
                p == null ? null : p.getKey(), p == null ? null : p.getNameJa(), s.getReason(),
                s.getSuspendedAt().toString(), s.getSuspendedBy(),
                s.getUntilDate() == null ? null : s.getUntilDate().toString(),
                s.getLiftedAt() == null ? null : s.getLiftedAt().toString(), s.getLiftedBy(), s.inForceAt(now),
                s.getVersion());
    }

    /** Fires {@link FactsChanged} (issue 13) and returns the status changes the observer recorded. */
    private java.util.List<jp.sitegate.domain.model.status.StatusChange> reevaluate(
            jp.sitegate.domain.model.facility.Facility facility, java.time.Instant at, String cause) {
        FactsChanged event = new FactsChanged(facility, at, cause);
        factsChanged.fire(event);
        return event.changes();
    }
}
