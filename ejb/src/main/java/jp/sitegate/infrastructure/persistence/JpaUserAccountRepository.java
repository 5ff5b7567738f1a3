package jp.sitegate.infrastructure.persistence;

import java.util.stream.Collectors;
import java.util.Map;
import jp.sitegate.domain.model.facility.MedicalInstitutionCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.model.user.UserAccount;
import jp.sitegate.domain.model.user.UserAccountRepository;

/** {@link UserAccountRepository} over JPA (issue 13). */
@ApplicationScoped
public class JpaUserAccountRepository extends JpaAdapter implements UserAccountRepository {
    /** For the container. */
    protected JpaUserAccountRepository() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaUserAccountRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<UserAccount> byName(String username) {
        return em.createNamedQuery("UserAccount.byName", UserAccount.class).setParameter("name", username)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<UserAccount> byId(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public List<UserAccount> peopleOf(Facility f) {
        List<UserAccount> out = new ArrayList<>(em.createQuery("SELECT u FROM UserAccount u WHERE u.facility = :f "
                + "AND u.enabled = TRUE", UserAccount.class).setParameter("f", f).getResultList());
        for (UserAccount u : enabledUsers("SELECT user_id FROM mr_assignment WHERE facility_id = ?", f)) {
            if (out.stream().noneMatch(o -> o.getId().equals(u.getId()))) {
                out.add(u);
            }
        }
        return out;
    }

    @Override
    public List<UserAccount> distributorsServing(Facility f) {
        return enabledUsers("SELECT user_id FROM served_facility WHERE facility_id = ?", f).stream()
                .filter(u -> u.roles().contains(Role.DISTRIBUTOR)).toList();
    }

    private List<UserAccount> enabledUsers(String userIdsOfFacility, Facility f) {
        List<UserAccount> out = new ArrayList<>();
        for (Object id : em.createNativeQuery(userIdsOfFacility).setParameter(1, f.getId()).getResultList()) {
            UserAccount u = em.find(UserAccount.class, ((Number) id).longValue());
            if (u != null && u.isEnabled()) {
                out.add(u);
            }
        }
        return out;
    }

    @Override
    public List<UserAccount> enabledWithRole(Role role) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.enabled = TRUE AND u.roles LIKE :role",
                UserAccount.class).setParameter("role", "%" + role.name() + "%").getResultList().stream()
                .filter(u -> u.roles().contains(role)).toList();
    }

    @Override
    public List<UserAccount> enabledOf(Collection<Long> organisationIds, Role role) {
        return organisationIds.isEmpty() ? List.of() : em.createQuery(
                "SELECT u FROM UserAccount u WHERE u.enabled = TRUE AND u.organisationId IN :orgs", UserAccount.class)
                .setParameter("orgs", organisationIds).getResultList().stream()
                .filter(u -> u.roles().contains(role)).toList();
    }

    @Override
    public boolean anyMrOfAssignedTo(long manufacturerId, long facilityId) {
        return em.createQuery("SELECT COUNT(a) FROM MrAssignment a, UserAccount u WHERE a.userId = u.id "
                + "AND u.organisationId = :org AND a.facilityId = :facility", Long.class)
                .setParameter("org", manufacturerId).setParameter("facility", facilityId).getSingleResult() > 0;
    }

    @Override
    public boolean assigned(String username, MedicalInstitutionCode code) {
        return em.createQuery("SELECT COUNT(a) FROM MrAssignment a, UserAccount u, Facility f "
                + "WHERE a.userId = u.id AND a.facilityId = f.id AND u.username = :name AND f.code = :code",
                Long.class).setParameter("name", username).setParameter("code", code).getSingleResult() > 0;
    }

    @Override
    public List<MedicalInstitutionCode> assignedFacilities(long userId) {
        return em.createQuery("SELECT f.code FROM MrAssignment a, Facility f WHERE f.id = a.facilityId "
                + "AND a.userId = :user", MedicalInstitutionCode.class).setParameter("user", userId).getResultList();
    }

    @Override
    public List<Facility> assignedTo(String mrUsername, long organisationId) {
        return em.createQuery("SELECT DISTINCT f FROM Facility f, MrAssignment a, UserAccount x "
                + "WHERE a.facilityId = f.id AND a.userId = x.id AND "
                + (mrUsername != null ? "x.username = :who" : "x.organisationId = :who"), Facility.class)
                .setParameter("who", mrUsername != null ? (Object) mrUsername : (Object) organisationId)
                .getResultList();
    }

    @Override
    public List<UserAccount> all() {
        return em.createQuery("SELECT u FROM UserAccount u ORDER BY u.username", UserAccount.class).getResultList();
    }

    @Override
    public boolean anyWithRole(Role role) {
        return em.createQuery("SELECT u FROM UserAccount u WHERE u.roles LIKE :r", UserAccount.class)
                .setParameter("r", "%" + role.name() + "%").getResultStream().anyMatch(u -> u.roles().contains(role));
    }

    @Override
    public Map<Long, Long> memberCounts(Collection<Long> organisationIds) {
        return organisationIds.isEmpty() ? Map.of() : em.createQuery("SELECT u.organisationId, COUNT(u) "
                + "FROM UserAccount u WHERE u.organisationId IN :ids GROUP BY u.organisationId", Object[].class)
                .setParameter("ids", organisationIds).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }
}
