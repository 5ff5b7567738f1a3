package jp.sitegate.application.facility;

import jakarta.ejb.Stateless;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.status.FactsChanged;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.application.view.FacilityViews;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.facility.FacilityPartnership;
import jp.sitegate.domain.model.facility.PartnerCoverage;
import jp.sitegate.domain.shared.ConflictException;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.NotFoundException;
import jp.sitegate.domain.shared.Reason;

/**
 * Partner facilities (連携施設, LUN-FAC-3 *2, ABE-ADV-1/4, IMD-FAC-1): add a documented partnership with what it
 * covers, or end it (kept with its end date).
 */
@Stateless
public class PartnershipService {

    /** Issue 13: facts a profile reads changed; StatusTracker re-evaluates in this transaction. */
    @jakarta.inject.Inject
    private jakarta.enterprise.event.Event<FactsChanged> factsChanged;

    @jakarta.inject.Inject
    private jp.sitegate.domain.shared.UnitOfWork work;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.facility.PartnershipRepository partnerships;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.EligibilityEngine engine;

    @jakarta.inject.Inject
    private java.time.Clock clock;

    @jakarta.inject.Inject
    private Authorization authorization;

    /**
     * @param facilityCode facility
     * @param partnerCode  partner facility (registered, not the facility itself)
     * @param coverage     what the partnership covers (not empty)
     * @param from         first day in force
     * @throws InvalidInputException naming the field for invalid input
     * @throws NotFoundException     for an unknown facility or partner
     * @throws jp.sitegate.domain.shared.ForbiddenException unless the facility's administrator (issue 10)
     */
    public void add(String facilityCode, String partnerCode, Set<PartnerCoverage> coverage, LocalDate from) {
        authorization.adminOfFacility(facilityCode);
        Facility f = engine.facility(facilityCode);
        Facility partner;
        try {
            partner = engine.facility(partnerCode);
        } catch (InvalidInputException | NotFoundException e) {
            throw InvalidInputException.of("partnerCode", "partnership.partner-code-invalid",
                    new Reason(e.reasonJa(), e.reasonEn()));
        }
        if (partner.getId().equals(f.getId())) {
            throw InvalidInputException.of("partnerCode", "partnership.facility-cannot-partner-itself");
        }
        if (coverage == null || coverage.isEmpty()) {
            throw InvalidInputException.of("coverage", "partnership.choose-least-one-coverage");
        }
        if (from == null) {
            throw InvalidInputException.of("validFrom", "partnership.validfrom-required");
        }
        work.add(new FacilityPartnership(f, partner, coverage, from));
        work.flush();
        reevaluate(f, clock.instant(), jp.sitegate.application.status.FactsChanged.cause("cause.partner-added", partner.getCode().value()));
    }

    /**
     * @param facilityCode  the facility (its administrator acts)
     * @param partnershipId one of the facility's partnerships
     * @param lastDay       last day in force
     * @throws InvalidInputException when the day is before the start
     * @throws NotFoundException     for a partnership not of that facility
     * @throws jp.sitegate.domain.shared.ForbiddenException unless the facility's administrator (issue 10)
     */
    public void end(String facilityCode, long partnershipId, LocalDate lastDay) {
        authorization.adminOfFacility(facilityCode);
        FacilityPartnership p = work.find(FacilityPartnership.class, partnershipId);
        if (p == null || !p.getFacility().getCode().sameAs(facilityCode)) {
            throw NotFoundException.of("partnershipId", "partnership.no-such-partnership");
        }
        if (lastDay == null || lastDay.isBefore(p.getValidFrom())) {
            throw InvalidInputException.of("lastDay", "partnership.lastday-not-before-start");
        }
        p.end(lastDay);
        work.flush();
        reevaluate(p.getFacility(), clock.instant(), jp.sitegate.application.status.FactsChanged.cause("cause.partnership-ends", String.valueOf(lastDay)));
    }

    /**
     * Partnerships other facilities entered naming this one as their partner (連携の依頼): for the partner's
     * administrator to accept.
     *
     * @param partnerCode the partner facility (its administrator acts)
     * @return the requests, newest first, accepted ones included
     * @throws jp.sitegate.domain.shared.ForbiddenException unless the partner facility's administrator
     * @throws NotFoundException for an unknown facility
     */
    public List<FacilityViews.Partner> requestsTo(String partnerCode) {
        authorization.adminOfFacility(partnerCode);
        Facility partner = engine.facility(partnerCode);
        return partnerships.requestsTo(partner.getId()).stream()
                .map(FacilityQueryService::partner).toList();
    }

    /**
     * The partner facility's side accepts a partnership another facility entered (issue 11, REQUIREMENTS.md §8):
     * from then on it counts for the facility's decisions.
     *
     * @param partnerCode   the partner facility (its administrator acts)
     * @param partnershipId the partnership naming it as partner
     * @throws jp.sitegate.domain.shared.ForbiddenException unless the partner facility's administrator
     * @throws NotFoundException  for a partnership not naming that facility as partner (404, not 403)
     * @throws ConflictException  when accepted already
     */
    public void accept(String partnerCode, long partnershipId) {
        AuthenticatedUser u = authorization.adminOfFacility(partnerCode);
        FacilityPartnership p = work.find(FacilityPartnership.class, partnershipId);
        if (p == null || !p.getPartner().getCode().sameAs(partnerCode)) {
            throw NotFoundException.of("partnershipId", "partnership.no-such-partnership-request");
        }
        if (p.getPartnerAcceptedAt() != null) {
            throw ConflictException.of("partnershipId", "partnership.partnership-was-accepted-already");
        }
        Instant now = clock.instant();
        p.acceptByPartner(now, u == null ? "system" : u.username());
        work.flush();
        reevaluate(p.getFacility(), now,
                "partnership accepted by partner " + p.getPartner().getCode());
    }

    /**
     * A manufacturer's MR or safety manager confirms the signed agreement document of a partnership (issue 11): it
     * then counts as agreed by both sides.
     *
     * @param facilityCode  the facility that entered it (the manufacturer must be tied to it)
     * @param partnershipId the partnership
     * @param seenOn        the day the document was seen (not in the future)
     * @throws jp.sitegate.domain.shared.ForbiddenException unless an MR or safety manager tied to the facility
     * @throws NotFoundException     for a partnership not of that facility
     * @throws InvalidInputException naming {@code seenOn}
     */
    public void confirmDocument(String facilityCode, long partnershipId, LocalDate seenOn) {
        AuthenticatedUser u = authorization.manufacturerAt(facilityCode);
        FacilityPartnership p = work.find(FacilityPartnership.class, partnershipId);
        if (p == null || !p.getFacility().getCode().sameAs(facilityCode)) {
            throw NotFoundException.of("partnershipId", "partnership.no-such-partnership");
        }
        Instant now = clock.instant();
        FacilityProfileService.requireSeenOn(seenOn, now, "契約書を確認した日");
        p.confirmDocument(now, u == null ? "system" : u.username(), seenOn);
        work.flush();
        reevaluate(p.getFacility(), now, jp.sitegate.application.status.FactsChanged.cause("cause.partnership-confirmed"));
    }

    /** Fires {@link FactsChanged} (issue 13) and returns the status changes the observer recorded. */
    private java.util.List<jp.sitegate.domain.model.status.StatusChange> reevaluate(
            jp.sitegate.domain.model.facility.Facility facility, java.time.Instant at, String cause) {
        FactsChanged event = new FactsChanged(facility, at, cause);
        factsChanged.fire(event);
        return event.changes();
    }
}
