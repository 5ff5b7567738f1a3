package jp.sitegate.infrastructure.notification;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;

/** Sends notification e-mails through the configured SMTP server with Jakarta Mail (UTF-8 text). */
public final class MailTransport {
    private final MailSettings settings;
    private final Session session;

    /** @param settings SMTP settings; must be {@linkplain MailSettings#enabled() enabled} */
    public MailTransport(MailSettings settings) {
        this.settings = settings;
        Authenticator auth = settings.user() == null ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.user(), settings.password());
            }
        };
        this.session = Session.getInstance(settings.properties(), auth);
    }

    /**
     * @param to      recipient address
     * @param subject subject (UTF-8)
     * @param text    plain text body (UTF-8)
     * @param sentAt  the Date header
     * @return delivered, or not with the SMTP error
     */
    public DeliveryResult send(String to, String subject, String text, java.time.Instant sentAt) {
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(settings.from()));
            m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
            m.setSubject(subject, StandardCharsets.UTF_8.name());
            m.setText(text, StandardCharsets.UTF_8.name());
            m.setSentDate(Date.from(sentAt));
            Transport.send(m);
            return new DeliveryResult(true, null, "accepted by " + settings.host() + ":" + settings.port());
        } catch (MessagingException e) {
            return new DeliveryResult(false, null, "SMTP " + settings.host() + ":" + settings.port() + ": " + e);
        }
    }
}
