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
     * @param icuEquivalentConfirmedBy MR who confirmed it, or {@code null}
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
        if (icuEquivalentConfirmedBy != null && icuEquivalentConfirmedBy.length() > 100) {
            throw new InvalidInputException("icuEquivalentConfirmedBy", "100文字以内で入力してください",
                    "at most 100 characters");
        }
        boolean confirmed = icuEquivalentConfirmedBy != null && !icuEquivalentConfirmedBy.isBlank();
        if (confirmed && !Boolean.TRUE.equals(icuEquivalent)) {
            throw new InvalidInputException("icuEquivalentConfirmedBy",
                    "ICU同等設備の申告がないのに確認者が入力されています", "a confirming MR needs an ICU-equivalent declaration");
        }
        Instant now = clock.instant();
        capabilities.forEach((c, v) -> f.declareCapability(c, v, now));
        f.declareIcuEquivalent(icuEquivalent, icuEquivalentConfirmedBy, now);
        f.declareTransplantCategory(transplantCategory, now);
        em.flush();
        StatusTracker.reevaluate(em, f, now, "facility declarations changed");
        return queries.detail(code);
    }
}
