package jp.sitegate.domain.model.organisation;

import java.util.List;

/**
 * Distribution agreements between manufacturers and distributors (issue 10; issue 13: the JPA adapter is
 * {@code infrastructure.persistence.JpaAgreementRepository}).
 */
public interface AgreementRepository {
    /**
     * @param manufacturerId a manufacturer organisation
     * @return its agreements, ended ones included
     */
    List<DistributionAgreement> ofManufacturer(long manufacturerId);

    /**
     * @param distributorId a distributor organisation
     * @return its agreements, ended ones included
     */
    List<DistributionAgreement> ofDistributor(long distributorId);

    /**
     * @param manufacturerId a manufacturer
     * @param distributorId  a distributor
     * @return the agreements between the two
     */
    List<DistributionAgreement> between(long manufacturerId, long distributorId);

    /**
     * @param organisationId a manufacturer or a distributor
     * @return the agreements it is a party to
     */
    List<DistributionAgreement> ofParty(long organisationId);
}
