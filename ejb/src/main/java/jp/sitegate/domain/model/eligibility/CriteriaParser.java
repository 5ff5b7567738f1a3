package jp.sitegate.domain.model.eligibility;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import jp.sitegate.domain.shared.InvalidInputException;

/**
 * Reads a requirement's criteria JSON (an array of {@code {"type": RequirementType, ...parameters}}) into
 * criteria, validating every type and parameter.
 */
public final class CriteriaParser {
    private CriteriaParser() {
    }

    /**
     * @param requirementId the requirement, used in error field names
     * @param json          the criteria JSON array text
     * @return the criteria, not empty
     * @throws InvalidInputException naming {@code <requirementId>.criteria[i].<parameter>} when invalid
     */
    public static List<Criterion> parse(String requirementId, String json) {
        String field = requirementId + ".criteria";
        JsonArray array;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            array = reader.readArray();
        } catch (JsonException | IllegalStateException e) {
            throw InvalidInputException.of(field, "criteria.criteria-json-array");
        }
        if (array.isEmpty()) {
            throw InvalidInputException.of(field, "criteria.criteria-not-empty");
        }
        List<Criterion> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = field + "[" + i + "]";
            JsonValue v = array.get(i);
            if (!(v instanceof JsonObject o) || !(o.get("type") instanceof JsonString t)) {
                throw InvalidInputException.of(path + ".type", "criteria.criterion-needs-type");
            }
            RequirementType type;
            try {
                type = RequirementType.valueOf(t.getString());
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of(path + ".type", "criteria.unknown-requirement-type", t.getString());
            }
            out.add(type.create(new CriterionParameters(o, path)));
        }
        return out;
    }
}
