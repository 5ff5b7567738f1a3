package jp.sitegate.infrastructure.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import jp.sitegate.domain.model.notification.WebhookAddresses;

/**
 * POSTs a webhook body with its signature ({@link WebhookSignature}), event name ({@code X-SiteGate-Event}) and
 * delivery id ({@code X-SiteGate-Delivery}); any 2xx answer is a delivery, anything else is retried. Redirects are
 * not followed; 10 s timeouts. Before every call the host is resolved and checked again ({@link WebhookAddresses},
 * issue 15: a name re-pointed at an internal address is refused), and a failure is described without host or port.
 */
public final class WebhookTransport {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final WebhookAddresses addresses;

    /** @param addresses where calls may go */
    public WebhookTransport(WebhookAddresses addresses) {
        this.addresses = addresses;
    }

    /**
     * @param url        the subscription's URL
     * @param secret     the subscription's secret
     * @param event      event name
     * @param deliveryId unique per outbound message (the same on every retry)
     * @param body       JSON body
     * @return the result with the HTTP status
     */
    public DeliveryResult post(String url, String secret, String event, String deliveryId, String body) {
        try {
            if (addresses.check(URI.create(url).getHost()) != null) {
                return new DeliveryResult(false, null, "refused: the address is not public");
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", "SiteGate")
                    .header("X-SiteGate-Event", event).header("X-SiteGate-Delivery", deliveryId)
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(secret, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new DeliveryResult(status >= 200 && status < 300, status, "HTTP " + status);
        } catch (IOException | IllegalArgumentException e) {
            // the kind of failure only: an exception's message can name hosts and ports of the network behind
            return new DeliveryResult(false, null, "failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryResult(false, null, "interrupted");
        }
    }
}
