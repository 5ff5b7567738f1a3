package jp.sitegate.domain.model.facility;

/**
 * Partnerships between facilities (連携医療機関, LUN-FAC-3 *2, ABE-ADV-1) (issue 13: the JPA adapter is
 * {@code infrastructure.persistence.JpaPartnershipRepository}).
 */
public interface PartnershipRepository {

    /**
     * @param facilityId a facility
     * @return the partnerships it named, with their partners
     */
    java.util.List<FacilityPartnership> ofFacility(long facilityId);

    /**
     * @param partnerId a facility
     * @return the partnerships naming it as the partner, newest first
     */
    java.util.List<FacilityPartnership> requestsTo(long partnerId);

    /**
     * @param partners facilities
     * @return the facilities that name one of them as a partner
     */
    java.util.List<Facility> naming(java.util.Collection<Facility> partners);
}
