package jp.sitegate.domain.model.product;

/** How deliveries of a product are gated (流通管理). */
public enum DistributionPolicy {
    /** Gate until the first permitted delivery; later deliveries unrestricted (LUN-DST-1, LUN-DST-2). */
    FIRST_DELIVERY_ONLY,
    /** Every delivery is gated. */
    EVERY_DELIVERY,
    /**
     * Every delivery is gated and is one patient's (issue 12, CAR-T cell products such as Abecma): each shipment names
     * a checklist of the patient criteria (optimal-use guideline 5. 投与対象となる患者) that the facility recorded for
     * that patient, or is refused (ABE-PAT-1).
     */
    PER_PATIENT
}
