package jp.sitegate.domain.model.declaration;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import jp.sitegate.domain.model.facility.Facility;

/**
 * What facilities declared and what manufacturers decided about it (REQUIREMENTS.md §8; issue 13: the JPA adapter is
 * {@code infrastructure.persistence.JpaDeclarationRepository}).
 */
public interface DeclarationRepository {
    /**
     * @param facility a facility
     * @param fact     a declared fact
     * @return the declarations of that fact in force (normally one)
     */
    List<Declaration> current(Facility facility, DeclaredFact fact);

    /**
     * @param facilities facilities
     * @return their declarations in force that declare something (not withdrawn, not {@code false}), oldest first
     */
    List<Declaration> declaredAt(Collection<Facility> facilities);

    /** @param declaration a new declaration, stored */
    void add(Declaration declaration);

    /**
     * @param declarationIds declarations
     * @return the manufacturers' decisions about them
     */
    List<DeclarationConfirmation> decisionsAbout(Collection<Long> declarationIds);

    /**
     * @param facility a facility
     * @return the decisions about its declarations in force, oldest first
     */
    List<DeclarationConfirmation> decisionsInForce(Facility facility);

    /**
     * @param organisationIds organisations
     * @return their Japanese names, by id
     */
    Map<Long, String> organisationNames(Collection<Long> organisationIds);

    /**
     * @param facilityId a facility
     * @return its declarations in force, oldest first
     */
    List<Declaration> inForceAt(long facilityId);
}
