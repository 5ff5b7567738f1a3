package jp.sitegate.application.gate;

import java.util.HashMap;
import java.util.Map;
import jp.sitegate.domain.model.eligibility.FacilityFacts;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.product.ProductCode;
import jp.sitegate.domain.model.product.RequirementProfile;

/**
 * What one chunk of a batch check reads once for all its lines, all as of the same moment and in the same
 * transaction (issue 6, 10,000 lines in under 3 s): facilities by code, product strengths by YJ code, the profile
 * in force by product, each facility's facts (the briefings, the only part that is a product's own, are read
 * per product) and its supply suspensions (issue 11). Issue 16: {@link EligibilityEngine#prefetch} reads all of
 * it for a chunk's facilities and products set-wise (facilities, facts, suspensions and first-delivery releases in
 * one query each) before the lines are decided in memory. Not shared between transactions.
 */
final class BatchScope {
    final Map<String, Facility> facilities = new HashMap<>();
    final Map<String, ProductCode> productCodes = new HashMap<>();
    final Map<Long, RequirementProfile> profiles = new HashMap<>();
    final Map<Long, FacilityFacts> facts = new HashMap<>();
    final Map<Long, java.util.List<jp.sitegate.domain.model.shipment.SupplySuspension>> suspensions = new HashMap<>();
    /** Facility id → product id → facts, read by {@link EligibilityEngine#prefetch}. */
    final Map<Long, Map<Long, FacilityFacts>> prefetched = new HashMap<>();
    /** Facility id → product id → first-delivery releases; {@code null} until prefetched. */
    Map<Long, Map<Long, java.util.List<java.time.Instant>>> releases;
}
