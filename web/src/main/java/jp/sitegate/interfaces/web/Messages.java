package jp.sitegate.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Adds Faces messages from the {@code msg} bundle, or from a domain error in the user's language. */
final class Messages {
    private Messages() {
    }

    static String text(String key, Object... args) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        ResourceBundle b = ctx.getApplication().getResourceBundle(ctx, "msg");
        return MessageFormat.format(b.getString(key), args);
    }

    static void error(String clientId, String summary) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
    }

    /**
     * Shows a domain error in the user's language at the component it concerns.
     *
     * @param clientId component client id, or {@code null} for a global message
     * @param e        the error
     */
    static void error(String clientId, jp.sitegate.domain.shared.DomainException e) {
        error(clientId, reason(e));
    }

    /**
     * @param e a domain error
     * @return its reason in the user's chosen language (Japanese unless English was chosen)
     */
    static String reason(jp.sitegate.domain.shared.DomainException e) {
        return english() ? e.reasonEn() : e.reasonJa();
    }

    /** @return whether the user chose English (the session's {@link LocaleBean}), for beans outside EL */
    static boolean english() {
        return jakarta.enterprise.inject.spi.CDI.current().select(LocaleBean.class).get().isEnglish();
    }

    static void info(String summary) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    /**
     * @param clientId component client id, or {@code null} for a global message
     * @param summary  the warning, in the user's language
     */
    static void warn(String clientId, String summary) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_WARN, summary, null));
    }
}
