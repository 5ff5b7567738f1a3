package jp.sitegate.domain.model.notification;

import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.product.Product;
import jp.sitegate.domain.shared.Text;

/**
 * The content of a notification before it is addressed: the same text goes to the inbox and by e-mail.
 *
 * @param kind     what it is about
 * @param severity how urgent
 * @param facility the facility concerned, or {@code null}
 * @param product  the product concerned, or {@code null}
 * @param subject  one line, Japanese then English, ≤ 300 characters
 * @param body     the text, Japanese then English
 * @param dedupKey identical keys reach a recipient once (≤ 200 characters)
 */
public record NotificationMessage(NotificationKind kind, Severity severity, Facility facility, Product product,
        String subject, String body, String dedupKey) {

    /** Truncates the subject to its column. */
    public NotificationMessage {
        subject = Text.clip(subject, 300);
    }
}
