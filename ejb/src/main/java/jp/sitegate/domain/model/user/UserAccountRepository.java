package jp.sitegate.domain.model.user;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.sitegate.domain.model.facility.Facility;

/**
 * User accounts and who is tied to a facility (issue 13: the JPA adapter is
 * {@code infrastructure.persistence.JpaUserAccountRepository}).
 */
public interface UserAccountRepository {
    /**
     * @param username a user name
     * @return the account, if it exists
     */
    Optional<UserAccount> byName(String username);

    /**
     * @param id an account id
     * @return the account, if it exists
     */
    Optional<UserAccount> byId(long id);

    /**
     * @param facility a facility
     * @return its enabled administrators, then the enabled MRs assigned to it (each once)
     */
    List<UserAccount> peopleOf(Facility facility);

    /**
     * @param facility a facility
     * @return the enabled distributor users that serve it (REQUIREMENTS.md §8: they hear about its status)
     */
    List<UserAccount> distributorsServing(Facility facility);

    /**
     * @param role a role
     * @return the enabled users holding it
     */
    List<UserAccount> enabledWithRole(Role role);

    /**
     * @param organisationIds organisations
     * @param role            a role
     * @return the enabled users of those organisations holding the role
     */
    List<UserAccount> enabledOf(Collection<Long> organisationIds, Role role);

    /**
     * @param manufacturerId a manufacturer
     * @param facilityId     a facility
     * @return true when one of the manufacturer's MRs is assigned to the facility
     */
    boolean anyMrOfAssignedTo(long manufacturerId, long facilityId);

    /**
     * @param username an MR's user name
     * @param code     a facility code
     * @return true when the MR is assigned to that facility (担当施設)
     */
    boolean assigned(String username, jp.sitegate.domain.model.facility.MedicalInstitutionCode code);

    /**
     * @param userId an MR
     * @return the codes of the facilities assigned to the MR
     */
    List<jp.sitegate.domain.model.facility.MedicalInstitutionCode> assignedFacilities(long userId);

    /**
     * @param mrUsername   an MR's user name, or {@code null}
     * @param organisationId otherwise a manufacturer: every facility one of its MRs is assigned to
     * @return the facilities assigned to the MR (or to the manufacturer's MRs)
     */
    List<Facility> assignedTo(String mrUsername, long organisationId);

    /** @return every account, by user name */
    List<UserAccount> all();

    /**
     * @param role a role
     * @return true when some account, enabled or not, holds it
     */
    boolean anyWithRole(Role role);

    /**
     * @param organisationIds organisations
     * @return how many accounts each has, by organisation id (absent when none)
     */
    java.util.Map<Long, Long> memberCounts(Collection<Long> organisationIds);
}
