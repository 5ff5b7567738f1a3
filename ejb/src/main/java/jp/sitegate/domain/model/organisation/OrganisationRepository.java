package jp.sitegate.domain.model.organisation;

/**
 * Organisations: manufacturers, distributors, facilities and the operator (issue 10) (issue 13: the JPA adapter is
 * {@code infrastructure.persistence.JpaOrganisationRepository}).
 */
public interface OrganisationRepository {

    /**
     * @param ids organisations
     * @return those of them that are active
     */
    java.util.Set<Long> activeAmong(java.util.Collection<Long> ids);

    /**
     * @param corporateNumber a 13-digit corporate number (法人番号)
     * @return true when an organisation has it
     */
    boolean corporateNumberTaken(String corporateNumber);

    /**
     * @param kind a kind, or {@code null} for every kind but facilities
     * @param max  at most this many
     * @return the organisations, by kind and Japanese name
     */
    java.util.List<Organisation> list(OrganisationKind kind, int max);

    /**
     * @param facility a facility
     * @return the facility's own organisation, if it has one
     */
    java.util.Optional<Organisation> ofFacility(jp.sitegate.domain.model.facility.Facility facility);
}
