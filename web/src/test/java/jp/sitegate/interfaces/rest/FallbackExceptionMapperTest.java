package jp.sitegate.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

/** A database out of reach answers 503 (issue 6), recognised wherever it sits in the cause chain. */
class FallbackExceptionMapperTest {
    @Test
    void connectionFailuresAnywhereInTheChainAreDatabaseUnavailable() {
        assertTrue(FallbackExceptionMapper.databaseUnavailable(new IllegalStateException("wrapped",
                new RuntimeException(new SQLNonTransientConnectionException("Connection refused")))));
        assertTrue(FallbackExceptionMapper.databaseUnavailable(new RuntimeException(
                new SQLException("Communications link failure", "08S01"))));
        assertFalse(FallbackExceptionMapper.databaseUnavailable(new RuntimeException(
                new SQLException("Duplicate entry", "23000"))));
        assertFalse(FallbackExceptionMapper.databaseUnavailable(new IllegalArgumentException("bug")));
        // the commit lost its connection: Payara's local-transaction resource says so with an XAException only
        javax.transaction.xa.XAException commit = new javax.transaction.xa.XAException(
                "jakarta.resource.spi.LocalTransactionException: Communications link failure");
        commit.errorCode = javax.transaction.xa.XAException.XAER_RMERR;
        assertTrue(FallbackExceptionMapper.databaseUnavailable(new RuntimeException(commit)));
        javax.transaction.xa.XAException heuristic = new javax.transaction.xa.XAException(
                javax.transaction.xa.XAException.XA_HEURMIX);
        assertFalse(FallbackExceptionMapper.databaseUnavailable(new RuntimeException(heuristic)));
    }
}
