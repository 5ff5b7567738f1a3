package jp.sitegate.infrastructure.persistence;

import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.organisation.OrganisationKind;
import jp.sitegate.domain.model.organisation.Organisation;
import java.util.Optional;
import java.util.List;
import java.util.Collection;
import java.util.Set;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jp.sitegate.domain.model.organisation.OrganisationRepository;

/** {@link OrganisationRepository} over JPA (issue 13). */
@ApplicationScoped
public class JpaOrganisationRepository extends JpaAdapter implements OrganisationRepository {
    /** For the container. */
    protected JpaOrganisationRepository() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaOrganisationRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Set<Long> activeAmong(Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : Set.copyOf(em.createQuery("SELECT o.id FROM Organisation o "
                + "WHERE o.id IN :ids AND o.status = jp.sitegate.domain.model.organisation.OrganisationStatus.ACTIVE",
                Long.class).setParameter("ids", ids).getResultList());
    }

    @Override
    public boolean corporateNumberTaken(String corporateNumber) {
        return !em.createNamedQuery("Organisation.byCorporateNumber", Organisation.class)
                .setParameter("number", corporateNumber).getResultList().isEmpty();
    }

    @Override
    public List<Organisation> list(OrganisationKind kind, int max) {
        return kind == null
                ? em.createQuery("SELECT o FROM Organisation o WHERE o.kind <> :facility ORDER BY o.kind, o.nameJa",
                        Organisation.class).setParameter("facility", OrganisationKind.FACILITY).setMaxResults(max)
                        .getResultList()
                : em.createQuery("SELECT o FROM Organisation o WHERE o.kind = :kind ORDER BY o.nameJa",
                        Organisation.class).setParameter("kind", kind).setMaxResults(max).getResultList();
    }

    @Override
    public Optional<Organisation> ofFacility(Facility facility) {
        return em.createNamedQuery("Organisation.ofFacility", Organisation.class).setParameter("facility", facility)
                .getResultStream().findFirst();
    }
}
