/**
 * The interfaces layer (the web module): thin JSF backing beans ({@code web}), the REST API with its OpenAPI document
 * ({@code rest}) and Jakarta Security ({@code security}). Every write a page can do is also a REST endpoint, and both
 * call the same application-service method, which holds the authorization rule. No JPA here and no new dependency on
 * entities (LayerRulesTest; the existing ones are frozen in {@code web/src/test/resources/archunit_store}).
 */
package jp.sitegate.interfaces;
