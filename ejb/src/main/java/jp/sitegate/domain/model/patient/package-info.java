/**
 * Domain layer, patients (issue 12): the facility's per-patient checklist of a CAR-T product's optimal-use guideline
 * section 5 (投与対象となる患者), which a per-patient delivery names. A patient is known only by the registry's
 * pseudonymous id; no other personal data is kept.
 */
package jp.sitegate.domain.model.patient;
