package jp.sitegate.application.scale;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.gate.EligibilityService;
import jp.sitegate.application.gate.Evaluation;
import jp.sitegate.domain.model.briefing.AttendeeRole;
import jp.sitegate.domain.model.briefing.Briefing;
import jp.sitegate.domain.model.briefing.BriefingMaterial;
import jp.sitegate.domain.model.briefing.BriefingMode;
import jp.sitegate.domain.model.briefing.BriefingRequest;
import jp.sitegate.domain.model.eligibility.DecisionOutcome;
import jp.sitegate.domain.model.eligibility.FirstDeliveryStatus;
import jp.sitegate.domain.model.facility.Capability;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.physician.Employment;
import jp.sitegate.domain.model.physician.Physician;
import jp.sitegate.domain.model.physician.ProductTraining;
import jp.sitegate.domain.model.product.Product;
import jp.sitegate.domain.model.product.ProductCode;
import jp.sitegate.domain.model.product.YjCode;
import jp.sitegate.domain.model.shipment.DeliveryRelease;
import jp.sitegate.domain.model.shipment.Shipment;
import jp.sitegate.domain.model.stock.MovementType;
import jp.sitegate.domain.model.stock.StockMovement;
import jp.sitegate.domain.model.stock.TocilizumabLot;
import jp.sitegate.domain.model.stock.TocilizumabStrength;
import jp.sitegate.infrastructure.config.ClockProducer;

/**
 * Writes one chunk of the national-scale dataset (issue 6) per call, each in its own transaction
 * ({@code REQUIRES_NEW}), through the entities and so through the audit trail: every record is one audited
 * insert or update. Record {@code i} of a kind is drawn from a random generator seeded with (plan seed, kind, i),
 * so a record's content does not depend on how the run is cut into chunks. Dates count back or forward from the
 * run's day. Generated records carry the marker {@code SCALE-<seed>} (MR names, lot numbers, idempotency keys,
 * order references) so they can be told from real data.
 */
@Stateless
@LocalBean
public class ScaleDataGenerator implements ScaleSteps {
    /** Orders placed one after the other for the same (facility, product), as a distributor's order book would. */
    static final int ORDERS_PER_PAIR = 10;

    private static final String[] FAMILY = {"佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤",
        "吉田", "山田", "佐々木", "山口", "松本", "井上", "木村", "林", "斎藤", "清水"};
    private static final String[] GIVEN = {"健一", "浩", "誠", "翔太", "大輔", "直樹", "陽子", "恵子", "美穂", "由美",
        "亮", "拓也", "智子", "優子", "隆", "剛", "彩", "真理", "悠", "遥"};

    @jakarta.inject.Inject
    private jp.sitegate.domain.shared.UnitOfWork work;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.product.ProductRepository products;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.briefing.BriefingRepository briefingRepository;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.stock.StockRepository stock;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.shipment.ShipmentRepository shipments;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.audit.AuditRepository trail;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.facility.FacilityRepository facilityRepository;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.EligibilityEngine engine;

    @Inject
    private EligibilityService eligibility;

    @Inject
    private Clock clock;

    /** For the container. */
    public ScaleDataGenerator() {
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> facilities(ScalePlan plan) {
        List<Long> ids = new ArrayList<>(facilityRepository.allIds());
        Collections.shuffle(ids, new Random(plan.seed()));
        return List.copyOf(ids.subList(0, Math.min(plan.facilities(), ids.size())));
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> codes(List<Long> facilityIds, int max) {
        List<String> codes = new ArrayList<>();
        for (Long id : facilityIds.subList(0, Math.min(max, facilityIds.size()))) {
            codes.add(work.find(Facility.class, id).getCode().value());
        }
        return codes;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long auditEvents() {
        return trail.eventCount();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean alreadyGenerated(ScalePlan plan) {
        return shipments.anyWithKey(key(plan, 0)) || stock.anyLotNumbered(lotNumber(plan, 0))
                || briefingRepository.anyByMrNameStarting(marker(plan) + " ");
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<ScaleKind, Integer> declarations(ScalePlan plan, List<Long> facilityIds, int from, int to) {
        Map<ScaleKind, Integer> made = new EnumMap<>(ScaleKind.class);
        Instant now = clock.instant();
        for (int i = from; i < to; i++) {
            if (random(plan, ScaleKind.DECLARATIONS, i).nextInt(2) == 0) {
                Facility f = work.find(Facility.class, facilityIds.get(i));
                for (Capability c : Capability.values()) {
                    f.declareCapability(c, Boolean.TRUE, now);
                }
                made.merge(ScaleKind.DECLARATIONS, 1, Integer::sum);
            }
        }
        work.flush();
        return made;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<ScaleKind, Integer> physicians(ScalePlan plan, List<Long> facilityIds, int from, int to) {
        Map<ScaleKind, Integer> made = new EnumMap<>(ScaleKind.class);
        List<Product> products = products();
        LocalDate today = today();
        for (int i = from; i < to; i++) {
            SplittableRandom r = random(plan, ScaleKind.PHYSICIANS, i);
            Physician p = new Physician(FAMILY[r.nextInt(FAMILY.length)] + " " + GIVEN[r.nextInt(GIVEN.length)],
                    today.minusDays(365L * (3 + r.nextInt(35)) + r.nextInt(365)));
            p.recordExperience(r.nextInt(16), r.nextInt(21), r.nextInt(8), r.nextInt(60));
            p.attest(r.nextInt(10) > 0, r.nextInt(10) > 0);
            work.add(p);
            Facility f = anyOf(facilityIds, r);
            work.add(new Employment(p, f, r.nextInt(5) > 0, r.nextInt(10) == 0, today.minusDays(r.nextInt(3650))));
            made.merge(ScaleKind.PHYSICIANS, 1, Integer::sum);
            made.merge(ScaleKind.EMPLOYMENTS, 1, Integer::sum);
            if (!products.isEmpty()) {
                int first = r.nextInt(products.size());
                Set<Integer> trained = new HashSet<>(List.of(first));
                if (r.nextBoolean()) {
                    trained.add(r.nextInt(products.size()));
                }
                for (int t : trained) {
                    work.add(new ProductTraining(p, products.get(t), today.minusDays(r.nextInt(720))));
                    made.merge(ScaleKind.TRAININGS, 1, Integer::sum);
                }
            }
        }
        work.flush();
        return made;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<ScaleKind, Integer> briefings(ScalePlan plan, List<Long> facilityIds, int from, int to) {
        Map<ScaleKind, Integer> made = new EnumMap<>(ScaleKind.class);
        List<Product> products = products();
        LocalDate today = today();
        Instant now = clock.instant();
        for (int i = from; i < to; i++) {
            SplittableRandom r = random(plan, ScaleKind.BRIEFINGS, i);
            Facility f = anyOf(facilityIds, r);
            boolean online = r.nextInt(5) == 0;
            Briefing b = new Briefing(f, products.get(r.nextInt(products.size())),
                    marker(plan) + " " + FAMILY[r.nextInt(FAMILY.length)], null, today.minusDays(r.nextInt(1095)),
                    online ? BriefingMode.ONLINE : BriefingMode.IN_PERSON, online ? "訪問規制（感染対策）" : null, now);
            b.recordAttendees(AttendeeRole.PHYSICIAN, 1 + r.nextInt(6));
            b.recordAttendees(AttendeeRole.PHARMACIST, r.nextInt(4));
            b.recordAttendees(AttendeeRole.NURSE, r.nextInt(8));
            boolean complete = r.nextInt(10) > 0;
            b.recordMaterials(complete ? EnumSet.allOf(BriefingMaterial.class)
                    : EnumSet.of(BriefingMaterial.PACKAGE_INSERT));
            b.recordRequests(complete ? EnumSet.allOf(BriefingRequest.class) : EnumSet.noneOf(BriefingRequest.class));
            b.markComplete(complete);
            work.add(b);
            made.merge(ScaleKind.BRIEFINGS, 1, Integer::sum);
        }
        work.flush();
        return made;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<ScaleKind, Integer> lots(ScalePlan plan, List<Long> facilityIds, int from, int to) {
        Map<ScaleKind, Integer> made = new EnumMap<>(ScaleKind.class);
        List<String> iv = stock.intravenousStrengths();
        LocalDate today = today();
        Instant now = clock.instant();
        for (int i = from; i < to; i++) {
            SplittableRandom r = random(plan, ScaleKind.LOTS, i);
            Facility f = anyOf(facilityIds, r);
            TocilizumabLot lot = new TocilizumabLot(f, YjCode.of(iv.get(r.nextInt(iv.size())), "yjCode"),
                    lotNumber(plan, i), today.plusDays(-60 + r.nextInt(780)));
            work.add(lot);
            work.add(new StockMovement(lot, MovementType.RECEIVED, 1 + r.nextInt(20), now, marker(plan)));
            made.merge(ScaleKind.LOTS, 1, Integer::sum);
            made.merge(ScaleKind.MOVEMENTS, 1, Integer::sum);
        }
        work.flush();
        return made;
    }

    /**
     * Orders {@code from}..{@code to}: order {@code i} is for the pair {@code i / ORDERS_PER_PAIR}. Each pair is
     * evaluated once per chunk, before anything is written (its facts do not change between the orders of one chunk);
     * each order stores its own decision, and an allowed order its shipment and, the first time, the pair's
     * first-delivery release.
     */
    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<ScaleKind, Integer> shipments(ScalePlan plan, List<Long> facilityIds, int from, int to) {
        Map<ScaleKind, Integer> made = new EnumMap<>(ScaleKind.class);
        List<ProductCode> codes = products.strengths();
        Instant now = clock.instant();
        // every read first: a query after the first persist would flush the growing unit of work each time
        Map<Integer, Evaluation> evaluated = new HashMap<>();
        for (int pair = from / ORDERS_PER_PAIR; pair <= (to - 1) / ORDERS_PER_PAIR; pair++) {
            SplittableRandom r = random(plan, ScaleKind.SHIPMENTS, pair);
            Facility f = anyOf(facilityIds, r);
            evaluated.put(pair, engine.evaluate(f, codes.get(r.nextInt(codes.size())), now, now));
        }
        work.flushAtCommit();
        Set<String> released = new HashSet<>();
        for (int i = from; i < to; i++) {
            int pair = i / ORDERS_PER_PAIR;
            Evaluation ev = evaluated.get(pair);
            EligibilityService.StoredPair stored = eligibility.store(ev, "SHIPMENT", null);
            made.merge(ScaleKind.DECISIONS, 1, Integer::sum);
            if (ev.decision().outcome() != DecisionOutcome.ELIGIBLE) {
                continue;
            }
            boolean releases = ev.decision().firstDelivery() == FirstDeliveryStatus.ACTIVE
                    && released.add(ev.facility().getId() + "/" + ev.productCode().getProduct().getId());
            Shipment s = new Shipment(key(plan, i), ev.facility(), ev.productCode().getProduct(),
                    ev.productCode().getYjCode(), 1 + random(plan, ScaleKind.DECISIONS, i).nextInt(4),
                    marker(plan) + "-ORDER-" + i, marker(plan), null, stored.stored(), now, releases);
            work.add(s);
            made.merge(ScaleKind.SHIPMENTS, 1, Integer::sum);
            if (releases) {
                work.add(new DeliveryRelease(s, now));
                made.merge(ScaleKind.RELEASES, 1, Integer::sum);
            }
        }
        work.flush();
        return made;
    }

    private List<Product> products() {
        return products.all();
    }

    /** @return one of the facilities, drawn with {@code r} */
    private Facility anyOf(List<Long> facilityIds, SplittableRandom r) {
        return work.find(Facility.class, facilityIds.get(r.nextInt(facilityIds.size())));
    }

    private LocalDate today() {
        return clock.instant().atZone(ClockProducer.JAPAN).toLocalDate();
    }

    private static SplittableRandom random(ScalePlan plan, ScaleKind kind, long i) {
        return new SplittableRandom(plan.seed() * 0x9E3779B97F4A7C15L + kind.ordinal() * 0x100000001B3L + i);
    }

    /** @return the marker of records generated with the plan's seed */
    static String marker(ScalePlan plan) {
        return "SCALE-" + plan.seed();
    }

    private static String key(ScalePlan plan, int i) {
        return marker(plan) + "-" + i;
    }

    private static String lotNumber(ScalePlan plan, int i) {
        return marker(plan) + "-L" + i;
    }
}
