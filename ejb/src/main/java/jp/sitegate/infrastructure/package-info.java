/**
 * The infrastructure layer: what connects the domain to the outside — the data source and Flyway migrations at start-up
 * ({@code config}), the audit hash chain written by an EclipseLink listener ({@code audit}), the facts loader's queries
 * ({@code persistence}), the bureau-list parser (Apache POI, Commons CSV; {@code importing}) and e-mail and webhook
 * transports ({@code notification}). It may use the domain; the domain never uses it (LayerRulesTest).
 */
package jp.sitegate.infrastructure;
