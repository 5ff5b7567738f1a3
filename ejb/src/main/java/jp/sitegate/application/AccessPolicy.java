package jp.sitegate.application;

import java.util.Arrays;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.domain.model.facility.MedicalInstitutionCode;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.ForbiddenException;

/**
 * Who may do what beyond the page and URL rules (issue 4): a facility administrator reads and changes only their
 * own facility; an MR records briefings only for facilities assigned to them. The organisation rules of issue 10
 * (physicians' data, products, agreements, stored decisions) are in {@link Authorization}. Every check throws {@link ForbiddenException} (HTTP 403) naming the field.
 */
public final class AccessPolicy {
    private AccessPolicy() {
    }

    /**
     * @param user  who is asking
     * @param roles roles that may do it
     * @throws ForbiddenException when the user has none of them
     */
    public static void requireAny(AuthenticatedUser user, Role... roles) {
        if (user == null || Arrays.stream(roles).noneMatch(user::has)) {
            throw ForbiddenException.of(null, "access.role-may-not-do");
        }
    }

    /**
     * Reading a facility's data: anyone but a facility administrator of another facility.
     *
     * @param user who is asking
     * @param code the facility
     * @throws ForbiddenException when a facility administrator (with no wider role) asks about another facility
     */
    public static void requireFacilityReadable(AuthenticatedUser user, String code) {
        requireAny(user, Role.values());
        if (confinedToOwnFacility(user) && !MedicalInstitutionCode.normalize(code).equals(user.facilityCode())) {
            throw ForbiddenException.of("code", "access.not-facility");
        }
    }

    /**
     * @param user an authenticated user
     * @return true for a facility administrator with no wider role: they see only their own facility
     */
    public static boolean confinedToOwnFacility(AuthenticatedUser user) {
        return !(user.has(Role.MR) || user.has(Role.DISTRIBUTOR) || user.has(Role.SAFETY_MANAGER)
                || user.has(Role.SYSTEM_ADMIN));
    }

    /**
     * Changing a facility's own data (declarations, physicians, stock, partners): its administrator only.
     *
     * @param user who is asking
     * @param code the facility
     * @throws ForbiddenException otherwise
     */
    public static void requireFacilityAdmin(AuthenticatedUser user, String code) {
        if (user == null || !user.has(Role.FACILITY_ADMIN)
                || !MedicalInstitutionCode.normalize(code).equals(user.facilityCode())) {
            throw ForbiddenException.of("code", "access.only-facility-s-administrator");
        }
    }
}
