package jp.sitegate.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import jp.sitegate.application.view.FacilityViews;
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

    @PersistenceContext(unitName = "sitegate")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private FacilityQueryService queries;

    @jakarta.inject.Inject
    private Authorization authorization;

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
        authorization.adminOfFacility(code);
        Facility f = EligibilityEngine.facility(em, code);
        if (f.getVersion() != expectedVersion) {
            throw new ConflictException("version", "他の利用者が先に更新しました。再読込してやり直してください",
                    "the facility was changed by someone else; reload and try again");
        }
        if (icuEquivalentConfirmedBy != null && !icuEquivalentConfirmedBy.isBlank()) {
            // REQUIREMENTS.md §8: a declaration counts once the manufacturer's side confirmed it, not by a typed name
            throw new InvalidInputException("icuEquivalentConfirmedBy",
                    "確認は製造販売業者のMR・安全管理責任者がSiteGateで記録します（医療機関は入力できません）",
                    "the manufacturer's MR or safety manager records the confirmation; the facility cannot");
        }
        Instant now = clock.instant();
        capabilities.forEach((c, v) -> f.declareCapability(c, v, now));
        f.declareIcuEquivalent(icuEquivalent, now);
        f.declareTransplantCategory(transplantCategory, now);
        em.flush();
        StatusTracker.reevaluate(em, f, now, "facility declarations changed");
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
     * @return the facility as stored
     * @throws jp.sitegate.domain.shared.ForbiddenException unless an MR or safety manager of a manufacturer tied to
     *                                                      the facility (before the input)
     * @throws InvalidInputException naming {@code seenOn}
     * @throws ConflictException     naming {@code icuEquivalent} when the facility has not declared it
     */
    public FacilityViews.Detail confirmIcuEquivalent(String code, java.time.LocalDate seenOn) {
        jp.sitegate.application.view.AuthenticatedUser u = requireConfirmer(code);
        Facility f = EligibilityEngine.facility(em, code);
        Instant now = clock.instant();
        if (seenOn == null || seenOn.isAfter(now.atZone(jp.sitegate.infrastructure.config.ClockProducer.JAPAN)
                .toLocalDate())) {
            throw new InvalidInputException("seenOn", "確認した日（今日以前）を入力してください",
                    "seenOn is required and must not be in the future");
        }
        if (!Boolean.TRUE.equals(f.getIcuEquivalentDeclared())) {
            throw new ConflictException("icuEquivalent", "この医療機関はICU同等設備を申告していません",
                    "the facility has not declared ICU-equivalent equipment");
        }
        f.confirmIcuEquivalent(u == null ? "system" : u.displayName() + "（" + u.username() + "）",
                u == null ? 0L : u.organisationId(), seenOn, now);
        em.flush();
        StatusTracker.reevaluate(em, f, now, "ICU-equivalent confirmed by the manufacturer");
        return queries.detail(code);
    }

    /**
     * Who confirms a facility's declarations: an MR or safety manager of a manufacturer tied to it. Callers that
     * parse input first call this before, so a caller without the right gets 403 whatever the input.
     *
     * @param code facility code
     * @return the caller, or {@code null} for system work
     * @throws jp.sitegate.domain.shared.ForbiddenException otherwise
     */
    public jp.sitegate.application.view.AuthenticatedUser requireConfirmer(String code) {
        return authorization.manufacturerAt(code);
    }
}
