package jp.sitegate.interfaces.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The user's language: Japanese by default, English selectable. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private Locale locale = Locale.JAPANESE;

    /** @return the current locale */
    public Locale getLocale() {
        return locale;
    }

    /** @return the language code (ja or en) */
    public String getLanguage() {
        return locale.getLanguage();
    }

    /** @return true when English is selected */
    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /**
     * @param language {@code ja} or {@code en}; anything else selects Japanese
     * @return {@code null} to stay on the page
     */
    public String change(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : Locale.JAPANESE;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        return null;
    }
}
