package jp.sitegate.infrastructure.notification;

import java.util.Optional;
import java.util.Properties;

/**
 * SMTP settings for notification e-mails (README "Notifications"), read from MicroProfile Config:
 * {@code sitegate.mail.smtp.host} (no host: e-mail is off and the inbox alone is used),
 * {@code sitegate.mail.smtp.port} (25), {@code sitegate.mail.smtp.user} and {@code .password} (optional),
 * {@code sitegate.mail.smtp.starttls} (false), {@code sitegate.mail.from} (sitegate@localhost).
 *
 * @param host     SMTP host, or {@code null} when e-mail is off
 * @param port     SMTP port
 * @param user     login, or {@code null}
 * @param password password, or {@code null}
 * @param startTls whether to require STARTTLS
 * @param from     sender address
 */
public record MailSettings(String host, int port, String user, String password, boolean startTls, String from) {

    /** @return true when an SMTP host is configured */
    public boolean enabled() {
        return host != null && !host.isBlank();
    }

    /** @return Jakarta Mail session properties (10 s timeouts) */
    public Properties properties() {
        Properties p = new Properties();
        p.put("mail.transport.protocol", "smtp");
        p.put("mail.smtp.host", host);
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "10000");
        p.put("mail.smtp.writetimeout", "10000");
        p.put("mail.smtp.auth", String.valueOf(user != null));
        p.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        p.put("mail.smtp.starttls.required", String.valueOf(startTls));
        return p;
    }

    /**
     * @param host     SMTP host or empty
     * @param port     port or empty (25)
     * @param user     login or empty
     * @param password password or empty
     * @param startTls STARTTLS or empty (false)
     * @param from     sender or empty (sitegate@localhost)
     * @return the settings
     */
    public static MailSettings of(Optional<String> host, Optional<Integer> port, Optional<String> user,
            Optional<String> password, Optional<Boolean> startTls, Optional<String> from) {
        return new MailSettings(host.filter(h -> !h.isBlank()).orElse(null), port.orElse(25),
                user.filter(u -> !u.isBlank()).orElse(null), password.orElse(null), startTls.orElse(false),
                from.filter(f -> !f.isBlank()).orElse("sitegate@localhost"));
    }
}
