package jp.sitegate.infrastructure.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's data source, {@code java:app/jdbc/sitegate}. URL, user, password and the JDBC data-source
 * class come from MicroProfile Config ({@code sitegate.db.url}, {@code sitegate.db.user},
 * {@code sitegate.db.password}, {@code sitegate.db.datasource}): environment variables
 * ({@code SITEGATE_DB_URL}, …) or {@code -D} system properties override the embedded H2 default in
 * {@code META-INF/microprofile-config.properties}. The pool validates connections so it recovers by itself
 * after a database restart.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/sitegate",
        className = "${MPCONFIG=sitegate.db.datasource}",
        url = "${MPCONFIG=sitegate.db.url}",
        user = "${MPCONFIG=sitegate.db.user}",
        password = "${MPCONFIG=sitegate.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
public class DataSourceConfiguration {
}
