package jp.sitegate.infrastructure.notification;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * POSTs a webhook body with its signature ({@link WebhookSignature}), event name ({@code X-SiteGate-Event}) and
 * delivery id ({@code X-SiteGate-Delivery}); any 2xx answer is a delivery, anything else is retried. Redirects are
 * not followed; 10 s timeouts.
 */
public final class WebhookTransport {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

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
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", "SiteGate")
                    .header("X-SiteGate-Event", event).header("X-SiteGate-Delivery", deliveryId)
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(secret, body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return new DeliveryResult(status >= 200 && status < 300, status, "HTTP " + status);
        } catch (IOException | IllegalArgumentException e) {
            return new DeliveryResult(false, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new DeliveryResult(false, null, "interrupted");
        }
    }
}
