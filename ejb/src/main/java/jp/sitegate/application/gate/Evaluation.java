package jp.sitegate.application.gate;

import jp.sitegate.domain.model.eligibility.Decision;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.product.ProductCode;
import jp.sitegate.domain.model.product.RequirementProfile;

/**
 * A decision with the entities it was made for, so it can be stored.
 *
 * @param decision    the decision
 * @param facility    the facility
 * @param productCode the product strength asked for
 * @param profile     the profile version used
 * @param facts       the facts it was decided on (as loaded for the moment evaluated)
 */
public record Evaluation(Decision decision, Facility facility, ProductCode productCode, RequirementProfile profile,
        jp.sitegate.domain.model.eligibility.FacilityFacts facts) {
}
