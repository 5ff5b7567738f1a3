/**
 * The domain layer: what SiteGate is about, in the field's terms (REQUIREMENTS.md's table) — facilities with their ICU
 * filings, partners and declarations, physicians, briefings, tocilizumab lots, products with their versioned
 * requirement profiles, shipments and supply suspensions, statuses, organisations and users; and the eligibility rules
 * themselves ({@code model.eligibility}: one {@code Criterion} per requirement type, evaluated over a
 * {@code FacilityFacts} snapshot into structured findings and evidence). JPA entities, value objects and, per aggregate,
 * a narrow repository interface ({@code FacilityRepository}, {@code PhysicianRepository}, …; issue 13) that the
 * application is given and infrastructure implements; it
 * depends on nothing of {@code application}, {@code infrastructure} or {@code interfaces} (LayerRulesTest enforces it).
 * {@code domain.shared} holds the exceptions, the {@code UnitOfWork} the application writes through, {@code Slice} (a page as a repository reads it) and the audit markers ({@code NotAudited}, {@code AuditedAsDigest}).
 */
package jp.sitegate.domain;
