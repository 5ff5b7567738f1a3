/**
 * The application layer: one {@code @Stateless} service per use case, in a package per use case (issue 13):
 * {@code gate} (the check, batch check, decision cache, product catalogue), {@code shipment} (shipments, supply
 * suspensions, patient checklists), {@code briefing}, {@code stock}, {@code facility} (declarations and confirmations,
 * physicians, partnerships), {@code importing} (bureau lists), {@code status} (re-evaluation on {@code FactsChanged}),
 * {@code notification} (inbox, outbox, webhooks) and {@code admin} (profiles, organisations, users, audit); the
 * authorization rules ({@code Authorization}, {@code AccessPolicy}, {@code Caller}) stay here, the view records in
 * {@code view}. Services read through the domain's repository interfaces and write through its {@code UnitOfWork}, injected
 * (their JPA adapters are in {@code infrastructure.persistence}); they hold no {@code EntityManager}, run no query
 * themselves and have no static helper over one (LayerRulesTest). Logic two services share is an {@code @ApplicationScoped} bean in the caller's
 * transaction ({@code EligibilityEngine}, {@code NotificationCenter}, {@code TocilizumabReadiness},
 * {@code Declarations}, {@code PatientChecklistGate}). Each public method checks who may call it ({@code Authorization}, {@code AccessPolicy}) and runs in one
 * transaction; JSF pages and REST resources call the same method with the same rule. It returns view records
 * ({@code application.view}) and never depends on an interface class (LayerRulesTest). A check flows
 * {@code FacilityResource.eligibility → gate.EligibilityService.check → gate.EligibilityEngine.evaluate →
 * FacilityFactsRepository.load (JpaFacilityFactsRepository) → CompiledRequirement.evaluate → IcuAccess.evaluate} (the criterion that reads the ICU
 * filings and the bureau lists' coverage).
 */
package jp.sitegate.application;
