package jp.sitegate.domain.model.facility;

/** JSTCT transplant-facility category or clinical-trial site (ABE-FAC-1). */
public enum TransplantCategory implements jp.sitegate.domain.shared.Labelled {
    /** All items of the JSTCT accreditation criteria. */
    CATEGORY_1,
    /** All items except nurses (3.3.1, 3.3.2), accredited physician (3.2.1) and coordinator (3.4.3). */
    CATEGORY_2,
    /** As category 2, also without the transplant record (4.1, 4.2). */
    CATEGORY_3,
    /** A site of the product's clinical trials. */
    TRIAL_SITE,
    /** Declared as none of the above. */
    NONE;
}
