package jp.sitegate.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import jp.sitegate.domain.model.organisation.AgreementRepository;
import jp.sitegate.domain.model.organisation.DistributionAgreement;

/** {@link AgreementRepository} over JPA (issue 13). */
@ApplicationScoped
public class JpaAgreementRepository extends JpaAdapter implements AgreementRepository {
    /** For the container. */
    protected JpaAgreementRepository() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaAgreementRepository(EntityManager em) {
        super(em);
    }

    @Override
    public List<DistributionAgreement> ofManufacturer(long manufacturerId) {
        return em.createNamedQuery("DistributionAgreement.ofManufacturer", DistributionAgreement.class)
                .setParameter("manufacturer", manufacturerId).getResultList();
    }

    @Override
    public List<DistributionAgreement> ofDistributor(long distributorId) {
        return em.createQuery("SELECT a FROM DistributionAgreement a WHERE a.distributorId = :d",
                DistributionAgreement.class).setParameter("d", distributorId).getResultList();
    }

    @Override
    public List<DistributionAgreement> between(long manufacturerId, long distributorId) {
        return em.createNamedQuery("DistributionAgreement.between", DistributionAgreement.class)
                .setParameter("manufacturer", manufacturerId).setParameter("distributor", distributorId)
                .getResultList();
    }

    @Override
    public List<DistributionAgreement> ofParty(long organisationId) {
        return em.createNamedQuery("DistributionAgreement.ofOrganisation", DistributionAgreement.class)
                .setParameter("org", organisationId).getResultList();
    }
}
