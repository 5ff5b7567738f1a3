package jp.sitegate.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.sitegate.domain.model.declaration.Declaration;
import jp.sitegate.domain.model.declaration.DeclarationConfirmation;
import jp.sitegate.domain.model.declaration.DeclarationRepository;
import jp.sitegate.domain.model.declaration.DeclaredFact;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.organisation.Organisation;

/** {@link DeclarationRepository} over JPA (issue 13). */
@ApplicationScoped
public class JpaDeclarationRepository extends JpaAdapter implements DeclarationRepository {
    /** For the container. */
    protected JpaDeclarationRepository() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaDeclarationRepository(EntityManager em) {
        super(em);
    }

    @Override
    public List<Declaration> current(Facility f, DeclaredFact fact) {
        return em.createNamedQuery("Declaration.current", Declaration.class).setParameter("facilityId", f.getId())
                .setParameter("fact", fact.name()).setParameter("subject", fact.subjectId()).getResultList();
    }

    @Override
    public List<Declaration> declaredAt(Collection<Facility> facilities) {
        return facilities.isEmpty() ? List.of() : em.createQuery("SELECT d FROM Declaration d JOIN FETCH d.facility "
                + "WHERE d.facility IN :fs AND d.supersededAt IS NULL AND d.valueText <> 'false' "
                + "ORDER BY d.declaredAt, d.id", Declaration.class).setParameter("fs", facilities).getResultList();
    }

    @Override
    public void add(Declaration declaration) {
        em.persist(declaration);
    }

    @Override
    public List<DeclarationConfirmation> decisionsAbout(Collection<Long> declarationIds) {
        return declarationIds.isEmpty() ? List.of() : em.createNamedQuery("DeclarationConfirmation.ofDeclarations",
                DeclarationConfirmation.class).setParameter("ids", declarationIds).getResultList();
    }

    @Override
    public List<DeclarationConfirmation> decisionsInForce(Facility f) {
        return em.createQuery("SELECT c FROM DeclarationConfirmation c JOIN FETCH c.declaration d WHERE d.facility = :f "
                + "AND d.supersededAt IS NULL ORDER BY c.decidedAt, c.id", DeclarationConfirmation.class)
                .setParameter("f", f).getResultList();
    }

    @Override
    public Map<Long, String> organisationNames(Collection<Long> organisationIds) {
        Map<Long, String> names = new HashMap<>();
        if (!organisationIds.isEmpty()) {
            em.createQuery("SELECT o FROM Organisation o WHERE o.id IN :ids", Organisation.class)
                    .setParameter("ids", organisationIds).getResultList()
                    .forEach(o -> names.put(o.getId(), o.getNameJa()));
        }
        return names;
    }

    @Override
    public List<Declaration> inForceAt(long facilityId) {
        return em.createNamedQuery("Declaration.currentOfFacility", Declaration.class)
                .setParameter("facilityId", facilityId).getResultList();
    }
}
