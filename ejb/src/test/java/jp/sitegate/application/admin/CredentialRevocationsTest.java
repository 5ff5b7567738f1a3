package jp.sitegate.application.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Issue 15: a revocation ends what was verified before or at it; a verification stamped after it (a login, or the
 * session of the user who changed their own password) survives it even within the same millisecond.
 */
class CredentialRevocationsTest {

    @Test
    void aVerificationStampedAfterARevocationSurvivesItAndAnEarlierOneDoesNot() {
        CredentialRevocations r = new CredentialRevocations();
        long before = r.verifiedNow("mr9");
        assertFalse(r.revokedSince("mr9", before), "nothing revoked yet");
        r.revoke("mr9");
        assertTrue(r.revokedSince("mr9", before), "verified before (or in the millisecond of) the change");
        long after = r.verifiedNow("mr9");
        assertFalse(r.revokedSince("mr9", after), "stamped after the change, even in its millisecond");
        assertFalse(r.revokedSince("ds1", before), "another user's change does not count");
    }
}
