package jp.sitegate.application.gate;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.facility.FacilityQueryService;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.application.view.DecisionDocument;
import jp.sitegate.application.view.DecisionSummary;
import jp.sitegate.application.view.Page;
import jp.sitegate.domain.model.eligibility.StoredDecision;
import jp.sitegate.domain.model.product.ProductCode;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.DomainException;
import jp.sitegate.domain.shared.InvalidInputException;

/**
 * The safety manager's read side: recent stored decisions and blocked shipments, and the dashboard of facilities
 * by status per product.
 */
@Stateless
public class DecisionQueryService {


    @jakarta.inject.Inject
    private jp.sitegate.domain.model.eligibility.DecisionRepository decisions;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.ProductCatalog catalog;

    @Inject
    private EligibilityService eligibility;

    @Inject
    private Authorization authorization;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.status.FacilityStatusRepository statuses;

    @jakarta.inject.Inject
    private java.time.Clock clock;

    /**
     * @return the signed-in safety manager's company id, or 0 for system work (every product)
     * @throws jp.sitegate.domain.shared.ForbiddenException unless the caller is a safety manager
     */
    private long manufacturer() {
        AuthenticatedUser u = authorization.anyRole(Role.SAFETY_MANAGER);
        return u == null ? 0L : u.organisationId();
    }

    /**
     * @param page        0-based page
     * @param size        1–200
     * @param blockedOnly only NOT_ELIGIBLE decisions (blocked shipments)
     * @return stored decisions of the signed-in safety manager's products (issue 10), newest first
     * @throws InvalidInputException for a bad page or size
     * @throws jp.sitegate.domain.shared.ForbiddenException unless the caller is a safety manager
     */
    public Page<DecisionSummary> recent(int page, int size, boolean blockedOnly) {
        return recent(jp.sitegate.domain.shared.Sorting.NONE, page, size, blockedOnly);
    }

    /**
     * The same list in the order its reader sorted it (issue 14).
     *
     * @param sorting     by decidedAt, facility, product or outcome; {@code Sorting.NONE} for newest first
     * @param page        0-based page
     * @param size        1–200
     * @param blockedOnly only NOT_ELIGIBLE decisions (blocked shipments)
     * @return stored decisions of the signed-in safety manager's products, in that order
     * @throws InvalidInputException for a bad page or size, or naming {@code sort} for another column
     * @throws jp.sitegate.domain.shared.ForbiddenException unless the caller is a safety manager
     */
    public Page<DecisionSummary> recent(jp.sitegate.domain.shared.Sorting sorting, int page, int size,
            boolean blockedOnly) {
        long manufacturer = manufacturer();
        if (page < 0 || size < 1 || size > FacilityQueryService.MAX_PAGE_SIZE) {
            throw InvalidInputException.of("size", "decision.page-0-size-1");
        }
        jp.sitegate.domain.shared.Slice<StoredDecision> found = decisions.page(blockedOnly, manufacturer,
                sorting, page * size, size);
        long total = found.total();
        List<DecisionSummary> items = found.items().stream().map(d -> new DecisionSummary(d.getId(), d.getDecidedAt().toString(),
                        d.getFacility().getCode().value(), d.getFacility().getName(), d.getProduct().getNameJa(),
                        d.getOutcome().name(), d.getPurpose(), failing(d.getPayload())))
                .toList();
        return new Page<>(items, page, size, total);
    }

    private static List<String> failing(String payload) {
        JsonObject o = Json.createReader(new StringReader(payload)).readObject();
        JsonArray a = o.getJsonArray("failingRequirements");
        return a == null ? List.of() : a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    /**
     * A product's line of the dashboard.
     *
     * @param productKey  product
     * @param productName name
     * @param eligible    facilities in the programme that are eligible now (every requirement met)
     * @param flagged     facilities that may be delivered after the first-delivery release although a requirement
     *                    is not met (要確認, LUN-DST-2)
     * @param notEligible facilities in the programme that are not
     * @param blocked     the not-eligible facilities with the requirements they miss
     */
    public record ProductStatus(String productKey, String productName, List<DecisionDocument> eligible,
            List<DecisionDocument> flagged, List<DecisionDocument> notEligible, Map<String, List<String>> blocked) {
    }

    /**
     * Facilities by status per product. A facility is in a product's programme once it was briefed for the product
     * or received it; each is evaluated now.
     *
     * @return one line per product of the signed-in safety manager's company (issue 10)
     * @throws jp.sitegate.domain.shared.ForbiddenException unless the caller is a safety manager
     */
    public List<ProductStatus> dashboard() {
        long manufacturer = manufacturer();
        List<ProductStatus> out = new ArrayList<>();
        for (ProductCode pc : catalog.onePerProduct()) {
            if (manufacturer != 0 && !Long.valueOf(manufacturer).equals(pc.getProduct().getManufacturerId())) {
                continue;
            }
            java.util.SortedSet<String> codes = decisions.programmeFacilities(pc.getProduct());
            List<DecisionDocument> ok = new ArrayList<>();
            List<DecisionDocument> flagged = new ArrayList<>();
            List<DecisionDocument> no = new ArrayList<>();
            Map<String, List<String>> blocked = new LinkedHashMap<>();
            for (String code : codes) {
                try {
                    DecisionDocument d = eligibility.check(code, pc.getYjCode(), null);
                    if ("FLAGGED".equals(d.status())) {
                        flagged.add(d);
                    } else if ("ELIGIBLE".equals(d.decision())) {
                        ok.add(d);
                    } else {
                        no.add(d);
                        blocked.put(code, d.failingRequirements());
                    }
                } catch (DomainException e) {
                    // no profile in force for this product yet
                }
            }
            out.add(new ProductStatus(pc.getProduct().getKey(), pc.getProduct().getNameJa(), ok, flagged, no,
                    blocked));
        }
        return out;
    }

    /**
     * Status counts per product over time (issue 14, the safety manager's chart): for each of the last {@code weeks}
     * weeks, at the end of the week (Japan), how many facilities stood at each status, replayed from the stored
     * status history ({@code status_change}).
     *
     * @param weeks how many weeks, 1–52
     * @return one trend per product of the signed-in safety manager's company
     * @throws jp.sitegate.domain.shared.ForbiddenException unless the caller is a safety manager
     * @throws jp.sitegate.domain.shared.InvalidInputException naming {@code weeks} outside 1–52
     */
    public List<Trend> trend(int weeks) {
        long manufacturer = manufacturer();
        if (weeks < 1 || weeks > 52) {
            throw jp.sitegate.domain.shared.InvalidInputException.of("weeks", "decision.trend-weeks");
        }
        java.time.LocalDate today = clock.instant().atZone(jp.sitegate.infrastructure.config.ClockProducer.JAPAN)
                .toLocalDate();
        List<Trend> out = new ArrayList<>();
        for (ProductCode pc : catalog.onePerProduct()) {
            if (manufacturer != 0 && !Long.valueOf(manufacturer).equals(pc.getProduct().getManufacturerId())) {
                continue;
            }
            List<Object[]> changes = statuses.changesOfProduct(pc.getProduct().getId());
            Map<Long, String> at = new java.util.HashMap<>();
            List<String> days = new ArrayList<>();
            int[][] counts = new int[3][weeks];
            int next = 0;
            for (int w = 0; w < weeks; w++) {
                java.time.LocalDate day = today.minusWeeks(weeks - 1L - w);
                java.time.Instant end = day.plusDays(1).atStartOfDay(jp.sitegate.infrastructure.config.ClockProducer.JAPAN)
                        .toInstant();
                while (next < changes.size() && ((java.time.Instant) changes.get(next)[2]).isBefore(end)) {
                    at.put((Long) changes.get(next)[0], (String) changes.get(next)[1]);
                    next++;
                }
                days.add(day.toString());
                for (String status : at.values()) {
                    counts["ELIGIBLE".equals(status) ? 0 : "FLAGGED".equals(status) ? 1 : 2][w]++;
                }
            }
            out.add(new Trend(pc.getProduct().getKey(), pc.getProduct().getNameJa(), pc.getProduct().getNameEn(), days,
                    java.util.Arrays.stream(counts[0]).boxed().toList(), java.util.Arrays.stream(counts[1]).boxed()
                            .toList(), java.util.Arrays.stream(counts[2]).boxed().toList()));
        }
        return out;
    }

    /**
     * A product's status counts per week.
     *
     * @param productKey    product
     * @param productName   its Japanese name
     * @param productNameEn its English name
     * @param days          the weeks' last days (YYYY-MM-DD), oldest first
     * @param eligible      facilities at 納入可 on each day
     * @param flagged       facilities at 要確認
     * @param notEligible   facilities at 納入不可
     */
    public record Trend(String productKey, String productName, String productNameEn, List<String> days,
            List<Integer> eligible, List<Integer> flagged, List<Integer> notEligible) {
    }
}
