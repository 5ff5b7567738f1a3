package jp.sitegate.application.view;

import java.io.Serializable;
import java.util.Set;
import jp.sitegate.domain.model.organisation.OrganisationKind;
import jp.sitegate.domain.model.user.Role;

/**
 * Who is asking: what the application services need to authorise and scope a request (issue 10: every user speaks
 * for exactly one organisation).
 *
 * @param username           login name
 * @param displayName        name shown
 * @param roles              roles (allowed for the organisation's kind)
 * @param facilityCode       the facility a FACILITY_ADMIN manages, or {@code null}
 * @param organisation       the organisation's name (Japanese)
 * @param assignedFacilities facility codes an MR is assigned to
 * @param organisationId     the organisation's id
 * @param organisationKind   its kind
 * @param organisationNameEn the organisation's name (English)
 */
public record AuthenticatedUser(String username, String displayName, Set<Role> roles, String facilityCode,
        String organisation, Set<String> assignedFacilities, long organisationId, OrganisationKind organisationKind,
        String organisationNameEn) implements Serializable {

    /**
     * @param role a role
     * @return true when the user has it
     */
    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * @param organisation an organisation id, or {@code null}
     * @return true when the user speaks for that organisation
     */
    public boolean belongsTo(Long organisation) {
        return organisation != null && organisation == organisationId;
    }
}
