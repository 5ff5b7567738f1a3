/**
 * The interfaces layer (the web module): thin JSF backing beans ({@code web}), the REST API with its OpenAPI document
 * ({@code rest}) and Jakarta Security ({@code security}). Every write a page can do is also a REST endpoint, and both
 * call the same application-service method, which holds the authorization rule. No JPA here and no entity: pages and REST
 * read the application's view records (LayerRulesTest).
 */
package jp.sitegate.interfaces;
