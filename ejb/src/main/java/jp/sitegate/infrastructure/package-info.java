/**
 * The infrastructure layer: what connects the domain to the outside — the data source and Flyway migrations at start-up
 * ({@code config}), the audit hash chain written by an EclipseLink listener ({@code audit}), the JPA adapters of the
 * domain's repository interfaces — every query SiteGate runs, {@code Jpa<Name>Repository} for each
 * {@code domain.model.*.<Name>Repository}, and the facts loader that reads a facility in a fixed number of queries
 * ({@code persistence}; issue 13) —, the bureau-list parser (Apache POI, Commons CSV; {@code importing}) and e-mail and webhook
 * transports ({@code notification}). It may use the domain; the domain never uses it (LayerRulesTest).
 */
package jp.sitegate.infrastructure;
