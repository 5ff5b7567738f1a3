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

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.product.ProductRepository products;

    private static java.time.Instant startOf(java.time.LocalDate day) {
        return day == null ? null : day.atStartOfDay(jp.sitegate.infrastructure.config.ClockProducer.JAPAN).toInstant();
    }

    /**
     * @param page 0-based page
     * @param size 1–200
     * @return the page, newest first
     * @throws InvalidInputException for a bad page or size
     * @throws jp.sitegate.domain.shared.ForbiddenException unless a distributor or safety manager
     */
    public Page<ShipmentView> list(int page, int size) {
        return list(null, null, null, null, jp.sitegate.domain.shared.Sorting.NONE, page, size);
    }

    /**
     * The shipments list with its filters (issue 14).
     *
     * @param from     first day shipped (Japan), or {@code null}
     * @param to       last day shipped (Japan, inclusive), or {@code null}
     * @param facility facility code, or {@code null}
     * @param product  product key (e.g. LUNSUMIO), or {@code null}
     * @param sorting  by shippedAt, facility, product, quantity or orderReference; {@code Sorting.NONE} for newest
     *                 first
     * @param page     0-based page
     * @param size     1–200
     * @return the page in that order, newest first among equals
     * @throws InvalidInputException naming {@code facility}, {@code product}, {@code to}, {@code sort} or
     *                               {@code size}
     * @throws jp.sitegate.domain.shared.ForbiddenException unless a distributor or safety manager
     */
    public Page<ShipmentView> list(java.time.LocalDate from, java.time.LocalDate to, String facility, String product,
            jp.sitegate.domain.shared.Sorting sorting, int page, int size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw InvalidInputException.of("to", "shipment.period-reversed");
        }
        jp.sitegate.domain.model.facility.MedicalInstitutionCode code = facility == null || facility.isBlank() ? null
                : jp.sitegate.domain.model.facility.MedicalInstitutionCode.of(facility.strip(), "facility");
        Long productId = product == null || product.isBlank() ? null : products.byKey(product).map(
                jp.sitegate.domain.model.product.Product::getId).orElseThrow(
                        () -> InvalidInputException.of("product", "shipment.unknown-product", product));
        var filter = new jp.sitegate.domain.model.shipment.ShipmentRepository.Filter(startOf(from),
                startOf(to == null ? null : to.plusDays(1)), code, productId);
        var user = authorization.anyRole(jp.sitegate.domain.model.user.Role.DISTRIBUTOR,
                jp.sitegate.domain.model.user.Role.SAFETY_MANAGER);
        boolean distributor = user != null && user.has(jp.sitegate.domain.model.user.Role.DISTRIBUTOR);
        if (page < 0 || size < 1 || size > FacilityQueryService.MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "decision.page-0-size-1");
        }
        var found = shipments.page(distributor ? user.organisationId() : null,
                user != null && !distributor ? user.organisationId() : null, filter, sorting, page * size, size);
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
