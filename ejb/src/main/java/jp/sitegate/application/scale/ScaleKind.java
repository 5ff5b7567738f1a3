package jp.sitegate.application.scale;

/**
 * The kinds of record the scale generator writes; each record is one audited insert or update, so the audit trail
 * grows by exactly the sum of the counts.
 */
public enum ScaleKind {
    /** A facility's capability declarations (体制の申告), one update per facility. */
    DECLARATIONS,
    /** Physicians. */
    PHYSICIANS,
    /** Employments, one per physician. */
    EMPLOYMENTS,
    /** Product trainings (製品研修), one or two per physician. */
    TRAININGS,
    /** MR briefings. */
    BRIEFINGS,
    /** Tocilizumab lots. */
    LOTS,
    /** Stock movements (the receipt of each lot). */
    MOVEMENTS,
    /** Stored eligibility decisions, one per shipment order. */
    DECISIONS,
    /** Shipments of orders the gate allowed. */
    SHIPMENTS,
    /** First-delivery releases (初回納品). */
    RELEASES
}
