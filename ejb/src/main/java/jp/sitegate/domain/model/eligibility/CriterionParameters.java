package jp.sitegate.domain.model.eligibility;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import jp.sitegate.domain.shared.InvalidInputException;

/**
 * Typed, validated access to one criterion's JSON parameters. Every error names the parameter as
 * {@code criteria[i].name} so a safety manager composing a profile sees which value is wrong.
 */
public final class CriterionParameters {
    private final JsonObject json;
    private final String path;
    private final Consumer<Parameter> reads;

    /** How a parameter's value is written in the criteria JSON (issue 14: the composer's form per type). */
    public enum Kind {
        /** {@code true} or {@code false}. */
        BOOLEAN,
        /** An integer ≥ {@link Parameter#min()}. */
        INTEGER,
        /** A non-empty array of integers in [{@link Parameter#min()}, {@link Parameter#max()}]. */
        INTEGER_SET,
        /** One constant of {@link Parameter#values()}. */
        CHOICE,
        /** A non-empty array of constants of {@link Parameter#values()}. */
        CHOICE_SET
    }

    /**
     * One parameter a requirement type reads, as {@link RequirementType#parameters()} lists it for the profile
     * composer. Its labels are {@code Parameter.<name>} in the domain's {@code Labels} bundles.
     *
     * @param name     the JSON key, e.g. {@code minMg}
     * @param kind     how its value is written
     * @param required whether the type refuses a criterion without it
     * @param min      smallest integer (INTEGER, INTEGER_SET), else {@code null}
     * @param max      largest integer (INTEGER_SET), else {@code null}
     * @param fallback the value used when absent (a Boolean or an Integer), or {@code null} for none
     * @param values   the enum of a CHOICE or CHOICE_SET, else {@code null}
     */
    public record Parameter(String name, Kind kind, boolean required, Integer min, Integer max, Object fallback,
            Class<? extends Enum<?>> values) implements jp.sitegate.domain.shared.Labelled, java.io.Serializable {
    }

    /**
     * @param json the criterion object
     * @param path its position, e.g. {@code LUN-FAC-3.criteria[0]}
     */
    public CriterionParameters(JsonObject json, String path) {
        this(json, path, null);
    }

    private CriterionParameters(JsonObject json, String path, Consumer<Parameter> reads) {
        this.json = json;
        this.path = path;
        this.reads = reads;
    }

    /**
     * Parameters that also tell {@code reads} every parameter a type asks for, so that the composer's form lists
     * exactly what {@link RequirementType#create} reads (one place defines a type's parameters).
     *
     * @param json  a valid criterion object (the type's template)
     * @param reads receives each parameter as it is read
     * @return the recording parameters
     */
    static CriterionParameters recording(JsonObject json, Consumer<Parameter> reads) {
        return new CriterionParameters(json, "template", reads);
    }

    private void read(String name, Kind kind, boolean required, Integer min, Integer max, Object fallback,
            Class<? extends Enum<?>> values) {
        if (reads != null) {
            reads.accept(new Parameter(name, kind, required, min, max, fallback, values));
        }
    }

    private InvalidInputException error(String name, String key, Object... args) {
        return InvalidInputException.of(path + "." + name, key, args);
    }

    /**
     * @param name     parameter
     * @param fallback value when absent
     * @return the boolean
     * @throws InvalidInputException when present but not a boolean
     */
    public boolean bool(String name, boolean fallback) {
        read(name, Kind.BOOLEAN, false, null, null, fallback, null);
        JsonValue v = json.get(name);
        if (v == null || v == JsonValue.NULL) {
            return fallback;
        }
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        throw error(name, "criteria.true-false");
    }

    /**
     * @param name parameter
     * @param min  smallest allowed value
     * @return the integer, or {@code null} when absent
     * @throws InvalidInputException when not an integer ≥ {@code min}
     */
    public Integer optionalInt(String name, int min) {
        return optionalInt(name, min, null);
    }

    private Integer optionalInt(String name, int min, Integer fallback) {
        read(name, Kind.INTEGER, false, min, null, fallback, null);
        JsonValue v = json.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonNumber n) || !n.isIntegral() || n.intValue() < min) {
            throw error(name, "criteria.integer", min);
        }
        return n.intValue();
    }

    /**
     * @param name     parameter
     * @param min      smallest allowed value
     * @param fallback value when absent
     * @return the integer
     * @throws InvalidInputException when not an integer ≥ {@code min}
     */
    public int integer(String name, int min, int fallback) {
        Integer v = optionalInt(name, min, fallback);
        return v == null ? fallback : v;
    }

    /**
     * @param name parameter
     * @param min  smallest element
     * @param max  largest element
     * @return the integers (not empty)
     * @throws InvalidInputException when absent, empty or out of range
     */
    public List<Integer> intList(String name, int min, int max) {
        read(name, Kind.INTEGER_SET, true, min, max, null, null);
        JsonValue v = json.get(name);
        if (!(v instanceof JsonArray a) || a.isEmpty()) {
            throw error(name, "criteria.non-empty-array-integers", min, max);
        }
        List<Integer> out = new ArrayList<>();
        for (JsonValue e : a) {
            if (!(e instanceof JsonNumber n) || !n.isIntegral() || n.intValue() < min || n.intValue() > max) {
                throw error(name, "criteria.non-empty-array-integers", min, max);
            }
            out.add(n.intValue());
        }
        return out;
    }

    /**
     * @param name parameter
     * @param type enum type
     * @param <E>  enum
     * @return the constant, or {@code null} when absent
     * @throws InvalidInputException when not a constant of {@code type}
     */
    public <E extends Enum<E>> E optionalEnum(String name, Class<E> type) {
        read(name, Kind.CHOICE, false, null, null, null, type);
        return enumValue(name, type);
    }

    private <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        JsonValue v = json.get(name);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        return toEnum(name, v, type);
    }

    /**
     * @param name parameter
     * @param type enum type
     * @param <E>  enum
     * @return the constant
     * @throws InvalidInputException when absent or unknown
     */
    public <E extends Enum<E>> E requiredEnum(String name, Class<E> type) {
        read(name, Kind.CHOICE, true, null, null, null, type);
        E e = enumValue(name, type);
        if (e == null) {
            throw error(name, "criteria.required", allowed(type));
        }
        return e;
    }

    /**
     * @param name parameter
     * @param type enum type
     * @param <E>  enum
     * @return the constants (not empty)
     * @throws InvalidInputException when absent, empty or containing an unknown name
     */
    public <E extends Enum<E>> Set<E> enumSet(String name, Class<E> type) {
        read(name, Kind.CHOICE_SET, true, null, null, null, type);
        JsonValue v = json.get(name);
        if (!(v instanceof JsonArray a) || a.isEmpty()) {
            throw error(name, "criteria.non-empty-array", allowed(type));
        }
        Set<E> out = EnumSet.noneOf(type);
        for (JsonValue e : a) {
            out.add(toEnum(name, e, type));
        }
        return out;
    }

    private <E extends Enum<E>> E toEnum(String name, JsonValue v, Class<E> type) {
        if (v instanceof JsonString s) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(s.getString())) {
                    return e;
                }
            }
        }
        throw error(name, "criteria.unknown-value-allowed", allowed(type));
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return String.join(", ", EnumSet.allOf(type).stream().map(Enum::name).toList());
    }
}
