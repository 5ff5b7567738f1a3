package jp.sitegate.domain.model.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Issue 15: webhooks go to public addresses only, unless the setting names the host. */
class WebhookAddressesTest {
    private final WebhookAddresses policy = WebhookAddresses.of(null);

    @Test
    void internalAddressesAreRefused() {
        for (String host : new String[] {"127.0.0.1", "localhost", "10.1.2.3", "172.16.0.1", "192.168.1.1",
            "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1", "[::1]", "[fe80::1]", "[fd00::1]",
            "[::ffff:127.0.0.1]"}) {
            assertEquals(WebhookAddresses.Refusal.NOT_PUBLIC, policy.check(host), host);
        }
    }

    @Test
    void publicAddressesPassAndUnknownNamesAreRefused() {
        assertNull(policy.check("8.8.8.8"));
        assertNull(policy.check("[2001:4860:4860::8888]"));
        assertEquals(WebhookAddresses.Refusal.UNKNOWN_HOST, policy.check("no-such-host.invalid"));
    }

    @Test
    void theSettingAllowsNamedHosts() {
        WebhookAddresses tests = WebhookAddresses.of(" 127.0.0.1 , Receiver.Example ");
        assertNull(tests.check("127.0.0.1"));
        assertNull(tests.check("receiver.example"));
        assertEquals(WebhookAddresses.Refusal.NOT_PUBLIC, tests.check("10.0.0.1"));
    }
}
