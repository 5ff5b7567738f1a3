package jp.sitegate.interfaces.web;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import jp.sitegate.domain.model.eligibility.CriterionParameters.Kind;
import jp.sitegate.domain.model.eligibility.CriterionParameters.Parameter;
import jp.sitegate.domain.model.eligibility.RequirementType;
import jp.sitegate.domain.shared.Labelled;

/**
 * A requirement's criteria JSON (an array of {@code {"type": …, parameters…}}, REQUIREMENTS.md §4) as a form: one
 * group of fields per criterion, one field per parameter its {@link RequirementType} reads (issue 14: the composer
 * is a form per requirement type with Japanese labels; the JSON stays available to experts). Writing the form back
 * keeps every key it does not know and leaves absent what was absent and still at its default, so an untouched
 * requirement compares equal to the version it came from. Validation stays the server's ({@code CriteriaParser}).
 */
public final class CriteriaForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<Criterion> criteria;

    private CriteriaForm(List<Criterion> criteria) {
        this.criteria = criteria;
    }

    /**
     * @param json a criteria JSON array
     * @return its form
     * @throws IllegalArgumentException when it is not a JSON array of objects each naming a known {@code type}
     *                                  (the composer then keeps the requirement in the JSON editor)
     */
    public static CriteriaForm parse(String json) {
        JsonArray array;
        try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            array = reader.readArray();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("not a JSON array", e);
        }
        List<Criterion> out = new ArrayList<>();
        for (JsonValue v : array) {
            if (!(v instanceof JsonObject o) || !(o.get("type") instanceof JsonString t)) {
                throw new IllegalArgumentException("criterion without a type");
            }
            RequirementType type;
            try {
                type = RequirementType.valueOf(t.getString());
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException("unknown type " + t.getString(), unknown);
            }
            out.add(new Criterion(type, o));
        }
        return new CriteriaForm(out);
    }

    /** @return the criteria, in the JSON's order */
    public List<Criterion> getCriteria() {
        return criteria;
    }

    /** @return the form written back as a criteria JSON array */
    public String toJson() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        criteria.forEach(c -> a.add(c.toJson()));
        return a.build().toString();
    }

    /**
     * @param json    a criteria JSON array
     * @param english whether in English
     * @return its parameters in words, e.g. 「トシリズマブの在庫: トシリズマブの在庫量（mg 以上） 1600」, criteria
     *         separated by a line break; the JSON itself when it is not a form (unknown type or invalid)
     */
    public static String describe(String json, boolean english) {
        try {
            return parse(json).criteria.stream().map(c -> c.describe(english)).collect(Collectors.joining("\n"));
        } catch (IllegalArgumentException notAForm) {
            return json;
        }
    }

    /** One criterion of a requirement: its type and a field per parameter. */
    public static final class Criterion implements Serializable {
        private static final long serialVersionUID = 1L;
        private final RequirementType type;
        /** The criterion as read, as JSON text (keys the form does not know are written back unchanged). */
        private final String original;
        private final List<Field> fields;

        Criterion(RequirementType type, JsonObject json) {
            this.type = type;
            this.original = json.toString();
            this.fields = type.parameters().stream().map(p -> new Field(p, json.get(p.name()))).toList();
        }

        /** @return the requirement type */
        public RequirementType getType() {
            return type;
        }

        /** @return a field per parameter the type reads, in its order */
        public List<Field> getFields() {
            return fields;
        }

        JsonObject toJson() {
            JsonObject was;
            try (JsonReader reader = Json.createReader(new StringReader(original))) {
                was = reader.readObject();
            }
            JsonObjectBuilder b = Json.createObjectBuilder(was);
            for (Field f : fields) {
                JsonValue v = f.toJson(was.containsKey(f.parameter.name()));
                if (v == null) {
                    b.remove(f.parameter.name());
                } else {
                    b.add(f.parameter.name(), v);
                }
            }
            return b.build();
        }

        String describe(boolean english) {
            String set = fields.stream().filter(Field::isSet).map(f -> f.getLabel(english) + ": " + f.text(english))
                    .collect(Collectors.joining(english ? "; " : "、"));
            String name = english ? type.labelEn() : type.labelJa();
            return set.isEmpty() ? name : name + (english ? " — " : "（") + set + (english ? "" : "）");
        }
    }

    /** One value to choose, with its label. */
    public record Option(String value, String label) implements Serializable {
    }

    /**
     * One parameter's field. The form binds the member of its kind: {@link #getFlag()} (BOOLEAN),
     * {@link #getNumber()} (INTEGER, blank = absent), {@link #getChoice()} (CHOICE, blank = absent) or
     * {@link #getChoices()} (INTEGER_SET and CHOICE_SET, as strings).
     */
    public static final class Field implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Parameter parameter;
        private Boolean flag;
        private Integer number;
        private String choice;
        private List<String> choices = new ArrayList<>();

        Field(Parameter parameter, JsonValue value) {
            this.parameter = parameter;
            switch (parameter.kind()) {
                case BOOLEAN -> flag = value == null || value == JsonValue.NULL
                        ? (Boolean) parameter.fallback() : (Boolean) (value == JsonValue.TRUE);
                case INTEGER -> number = value instanceof JsonNumber n ? Integer.valueOf(n.intValue())
                        : (Integer) parameter.fallback();
                case CHOICE -> choice = value instanceof JsonString s ? s.getString() : null;
                default -> {
                    if (value instanceof JsonArray a) {
                        a.forEach(e -> choices.add(e instanceof JsonString s ? s.getString() : e.toString()));
                    }
                }
            }
        }

        /**
         * @param present whether the criterion as read had the key
         * @return the JSON value to write, or {@code null} to leave the key out (blank, or a default left alone)
         */
        JsonValue toJson(boolean present) {
            return switch (parameter.kind()) {
                case BOOLEAN -> flag == null || !present && flag.equals(parameter.fallback()) ? null
                        : flag ? JsonValue.TRUE : JsonValue.FALSE;
                case INTEGER -> number == null || !present && number.equals(parameter.fallback()) ? null
                        : Json.createValue(number);
                case CHOICE -> choice == null || choice.isBlank() ? null : Json.createValue(choice);
                case INTEGER_SET -> {
                    JsonArrayBuilder a = Json.createArrayBuilder();
                    choices.stream().map(Integer::parseInt).sorted().forEach(a::add);
                    yield present || !choices.isEmpty() ? a.build() : null;
                }
                case CHOICE_SET -> {
                    JsonArrayBuilder a = Json.createArrayBuilder();
                    options(false).stream().map(Option::value).filter(choices::contains).forEach(a::add);
                    yield present || !choices.isEmpty() ? a.build() : null;
                }
            };
        }

        boolean isSet() {
            return switch (parameter.kind()) {
                case BOOLEAN -> Boolean.TRUE.equals(flag);
                case INTEGER -> number != null;
                case CHOICE -> choice != null && !choice.isBlank();
                default -> !choices.isEmpty();
            };
        }

        String text(boolean english) {
            return switch (parameter.kind()) {
                case BOOLEAN -> english ? "yes" : "はい";
                case INTEGER -> String.valueOf(number);
                case CHOICE -> label(choice, english);
                default -> options(english).stream().filter(o -> choices.contains(o.value())).map(Option::label)
                        .collect(Collectors.joining(english ? ", " : "・"));
            };
        }

        private String label(String value, boolean english) {
            return options(english).stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst()
                    .orElse(value);
        }

        /** @return the parameter's JSON key */
        public String getName() {
            return parameter.name();
        }

        /** @return BOOLEAN, INTEGER, INTEGER_SET, CHOICE or CHOICE_SET, for the form to pick its input */
        public String getKind() {
            return parameter.kind().name();
        }

        /** @return whether the type refuses a criterion without it */
        public boolean isRequired() {
            return parameter.required();
        }

        /** @return the smallest integer allowed, or {@code null} */
        public Integer getMin() {
            return parameter.min();
        }

        /**
         * @param english whether in English
         * @return the parameter's label
         */
        public String getLabel(boolean english) {
            return english ? parameter.labelEn() : parameter.labelJa();
        }

        /**
         * @param english whether in English
         * @return the values to choose from: the enum's constants by their labels, or the integers min..max
         */
        public List<Option> options(boolean english) {
            if (parameter.kind() == Kind.INTEGER_SET) {
                return IntStream.rangeClosed(parameter.min(), parameter.max())
                        .mapToObj(i -> new Option(String.valueOf(i), String.valueOf(i))).toList();
            }
            if (parameter.values() == null) {
                return List.of();
            }
            return java.util.Arrays.stream(parameter.values().getEnumConstants()).map(e -> new Option(e.name(),
                    e instanceof Labelled l ? english ? l.labelEn() : l.labelJa() : e.name())).toList();
        }

        /** @return the flag of a BOOLEAN */
        public Boolean getFlag() {
            return flag;
        }

        /** @param flag the flag of a BOOLEAN */
        public void setFlag(Boolean flag) {
            this.flag = flag;
        }

        /** @return the integer of an INTEGER, or {@code null} when absent */
        public Integer getNumber() {
            return number;
        }

        /** @param number the integer of an INTEGER, or {@code null} to leave it out */
        public void setNumber(Integer number) {
            this.number = number;
        }

        /** @return the constant of a CHOICE, or {@code null} */
        public String getChoice() {
            return choice;
        }

        /** @param choice the constant of a CHOICE, or blank to leave it out */
        public void setChoice(String choice) {
            this.choice = choice;
        }

        /** @return the chosen values of a set, as strings */
        public List<String> getChoices() {
            return choices;
        }

        /** @param choices the chosen values of a set */
        public void setChoices(List<String> choices) {
            this.choices = choices == null ? new ArrayList<>() : new ArrayList<>(choices);
        }

        @Override
        public String toString() {
            return parameter.name() + "=" + Objects.toString(isSet() ? text(false) : null);
        }
    }
}
