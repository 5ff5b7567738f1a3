package jp.sitegate.application.shipment;

import jakarta.ejb.Stateless;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.facility.FacilityQueryService;
import jp.sitegate.application.view.Page;
import jp.sitegate.application.view.ShipmentView;
import jp.sitegate.domain.model.shipment.Shipment;
import jp.sitegate.domain.shared.InvalidInputException;

/**
 * Read side of shipments: the shipments a distributor's organisation sent, newest first (issue 10: never another
 * distributor's); a safety manager sees the shipments of their manufacturer's products.
 */
@Stateless
public class ShipmentQueryService {

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.shipment.ShipmentRepository shipments;

    @jakarta.inject.Inject
    private Authorization authorization;

    /**
     * @param page 0-based page
     * @param size 1–200
     * @return the page, newest first
     * @throws InvalidInputException for a bad page or size
     * @throws jp.sitegate.domain.shared.ForbiddenException unless a distributor or safety manager
     */
    public Page<ShipmentView> list(int page, int size) {
        var user = authorization.anyRole(jp.sitegate.domain.model.user.Role.DISTRIBUTOR,
                jp.sitegate.domain.model.user.Role.SAFETY_MANAGER);
        boolean distributor = user != null && user.has(jp.sitegate.domain.model.user.Role.DISTRIBUTOR);
        if (page < 0 || size < 1 || size > FacilityQueryService.MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "decision.page-0-size-1");
        }
        var found = shipments.newestFirst(distributor ? user.organisationId() : null,
                user != null && !distributor ? user.organisationId() : null, page * size, size);
        long total = found.total();
        var items = found.items().stream()
                .map(s -> new ShipmentView(s.getId(), s.getShippedAt().toString(), s.getFacility().getCode().value(),
                        s.getFacility().getName(), s.getYjCode(), s.getProduct().getNameJa(), s.getQuantity(),
                        s.getOrderReference(), s.getDistributor(), s.getDecision().getId(),
                        s.isReleasedFirstDelivery()))
                .toList();
        return new Page<>(items, page, size, total);
    }
}
