package jp.sitegate.application;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.Reason;

/**
 * Runs the Bean Validation constraints of a command or DTO (issue 13: one place per rule — the limits are written
 * once, on the record's components, and checked against the schema by a test). A refusal names the property and
 * says why in Japanese and English from {@code ValidationMessages_ja.properties} and {@code ValidationMessages.properties}.
 *
 * <p>A constraint's {@code message} is a bundle key in braces, e.g. {@code "{shipment.quantity}"}; in the bundle's
 * text {@code {max}} is an attribute of the violated constraint or, failing that, of another constraint on the same
 * property, and {@code {Max.value}} names the constraint too — so a message that covers {@code @NotBlank} and
 * {@code @Size} can say the maximum once. No expression language is used.
 */
public final class Commands {
    private static final String BUNDLE = "ValidationMessages";
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+(?:\\.[A-Za-z]+)?)\\}");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new Verbatim()).buildValidatorFactory().getValidator();

    private Commands() {
    }

    /**
     * @param command a command or DTO (not {@code null})
     * @throws InvalidInputException naming the first violated property (in the record's order) with its message
     */
    public static void validate(Object command) {
        validate(command, Map.of());
    }

    /**
     * @param command    a command or DTO (not {@code null})
     * @param fieldNames the field to name in the error for a property the caller's input calls otherwise (e.g. the
     *                   header {@code Idempotency-Key} for {@code idempotencyKey})
     * @throws InvalidInputException naming the first violated property (in the record's order) with its message
     */
    public static void validate(Object command, Map<String, String> fieldNames) {
        List<String> order = components(command.getClass());
        ConstraintViolation<Object> first = VALIDATOR.validate(command).stream()
                .min(Comparator.comparingInt((ConstraintViolation<Object> v) -> position(order, v))
                        .thenComparing(v -> v.getConstraintDescriptor().getAnnotation().annotationType().getName()))
                .orElse(null);
        if (first == null) {
            return;
        }
        String property = first.getPropertyPath().toString();
        Map<String, Object> attributes = attributes(command.getClass(), property, first.getConstraintDescriptor());
        String key = first.getMessageTemplate().replaceAll("^\\{|\\}$", "");
        throw new InvalidInputException(fieldNames.getOrDefault(property, property),
                new Reason(text(Locale.JAPANESE, key, attributes), text(Locale.ROOT, key, attributes)));
    }

    /**
     * @param type a command class
     * @return the bean metadata of its constraints (for the tests that check them against the schema)
     */
    public static jakarta.validation.metadata.BeanDescriptor constraintsOf(Class<?> type) {
        return VALIDATOR.getConstraintsForClass(type);
    }

    /**
     * @param locale {@link Locale#JAPANESE} or {@link Locale#ROOT} (English)
     * @param key    a key of the validation messages
     * @param attributes the values its parameters name
     * @return the message in that language
     */
    static String text(Locale locale, String key, Map<String, Object> attributes) {
        String template = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        Matcher m = PARAMETER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object v = attributes.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : String.valueOf(v)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * @param type     a command class
     * @param property one of its properties
     * @param own      the violated constraint
     * @return the values a message may name: the constraint's attributes, then other constraints' on the property
     */
    static Map<String, Object> attributes(Class<?> type, String property, ConstraintDescriptor<?> own) {
        Map<String, Object> out = new HashMap<>();
        PropertyDescriptor p = VALIDATOR.getConstraintsForClass(type).getConstraintsForProperty(property);
        if (p != null) {
            for (ConstraintDescriptor<?> d : p.getConstraintDescriptors()) {
                String name = d.getAnnotation().annotationType().getSimpleName();
                d.getAttributes().forEach((k, v) -> {
                    out.put(name + "." + k, v);
                    out.putIfAbsent(k, v);
                });
            }
        }
        out.putAll(own.getAttributes());
        return out;
    }

    private static List<String> components(Class<?> type) {
        RecordComponent[] rc = type.getRecordComponents();
        return rc == null ? List.of() : Arrays.stream(rc).map(RecordComponent::getName).toList();
    }

    private static int position(List<String> order, ConstraintViolation<?> v) {
        String root = v.getPropertyPath().iterator().next().getName();
        int i = order.indexOf(root);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** Leaves the template as written: {@link Commands} resolves it once per language. */
    private static final class Verbatim implements MessageInterpolator {
        @Override
        public String interpolate(String messageTemplate, Context context) {
            return messageTemplate;
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale locale) {
            return messageTemplate;
        }
    }
}
