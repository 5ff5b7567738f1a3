package jp.sitegate.infrastructure.persistence;

import jp.sitegate.domain.model.facility.IcuFiling;
import jp.sitegate.domain.model.facility.FilingImport;
import java.time.LocalDate;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jp.sitegate.domain.model.facility.BureauListRepository;

/** {@link BureauListRepository} over JPA (issue 13). */
@ApplicationScoped
public class JpaBureauListRepository extends JpaAdapter implements BureauListRepository {
    /** For the container. */
    protected JpaBureauListRepository() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaBureauListRepository(EntityManager em) {
        super(em);
    }

    @Override
    public List<FilingImport> history(int max) {
        return em.createNamedQuery("FilingImport.history", FilingImport.class).setMaxResults(max).getResultList();
    }

    @Override
    public LocalDate newestListDate(String prefectureCode) {
        return em.createQuery("SELECT MAX(i.listDate) FROM FilingImport i WHERE i.prefectureCode = :p",
                LocalDate.class).setParameter("p", prefectureCode).getSingleResult();
    }

    @Override
    public LocalDate nextListDateAfter(String prefectureCode, LocalDate listDate) {
        return em.createQuery("SELECT MIN(i.listDate) FROM FilingImport i WHERE i.prefectureCode = :p "
                + "AND i.listDate > :d", LocalDate.class).setParameter("p", prefectureCode).setParameter("d", listDate)
                .getSingleResult();
    }

    @Override
    public List<IcuFiling> filingsOf(String prefectureCode) {
        return em.createNamedQuery("IcuFiling.ofPrefecture", IcuFiling.class).setParameter("pref", prefectureCode)
                .getResultList();
    }

    @Override
    public void add(FilingImport record) {
        em.persist(record);
        em.flush();
    }
}
