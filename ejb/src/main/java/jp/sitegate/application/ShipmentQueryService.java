package jp.sitegate.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.sitegate.application.view.Page;
import jp.sitegate.application.view.ShipmentView;
import jp.sitegate.domain.model.shipment.Shipment;
import jp.sitegate.domain.shared.InvalidInputException;

/** Read side of shipments: the distributor's list of shipments sent, newest first. */
@Stateless
public class ShipmentQueryService {

    @PersistenceContext(unitName = "sitegate")
    private EntityManager em;

    /**
     * @param page 0-based page
     * @param size 1–200
     * @return the page, newest first
     * @throws InvalidInputException for a bad page or size
     */
    public Page<ShipmentView> list(int page, int size) {
        if (page < 0 || size < 1 || size > FacilityQueryService.MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "ページ指定が不正です", "page must be >= 0 and size 1-200");
        }
        long total = em.createQuery("SELECT COUNT(s) FROM Shipment s", Long.class).getSingleResult();
        var items = em.createQuery("SELECT s FROM Shipment s JOIN FETCH s.facility JOIN FETCH s.product "
                + "JOIN FETCH s.decision ORDER BY s.shippedAt DESC, s.id DESC", Shipment.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList().stream()
                .map(s -> new ShipmentView(s.getId(), s.getShippedAt().toString(), s.getFacility().getCode().value(),
                        s.getFacility().getName(), s.getYjCode(), s.getProduct().getNameJa(), s.getQuantity(),
                        s.getOrderReference(), s.getDistributor(), s.getDecision().getId(),
                        s.isReleasedFirstDelivery()))
                .toList();
        return new Page<>(items, page, size, total);
    }
}
