package jp.sitegate.infrastructure.persistence;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.sitegate.domain.model.eligibility.FacilityFacts;
import jp.sitegate.domain.model.facility.Capability;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.facility.TransplantCategory;
import jp.sitegate.infrastructure.audit.AuditHash;

/**
 * A facility's declarations (capabilities, ICU-equivalent, JSTCT category, beds) as they stood at a past moment
 * (issue 5, decisions as of a past moment). The facility row holds only today's values; every change is in the
 * audit trail with its before values, so the value at moment T is the "before" of the first change after T, or
 * today's value when nothing changed since. One SELECT.
 */
public final class DeclarationHistory {
    private static final Map<String, Capability> CAPABILITIES = Map.of("contact24h", Capability.CONTACT_24H,
            "care24h", Capability.CARE_24H, "sameDayLabResults", Capability.SAME_DAY_LAB_RESULTS,
            "apheresisTeam", Capability.APHERESIS_TEAM, "apheresisMonitoring", Capability.APHERESIS_MONITORING,
            "registryPms", Capability.REGISTRY_PMS, "informationManager", Capability.INFORMATION_MANAGER,
            "teamCare", Capability.TEAM_CARE, "specialistSupport", Capability.SPECIALIST_SUPPORT);

    private DeclarationHistory() {
    }

    /**
     * @param em       entity manager
     * @param facility the facility
     * @param facts    its facts with today's declarations
     * @param moment   a past moment
     * @return the facts with the declarations in force at {@code moment}
     */
    public static FacilityFacts asOf(EntityManager em, Facility facility, FacilityFacts facts, Instant moment) {
        List<?> befores = em.createNativeQuery("SELECT before_json FROM audit_event WHERE entity = 'Facility' "
                + "AND entity_id = ? AND action = 'UPDATE' AND occurred_us > ? ORDER BY occurred_us, id")
                .setParameter(1, String.valueOf(facility.getId())).setParameter(2, AuditHash.micros(moment))
                .getResultList();
        if (befores.isEmpty()) {
            return facts;
        }
        Map<String, JsonValue> then = new HashMap<>();
        for (Object json : befores) {
            if (json == null) {
                continue;
            }
            try (JsonReader r = Json.createReader(new StringReader(json.toString()))) {
                JsonObject o = r.readObject();
                o.forEach(then::putIfAbsent);
            }
        }
        Map<Capability, Boolean> caps = new EnumMap<>(Capability.class);
        caps.putAll(facts.capabilities());
        CAPABILITIES.forEach((attribute, capability) -> {
            if (then.containsKey(attribute)) {
                caps.put(capability, bool(then.get(attribute)));
            }
        });
        Boolean equivalent = then.containsKey("icuEquivalentDeclared") ? bool(then.get("icuEquivalentDeclared"))
                : facts.icuEquivalentDeclared();
        // the manufacturers' confirmations as of the moment come with the declarations (FacilityFactsLoader)
        TransplantCategory category = facts.transplantCategory();
        if (then.containsKey("transplantCategory")) {
            String c = text(then.get("transplantCategory"));
            category = c == null ? null : TransplantCategory.valueOf(c);
        }
        Integer beds = facts.bedsTotal();
        if (then.containsKey("bedsTotal")) {
            beds = then.get("bedsTotal").getValueType() == JsonValue.ValueType.NUMBER
                    ? ((jakarta.json.JsonNumber) then.get("bedsTotal")).intValue() : null;
        }
        return new FacilityFacts(facts.code(), facts.name(), beds, equivalent, null, category, caps,
                facts.filings(), facts.partners(), facts.physicians(), facts.briefings(), facts.lots(),
                facts.declarations(), facts.bureauLists());
    }

    private static Boolean bool(JsonValue v) {
        return switch (v.getValueType()) {
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> null;
        };
    }

    private static String text(JsonValue v) {
        return v.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) v).getString() : null;
    }
}
