package jp.sitegate.domain.model.eligibility;

/**
 * Decisions stored with a shipment or on request (REQUIREMENTS.md §7), as made (issue 13: the JPA adapter is
 * {@code infrastructure.persistence.JpaDecisionRepository}).
 */
public interface DecisionRepository {

    /**
     * @param blockedOnly    only NOT_ELIGIBLE decisions
     * @param manufacturerId only decisions about this manufacturer's products, or {@code 0} for all
     * @param sorting        by decidedAt, facility, product or outcome (issue 14), or {@code Sorting.NONE} for
     *                       newest first
     * @param first          index of the first row
     * @param max            at most this many rows
     * @return the decisions with facility and product in that order (newest first among equals), and how many
     *         match
     * @throws jp.sitegate.domain.shared.InvalidInputException naming {@code sort} for another column
     */
    jp.sitegate.domain.shared.Slice<StoredDecision> page(boolean blockedOnly, long manufacturerId,
            jp.sitegate.domain.shared.Sorting sorting, int first, int max);

    /**
     * @param product a product
     * @return codes of the facilities in the product's programme: briefed for it or shipped it
     */
    java.util.SortedSet<String> programmeFacilities(jp.sitegate.domain.model.product.Product product);
}
