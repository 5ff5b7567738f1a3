package jp.sitegate.application.view;

import java.io.Serializable;
import java.util.Set;
import jp.sitegate.domain.model.user.Role;

/**
 * Who is asking: what the interfaces need to authorise and scope a request.
 *
 * @param username          login name
 * @param displayName       name shown
 * @param roles             roles
 * @param facilityCode      the facility a FACILITY_ADMIN manages, or {@code null}
 * @param organisation      organisation, or {@code null}
 * @param assignedFacilities facility codes an MR is assigned to
 */
public record AuthenticatedUser(String username, String displayName, Set<Role> roles, String facilityCode,
        String organisation, Set<String> assignedFacilities) implements Serializable {

    /**
     * @param role a role
     * @return true when the user has it
     */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
