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

    /** Issue 17: a cluster's data grid out of reach answers 503 too, whatever Hazelcast failure says so. */
    @Test
    void hazelcastFailuresOfAGridOutOfReachAreGridUnavailable() {
        assertTrue(FallbackExceptionMapper.gridUnavailable(new jakarta.ejb.EJBException(
                new com.hazelcast.core.HazelcastInstanceNotActiveException())));
        assertTrue(FallbackExceptionMapper.gridUnavailable(new IllegalStateException("wrapped",
                new com.hazelcast.core.OperationTimeoutException("no answer in 120 s"))));
        assertTrue(FallbackExceptionMapper.gridUnavailable(
                new com.hazelcast.spi.exception.TargetNotMemberException("partition owner left")),
                "a retryable failure, by its superclass");
        assertFalse(FallbackExceptionMapper.gridUnavailable(new com.hazelcast.nio.serialization
                .HazelcastSerializationException("a bug, not an outage")));
        assertFalse(FallbackExceptionMapper.gridUnavailable(new IllegalStateException("bug")));
    }
}
