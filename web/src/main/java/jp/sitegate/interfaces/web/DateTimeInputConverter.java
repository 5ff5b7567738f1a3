package jp.sitegate.interfaces.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import jp.sitegate.domain.shared.Wareki;

/**
 * Reads date-and-time fields (the check page's 確認日時, issue 14): every form {@link DateInputConverter} reads, then
 * {@code 14:05} or {@code 14時5分}, as {@link Wareki#parseDateTime(String)}; writes {@code 2028-03-31 14:05}.
 */
@FacesConverter(forClass = LocalDateTime.class)
public class DateTimeInputConverter implements Converter<LocalDateTime> {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * @return the local date-time, {@code null} for a blank field
     * @throws jakarta.faces.convert.ConverterException with {@code dateTime.unreadable} naming the field and the text
     */
    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Wareki.parseDateTime(value)
                .orElseThrow(() -> DateInputConverter.unreadable(component, value, "dateTime.unreadable"));
    }

    /** @return e.g. {@code 2028-03-31 14:05}; {@code ""} for none */
    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return value == null ? "" : SHOWN.format(value);
    }
}
