package jp.sitegate.application.briefing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.Commands;
import jp.sitegate.application.admin.UserAccountService;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.gate.ProductCatalog;
import jp.sitegate.application.status.FactsChanged;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.application.view.FacilityViews;
import jp.sitegate.domain.model.briefing.AttendeeRole;
import jp.sitegate.domain.model.briefing.Briefing;
import jp.sitegate.domain.model.eligibility.CompiledRequirement;
import jp.sitegate.domain.model.eligibility.Criterion;
import jp.sitegate.domain.model.eligibility.criteria.BriefingCoverage;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.product.ProductCode;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.NotFoundException;
import jp.sitegate.domain.shared.Reason;

/**
 * Records pre-delivery briefings (LUN-BRF-1..4). A briefing missing an audience, material or request that the
 * product's profile requires, or given online without a visit restriction, is stored as incomplete, not rejected.
 */
@Stateless
public class BriefingService {

    /** Issue 13: facts a profile reads changed; StatusTracker re-evaluates in this transaction. */
    @jakarta.inject.Inject
    private jakarta.enterprise.event.Event<FactsChanged> factsChanged;

    @jakarta.inject.Inject
    private jp.sitegate.domain.shared.UnitOfWork work;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.product.ProductRepository products;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.EligibilityEngine engine;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.ProductCatalog catalog;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.user.UserAccountRepository userAccounts;

    @Inject
    private Clock clock;

    @Inject
    private Authorization authorization;

    /**
     * The strengths an MR may record briefings for: those of the MR's own company's products (issue 10), so the
     * briefing page offers no product it would refuse at save.
     *
     * @return strengths with their products, by YJ code (every strength for system work)
     * @throws jp.sitegate.domain.shared.ForbiddenException unless the caller is an MR
     */
    public List<jp.sitegate.application.view.ProductViews.Strength> recordableStrengths() {
        return recordableProducts().stream().map(jp.sitegate.application.view.ProductViews.Strength::of).toList();
    }

    /**
     * @return the strengths an MR may record briefings for, as entities (within the application layer)
     * @throws jp.sitegate.domain.shared.ForbiddenException unless the caller is an MR
     */
    public List<ProductCode> recordableProducts() {
        AuthenticatedUser mr = authorization.anyRole(Role.MR);
        return products.strengths().stream()
                .filter(c -> mr == null || mr.belongsTo(c.getProduct().getManufacturerId())).toList();
    }

    /**
     * Who may record briefings at a facility: an MR assigned there (issue 10). Callers that parse input before
     * {@link #record} call this first, so a caller without the right gets 403 whatever the input.
     *
     * @param facilityCode the facility code
     * @throws jp.sitegate.domain.shared.ForbiddenException naming {@code code} otherwise
     */
    public void requireRecorder(String facilityCode) {
        authorization.assignedMr(facilityCode);
    }

    /**
     * Records a briefing or safety communication by the signed-in MR: an MR of the product's manufacturer, assigned
     * to the facility (issue 10).
     *
     * @param cmd the briefing
     * @return the stored briefing with its completeness and what is missing
     * @throws jp.sitegate.domain.shared.ForbiddenException for anyone else (before the body is validated)
     * @throws InvalidInputException naming the field for missing or invalid input
     * @throws NotFoundException     for an unknown facility or product
     */
    public FacilityViews.BriefingView record(BriefingCommand cmd) {
        Briefing b = build(cmd);
        work.add(b);
        work.flush();
        reevaluate(b.getFacility(), clock.instant(), jp.sitegate.application.status.FactsChanged.cause("cause.briefing", b.getBriefedOn().toString(),
                b.getMrName()));
        return view(b);
    }

    /**
     * Shows what a briefing would satisfy before it is saved (the MR's wizard): same checks as
     * {@link #record(BriefingCommand)}, nothing stored.
     *
     * @param cmd the briefing
     * @return the briefing as it would be stored (id 0), with its completeness and what is missing
     * @throws InvalidInputException naming the field for missing or invalid input
     * @throws NotFoundException     for an unknown facility or product
     */
    public FacilityViews.BriefingView preview(BriefingCommand cmd) {
        return view(build(cmd));
    }

    private Briefing build(BriefingCommand cmd) {
        AuthenticatedUser mr = authorization.anyRole(Role.MR);
        Facility facility = engine.facility(cmd.facilityCode());
        ProductCode pc = catalog.productCode(cmd.yjCode(), "product");
        authorization.assignedMr(facility, pc.getProduct());
        Commands.validate(cmd);
        LocalDate approved = pc.getProduct().getApprovedOn();
        if (approved != null && cmd.briefedOn().isBefore(approved)) {
            // issue 11: nothing about a product can have happened before its approval (承認日)
            throw InvalidInputException.of("briefedOn", "briefing.briefedon-before-product-s", approved);
        }
        for (jp.sitegate.domain.model.briefing.BriefingMaterial m : cmd.materials() == null
                ? Set.<jp.sitegate.domain.model.briefing.BriefingMaterial>of() : cmd.materials()) {
            if (m.issuedOn() != null && cmd.briefedOn().isBefore(m.issuedOn())) {
                // issue 11, IMD-COM-1: a document cannot be handed over before it existed
                throw InvalidInputException.of("briefedOn", "briefing.material-was-issued-on",
                        new Reason(m.labelJa(), m.name()), m.issuedOn());
            }
        }
        if (cmd.briefedOn().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.of("briefedOn", "briefing.briefedon-not-future");
        }
        if (cmd.restrictionKind() != null && (cmd.restrictionSince() == null
                || cmd.restrictionSince().isAfter(cmd.briefedOn()))) {
            throw InvalidInputException.of("visitRestrictionSince", "briefing.visitrestrictionsince-required");
        }
        if (cmd.restrictionKind() == jp.sitegate.domain.model.briefing.VisitRestrictionKind.OTHER
                && (cmd.visitRestriction() == null || cmd.visitRestriction().isBlank())) {
            throw InvalidInputException.of("visitRestriction", "briefing.describe-visit-restriction-kind");
        }
        Long mrUserId = mr == null ? null : userAccounts.byName(mr.username()).map(
                jp.sitegate.domain.model.user.UserAccount::getId).orElse(null);
        Briefing b = new Briefing(facility, pc.getProduct(), mr == null ? "system" : mr.displayName(), mrUserId,
                cmd.briefedOn(), cmd.mode(), cmd.visitRestriction(), clock.instant());
        if (cmd.attendees() != null) {
            cmd.attendees().forEach((role, n) -> {
                if (n == null || n < 0 || n > 1000) {
                    throw InvalidInputException.of("attendees." + role.name(), "briefing.attendee-count-0-1000");
                }
                b.recordAttendees(role, n);
            });
        }
        b.recordVisitRestriction(cmd.restrictionKind(), cmd.restrictionKind() == null ? null : cmd.restrictionSince());
        b.recordMaterials(cmd.materials() == null ? Set.of() : cmd.materials());
        b.recordRequests(cmd.requests() == null ? Set.of() : cmd.requests());
        b.markComplete(gaps(b).codes().isEmpty());
        return b;
    }

    /**
     * @param b a briefing
     * @return its read model, with what it misses against the product's profile in force on its date
     */
    public FacilityViews.BriefingView view(Briefing b) {
        Map<String, Integer> attendees = new LinkedHashMap<>();
        b.attendees().forEach((k, v) -> attendees.put(k.name(), v));
        Gaps gaps = gaps(b);
        return new FacilityViews.BriefingView(b.getId() == null ? 0 : b.getId(), b.getProduct().getKey(), b.getMrName(),
                b.getBriefedOn().toString(), b.getMode().name(), b.getVisitRestriction(), attendees,
                b.materials().stream().map(Enum::name).toList(), b.requests().stream().map(Enum::name).toList(),
                b.isComplete(), gaps.codes(), b.isLateEntry(),
                b.getVisitRestrictionKind() == null ? null : b.getVisitRestrictionKind().name(),
                b.getVisitRestrictionSince() == null ? null : b.getVisitRestrictionSince().toString(), gaps.ja(),
                gaps.en(), b.getProduct().getNameJa(), b.getProduct().getNameEn(),
                b.attendees().entrySet().stream().filter(e -> e.getValue() > 0)
                        .map(e -> e.getKey().labelJa() + " " + e.getValue() + "名")
                        .collect(java.util.stream.Collectors.joining("、")),
                b.attendees().entrySet().stream().filter(e -> e.getValue() > 0)
                        .map(e -> e.getKey().labelEn() + " " + e.getValue())
                        .collect(java.util.stream.Collectors.joining(", ")));
    }

    /**
     * What the briefing leaves uncovered for the product's profile in force on its day, in the same words as the
     * finding (issue 13: the criteria say it; LUN-BRF-2's rule is {@code VisitRestrictionKind.permits}): one
     * {@code requirementId: item} code per gap, with its Japanese and English text.
     */
    private Gaps gaps(Briefing b) {
        Gaps gaps = new Gaps(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        jp.sitegate.domain.model.eligibility.FacilityFacts.BriefingFact fact = b.toFact();
        if (!fact.acceptableMode()) {
            gaps.add("mode: ONLINE without visitRestriction", "briefing.gap-online-without-restriction");
        }
        List<CompiledRequirement> reqs;
        try {
            reqs = ProductCatalog.compile(catalog.profileInForce(b.getProduct().getId(), b.getBriefedOn()));
        } catch (NotFoundException e) {
            return gaps;
        }
        for (CompiledRequirement r : reqs) {
            for (Criterion c : r.criteria()) {
                if (c instanceof BriefingCoverage<?> cov) {
                    addGaps(gaps, r.requirementId(), cov, fact);
                }
            }
        }
        return gaps;
    }

    private static <E extends Enum<E>> void addGaps(Gaps gaps, String requirementId, BriefingCoverage<E> cov,
            jp.sitegate.domain.model.eligibility.FacilityFacts.BriefingFact fact) {
        for (E item : cov.missingFrom(fact)) {
            gaps.add(requirementId + ": " + item.name(), "briefing.gap-missing",
                    requirementId, new Reason(cov.label(item).ja(), cov.label(item).en()));
        }
    }

    /** Gaps as codes (API) and as text in both languages (the wizard). */
    private record Gaps(List<String> codes, List<String> ja, List<String> en) {
        void add(String code, String key, Object... args) {
            Reason text = Reason.of(key, args);
            codes.add(code);
            ja.add(text.ja());
            en.add(text.en());
        }
    }

    /** Fires {@link FactsChanged} (issue 13) and returns the status changes the observer recorded. */
    private java.util.List<jp.sitegate.domain.model.status.StatusChange> reevaluate(
            jp.sitegate.domain.model.facility.Facility facility, java.time.Instant at, String cause) {
        FactsChanged event = new FactsChanged(facility, at, cause);
        factsChanged.fire(event);
        return event.changes();
    }
}
