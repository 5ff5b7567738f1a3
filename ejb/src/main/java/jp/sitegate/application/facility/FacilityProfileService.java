package jp.sitegate.application.facility;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.notification.NotificationCenter;
import jp.sitegate.application.status.FactsChanged;
import jp.sitegate.application.view.FacilityViews;
import jp.sitegate.domain.model.declaration.Declaration;
import jp.sitegate.domain.model.declaration.DeclaredFact;
import jp.sitegate.domain.model.facility.Capability;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.facility.TransplantCategory;
import jp.sitegate.domain.shared.ConflictException;
import jp.sitegate.domain.shared.InvalidInputException;

/**
 * What a facility declares about itself (facility administrator): capabilities named by REQUIREMENTS.md,
 * ICU-equivalent equipment and the MR who confirmed it, JSTCT transplant-facility category. Guarded by the
 * facility's version: a stale edit is refused, never silently overwritten.
 */
@Stateless
public class FacilityProfileService {

    /** Issue 13: facts a profile reads changed; StatusTracker re-evaluates in this transaction. */
    @jakarta.inject.Inject
    private jakarta.enterprise.event.Event<FactsChanged> factsChanged;

    @jakarta.inject.Inject
    private jp.sitegate.domain.shared.UnitOfWork work;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.facility.PartnershipRepository partnerships;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.user.UserAccountRepository users;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.EligibilityEngine engine;

    @jakarta.inject.Inject
    private Declarations ledger;

    @Inject
    private Clock clock;

    @Inject
    private FacilityQueryService queries;

    @jakarta.inject.Inject
    private Authorization authorization;

    @Inject
    private DeclarationService declarations;

    /**
     * @param code                 facility code
     * @param expectedVersion      the version the editor started from
     * @param capabilities         capability → declared ({@code null} = not declared); missing keys are left as they are
     * @param icuEquivalent        ICU-equivalent declaration, or {@code null}
     * @param icuEquivalentConfirmedBy must be {@code null} or blank: the facility does not confirm its own declaration
     *                             (issue 11; the manufacturer does, {@link #confirmIcuEquivalent})
     * @param transplantCategory   JSTCT category, or {@code null}
     * @return the facility as stored
     * @throws ConflictException     when someone else saved the facility since {@code expectedVersion}
     * @throws InvalidInputException naming the field for invalid input
     * @throws jp.sitegate.domain.shared.NotFoundException for an unknown facility
     * @throws jp.sitegate.domain.shared.ForbiddenException unless the facility's administrator (issue 10)
     */
    public FacilityViews.Detail declare(String code, long expectedVersion, Map<Capability, Boolean> capabilities,
            Boolean icuEquivalent, String icuEquivalentConfirmedBy, TransplantCategory transplantCategory) {
        jp.sitegate.application.view.AuthenticatedUser u = authorization.adminOfFacility(code);
        Facility f = engine.facility(code);
        if (f.getVersion() != expectedVersion) {
            throw ConflictException.of("version", "facility.facility-was-changed-someone");
        }
        if (icuEquivalentConfirmedBy != null && !icuEquivalentConfirmedBy.isBlank()) {
            // REQUIREMENTS.md §8: a declaration counts once the manufacturer's side confirmed it, not by a typed name
            throw InvalidInputException.of("icuEquivalentConfirmedBy", "facility.manufacturer-s-mr-safety");
        }
        Instant now = clock.instant();
        String by = DeclarationService.who(u);
        // issue 11: each changed fact is a new, unconfirmed declaration (REQUIREMENTS.md §8)
        capabilities.forEach((c, v) -> {
            if (!java.util.Objects.equals(f.capabilities().get(c), v)) {
                ledger.record(f, DeclaredFact.of(c), v == null ? null : v.toString(), by, now);
            }
            f.declareCapability(c, v, now);
        });
        if (!java.util.Objects.equals(f.getIcuEquivalentDeclared(), icuEquivalent)) {
            ledger.record(f, new DeclaredFact(DeclaredFact.ICU_EQUIVALENT, null),
                    icuEquivalent == null ? null : icuEquivalent.toString(), by, now);
        }
        f.declareIcuEquivalent(icuEquivalent, now);
        if (f.getTransplantCategory() != transplantCategory) {
            ledger.record(f, new DeclaredFact(DeclaredFact.TRANSPLANT_CATEGORY, null),
                    transplantCategory == null ? null : transplantCategory.name(), by, now);
        }
        f.declareTransplantCategory(transplantCategory, now);
        work.flush();
        reevaluate(f, now, jp.sitegate.application.status.FactsChanged.cause("cause.facility-declarations"));
        return queries.detail(code);
    }

    /**
     * A manufacturer's MR or safety manager, tied to the facility, confirms its ICU-equivalent declaration having
     * seen the equipment or its evidence (issue 11, REQUIREMENTS.md §8): it then counts for that manufacturer's
     * products (ICU_ACCESS {@code allowEquivalent}) until the profile's {@code confirmationMonths} pass or the facility
     * changes the declaration.
     *
     * @param code   facility code
     * @param seenOn the day it was seen (not in the future)
     * @param note   the site-visit note (the evidence seen; required here, as this path uploads no document)
     * @return the facility as stored
     * @throws jp.sitegate.domain.shared.ForbiddenException unless an MR or safety manager of a manufacturer tied to
     *                                                      the facility (before the input)
     * @throws InvalidInputException naming {@code seenOn}, or {@code evidence} without a note
     * @throws ConflictException     naming {@code icuEquivalent} when the facility has not declared it
     * @see DeclarationService#decide
     */
    public FacilityViews.Detail confirmIcuEquivalent(String code, java.time.LocalDate seenOn, String note) {
        authorization.manufacturerAt(code);
        Facility f = engine.facility(code);
        if (!Boolean.TRUE.equals(f.getIcuEquivalentDeclared())) {
            throw ConflictException.of("icuEquivalent", "facility.facility-has-not-declared");
        }
        DeclaredFact fact = new DeclaredFact(DeclaredFact.ICU_EQUIVALENT, null);
        Declaration d = ledger.current(f, fact).stream().findFirst().orElse(null);
        if (d == null) {
            // declared before declarations were recorded as such: it becomes one now
            d = ledger.record(f, fact, "true", "（記録前の申告）", f.getUpdatedAt());
            work.flush();
        }
        declarations.decide(code, d.getId(), "CONFIRMED", seenOn, note, null, null);
        return queries.detail(code);
    }

    /**
     * The day a confirmer saw the evidence (issue 11): required, not after today (Japan).
     *
     * @param seenOn the day
     * @param now    the moment of the confirmation
     * @param whatJa what the day is, in Japanese (for the message)
     * @throws InvalidInputException naming {@code seenOn}
     */
    static void requireSeenOn(java.time.LocalDate seenOn, Instant now, String whatJa) {
        if (seenOn == null || seenOn.isAfter(now.atZone(jp.sitegate.infrastructure.config.ClockProducer.JAPAN)
                .toLocalDate())) {
            throw InvalidInputException.of("seenOn", "facility.seenon-required-not-future", whatJa);
        }
    }

    /**
     * One open item of an MR's confirmation queue (issue 11).
     *
     * @param facilityCode  facility
     * @param facilityName  its name
     * @param kind          DECLARATION (a current declaration the company has not decided about, or whose
     *                      confirmation lapses within 30 days) or PARTNERSHIP (awaiting the partner's acceptance or a
     *                      confirmed agreement)
     * @param detail        what is open, in Japanese (the declared fact and value, or the partner)
     * @param detailEn      the same in English
     * @param since         since when it is open (YYYY-MM-DD: the declaration, or the partnership's start)
     * @param declarationId the declaration to confirm, or {@code null} for a partnership
     */
    public record OpenConfirmation(String facilityCode, String facilityName, String kind, String detail,
            String detailEn, String since, Long declarationId) {
    }

    /**
     * The signed-in MR's confirmation queue (issue 11): at the facilities assigned to the MR (a safety manager: to
     * its company's MRs), the declarations awaiting the company's confirmation and the partnerships awaiting the
     * partner, oldest first.
     *
     * @return the open items, oldest first
     * @throws jp.sitegate.domain.shared.ForbiddenException unless an MR or safety manager
     */
    public java.util.List<OpenConfirmation> openConfirmations() {
        jp.sitegate.application.view.AuthenticatedUser u = authorization.anyRole(
                jp.sitegate.domain.model.user.Role.MR, jp.sitegate.domain.model.user.Role.SAFETY_MANAGER);
        java.util.List<Facility> facilities = u == null ? java.util.List.of() : users.assignedTo(
                u.has(jp.sitegate.domain.model.user.Role.MR) ? u.username() : null, u.organisationId());
        java.time.LocalDate today = DeclarationService.day(clock.instant());
        java.util.List<OpenConfirmation> out = new java.util.ArrayList<>();
        if (u != null) {
            for (jp.sitegate.application.view.DeclarationView d : ledger.open(facilities, u.organisationId(),
                    today, NotificationCenter.CONFIRMATION_REMINDER_DAYS)) {
                boolean lapsing = d.standingOf(u.organisationId()) != null;
                out.add(new OpenConfirmation(d.facilityCode(), d.facilityName(), "DECLARATION",
                        d.labelJa() + "：" + valueJa(d.value()) + (lapsing ? "（確認の期限が近づいています）" : ""),
                        d.labelEn() + ": " + valueEn(d.value()) + (lapsing ? " (confirmation lapses soon)" : ""),
                        d.declaredAt().substring(0, 10), d.id()));
            }
        }
        for (Facility f : facilities) {
            partnerships.ofFacility(f.getId()).stream().filter(p -> !p.agreed() && p.getValidTo() == null)
                    .forEach(p -> out.add(new OpenConfirmation(f.getCode().value(), f.getName(), "PARTNERSHIP",
                            p.getPartner().getCode().value() + " " + p.getPartner().getName(),
                            p.getPartner().getCode().value() + " " + p.getPartner().getName(),
                            p.getValidFrom().toString(), null)));
        }
        out.sort(java.util.Comparator.comparing(OpenConfirmation::since).thenComparing(OpenConfirmation::facilityCode));
        return out;
    }

    /**
     * @param value a declared value as text
     * @return it in Japanese (true → あり, false → なし, anything else as it is)
     */
    public static String valueJa(String value) {
        return "true".equals(value) ? "あり" : "false".equals(value) ? "なし"
                : category(value).map(jp.sitegate.domain.model.facility.TransplantCategory::labelJa).orElse(value);
    }

    /** A JSTCT category's name (issue 14: shown by its label, never as CATEGORY_2). */
    private static java.util.Optional<jp.sitegate.domain.model.facility.TransplantCategory> category(String value) {
        return java.util.Arrays.stream(jp.sitegate.domain.model.facility.TransplantCategory.values())
                .filter(c -> c.name().equals(value)).findFirst();
    }

    /**
     * @param value a declared value as text
     * @return it in English (true → available, false → not available)
     */
    public static String valueEn(String value) {
        return "true".equals(value) ? "available" : "false".equals(value) ? "not available"
                : category(value).map(jp.sitegate.domain.model.facility.TransplantCategory::labelEn).orElse(value);
    }

    /** Fires {@link FactsChanged} (issue 13) and returns the status changes the observer recorded. */
    private java.util.List<jp.sitegate.domain.model.status.StatusChange> reevaluate(
            jp.sitegate.domain.model.facility.Facility facility, java.time.Instant at, String cause) {
        FactsChanged event = new FactsChanged(facility, at, cause);
        factsChanged.fire(event);
        return event.changes();
    }
}
