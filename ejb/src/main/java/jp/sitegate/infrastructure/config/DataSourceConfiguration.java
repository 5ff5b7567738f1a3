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
 * ({@code DatabaseOutageIT}, issue 6), validating each at most every 2 s. No statement cache here: Payara's
 * handed the embedded H2 closed statements; on MySQL, Connector/J's own ({@code cachePrepStmts=true} in the URL,
 * README) keeps each connection's parsed statements (issue 16). No leak detection: Payara's serialises every
 * checkout (issue 16's measurement).
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
            // issue 16: a connection is validated at most once every 2 s (a round trip and a class lookup each time,
            // 13 % of a check); a database that stops is still noticed at the first checkout 2 s after its last use
            "fish.payara.validate-atmost-once-period-in-seconds=2",
            // no leak detection (issue 15 asked for it, issue 16 measured it): Payara's detector takes one lock for
            // the whole pool at every checkout and return and a stack trace at every checkout; with 32 clients the
            // checks waited 346 s on it in 15 s (JFR, BENCHMARKS.md). To find a leak, add for a while
            // "fish.payara.connection-leak-timeout-in-seconds=300"
        })
@Singleton
public class DataSourceConfiguration {
}
