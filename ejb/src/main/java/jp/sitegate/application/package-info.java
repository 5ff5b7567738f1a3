/**
 * The application layer: one {@code @Stateless} service per use case (the gate and batch check, shipments, briefings,
 * stock, declarations and confirmations, bureau-list import, statuses and notifications, profiles, organisations and
 * users). Each public method checks who may call it ({@code Authorization}, {@code AccessPolicy}) and runs in one
 * transaction; JSF pages and REST resources call the same method with the same rule. It returns view records
 * ({@code application.view}) and never depends on an interface class (LayerRulesTest). A check flows
 * {@code FacilityResource.eligibility → EligibilityService.check → EligibilityEngine.evaluate →
 * FacilityFactsLoader.load → CompiledRequirement.evaluate → IcuAccess.evaluate} (the criterion that reads the ICU
 * filings and the bureau lists' coverage).
 */
package jp.sitegate.application;
