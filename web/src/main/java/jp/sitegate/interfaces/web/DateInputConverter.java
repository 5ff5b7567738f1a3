package jp.sitegate.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import jp.sitegate.domain.shared.Wareki;

/**
 * Reads every date field of the pages (issue 14): ISO {@code 2028-03-31}, {@code 2028/3/31}, {@code 20280331},
 * {@code 2028年3月31日} and 和暦 {@code 令和10年3月31日} / {@code R10.3.31}, as {@link Wareki#parse(String)} reads them;
 * writes ISO. Applies to every input whose value is a {@link LocalDate}.
 */
@FacesConverter(forClass = LocalDate.class)
public class DateInputConverter implements Converter<LocalDate> {

    /**
     * @return the day, or {@code null} for a blank field
     * @throws ConverterException with {@code date.unreadable} naming the field and the text, and the forms it reads
     */
    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Wareki.parse(value).orElseThrow(() -> unreadable(component, value, "date.unreadable"));
    }

    /** @return the day in ISO form, {@code ""} for none */
    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.toString();
    }

    /**
     * @param component the field (its {@code label} attribute, set by its p:outputLabel, names it)
     * @param value     what was typed
     * @param key       the message key in the {@code msg} bundle, with {0} the field and {1} the text
     * @return the error to throw
     */
    static ConverterException unreadable(UIComponent component, String value, String key) {
        Object label = component.getAttributes().get("label");
        String text = Messages.text(key, label == null ? "" : label, value.strip());
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
