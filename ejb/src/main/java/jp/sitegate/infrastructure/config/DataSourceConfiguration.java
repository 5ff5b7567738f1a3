package jp.sitegate.infrastructure.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's data source, {@code java:app/jdbc/sitegate}. URL, user, password and the JDBC data-source
 * class come from MicroProfile Config ({@code sitegate.db.url}, {@code sitegate.db.user},
 * {@code sitegate.db.password}, {@code sitegate.db.datasource}): environment variables
 * ({@code SITEGATE_DB_URL}, …) or {@code -D} system properties override the embedded H2 default in
 * {@code META-INF/microprofile-config.properties}. The pool validates every connection it hands out with JDBC 4
 * {@code Connection.isValid} (a round trip to the database; the former meta-data check passed on a dead MySQL
 * connection) and, when one is dead, replaces them all, so it recovers by itself after a database restart
 * ({@code DatabaseOutageIT}, issue 6). Leak detection (issue 15): a connection held longer than the longest request
 * (300 s) is logged with the stack trace of the code that took it.
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
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
            "fish.payara.fail-all-connections=true",
            // issue 15: a connection held for more than 300 s (the longest request, server-config.asadmin) is logged
            // with the stack that took it; it is not taken back, a long import keeps its transaction
            "fish.payara.connection-leak-timeout-in-seconds=300",
            "fish.payara.connection-leak-reclaim=false"
        })
@Singleton
public class DataSourceConfiguration {
}
