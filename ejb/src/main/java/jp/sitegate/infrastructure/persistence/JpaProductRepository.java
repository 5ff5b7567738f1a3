package jp.sitegate.infrastructure.persistence;

import jp.sitegate.domain.model.product.Product;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.sitegate.domain.model.product.ProductCode;
import jp.sitegate.domain.model.product.ProductRepository;
import jp.sitegate.domain.model.product.RequirementProfile;
import jp.sitegate.domain.model.product.YjCode;

/** {@link ProductRepository} over JPA (issue 13). */
@ApplicationScoped
public class JpaProductRepository extends JpaAdapter implements ProductRepository {
    /** For the container. */
    protected JpaProductRepository() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaProductRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<ProductCode> strength(YjCode yjCode) {
        return em.createNamedQuery("ProductCode.byYj", ProductCode.class).setParameter("yj", yjCode.value())
                .getResultStream().findFirst();
    }

    @Override
    public List<ProductCode> strengths() {
        return em.createNamedQuery("ProductCode.all", ProductCode.class).getResultList();
    }

    @Override
    public Optional<RequirementProfile> profileInForce(long productId, LocalDate day) {
        return em.createNamedQuery("RequirementProfile.inForce", RequirementProfile.class)
                .setParameter("productId", productId).setParameter("date", day).setMaxResults(1).getResultStream()
                .findFirst();
    }

    @Override
    public List<RequirementProfile> profilesTakingEffect(LocalDate day) {
        return em.createQuery("SELECT p FROM RequirementProfile p JOIN FETCH p.product WHERE p.effectiveFrom = :day "
                + "ORDER BY p.product.key, p.versionNo", RequirementProfile.class).setParameter("day", day)
                .getResultList();
    }

    @Override
    public Optional<Long> manufacturerOf(String key) {
        return em.createQuery("SELECT p.manufacturerId FROM Product p WHERE p.key = :k", Long.class)
                .setParameter("k", key).getResultStream().findFirst();
    }

    @Override
    public Set<Long> productIdsOf(long manufacturerId) {
        return Set.copyOf(em.createQuery("SELECT p.id FROM Product p WHERE p.manufacturerId = :m", Long.class)
                .setParameter("m", manufacturerId).getResultList());
    }

    @Override
    public List<Product> ofManufacturer(Long manufacturerId) {
        return em.createQuery("SELECT p FROM Product p WHERE p.manufacturerId = :m ORDER BY p.id", Product.class)
                .setParameter("m", manufacturerId).getResultList();
    }

    @Override
    public List<Product> all() {
        return em.createQuery("SELECT p FROM Product p ORDER BY p.id", Product.class).getResultList();
    }

    @Override
    public Optional<Product> byKey(String key) {
        return em.createQuery("SELECT p FROM Product p WHERE p.key = :k", Product.class).setParameter("k", key)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Product> byYjCode(String yjCode) {
        return em.createQuery("SELECT c.product FROM ProductCode c WHERE c.yjCode = :k", Product.class)
                .setParameter("k", yjCode).getResultStream().findFirst();
    }

    @Override
    public List<RequirementProfile> versionsNewestFirst() {
        return em.createQuery("SELECT r FROM RequirementProfile r ORDER BY r.versionNo DESC", RequirementProfile.class)
                .getResultList();
    }

    @Override
    public Optional<RequirementProfile> newestVersion(Product product) {
        return em.createQuery("SELECT r FROM RequirementProfile r WHERE r.product = :p ORDER BY r.versionNo DESC",
                RequirementProfile.class).setParameter("p", product).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<RequirementProfile> version(Product product, int versionNo) {
        return em.createQuery("SELECT r FROM RequirementProfile r WHERE r.product = :p AND r.versionNo = :v",
                RequirementProfile.class).setParameter("p", product).setParameter("v", versionNo).getResultStream()
                .findFirst();
    }

    @Override
    public void add(RequirementProfile profile) {
        em.persist(profile);
        em.flush();
    }
}
