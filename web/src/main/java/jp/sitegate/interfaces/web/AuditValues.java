package jp.sitegate.interfaces.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The audit trail's stored fields and values in the reader's words (issue 14: "the audit trail with … Japanese
 * entity names and a readable before/after"). The audit record keeps what was stored — Java attribute names and raw
 * values, as {@code AuditListener} wrote them, and the CSV export and the API give them as recorded; the page and
 * its xlsx show them through this class:
 * <ul>
 * <li>a field by its label {@code audit.field.<name>} (every audited attribute has one in Japanese; English reads the
 * attribute name as words where it has none);</li>
 * <li>{@code true}/{@code false} as はい/いいえ, an ISO date or instant as the pages write dates (Japan time);</li>
 * <li>a coded value (an enum name, a role list, a declared fact) by the words the pages use for it, per entity and
 * field ({@link #CODED}); a status change's cause, stored in both languages, in the reader's;</li>
 * <li>anything else as stored.</li>
 * </ul>
 */
final class AuditValues {
    /**
     * Message prefix of each audited entity's coded field ({@code Entity.field}), as the pages label those values
     * (the outbox, inbox and served-facility records are not audited: {@code NotAudited}).
     */
    static final Map<String, String> CODED = Map.ofEntries(
            Map.entry("StoredDecision.outcome", "decision."),
            Map.entry("StoredDecision.purpose", "audit.value.purpose."),
            Map.entry("FacilityStatus.status", "level."),
            Map.entry("StatusChange.fromStatus", "level."),
            Map.entry("StatusChange.toStatus", "level."),
            Map.entry("Facility.transplantCategory", "category."),
            Map.entry("Organisation.kind", "organisation.kind."),
            Map.entry("Organisation.status", "organisation.status."),
            Map.entry("Briefing.mode", "mode."),
            Map.entry("Briefing.visitRestrictionKind", "audit.value.visitRestrictionKind."),
            Map.entry("DeclarationConfirmation.decision", "declarations.decision."),
            Map.entry("Product.distributionPolicy", "policy."),
            Map.entry("RequirementProfile.distributionPolicy", "policy."),
            Map.entry("RequirementProfile.status", "audit.value.profileStatus."),
            Map.entry("StockMovement.type", "movement."),
            Map.entry("UserAccount.roles", "role."),
            Map.entry("Login.reason", "audit.value.loginReason."));

    private static final Pattern DAY_OR_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+Z)?");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private final ResourceBundle messages;
    private final boolean english;
    private final DateFormats dates = new DateFormats();

    /**
     * @param messages the page's message bundle ({@code msg}) in the reader's language
     * @param english  true when the reader chose English (dates in the English form)
     */
    AuditValues(ResourceBundle messages, boolean english) {
        this.messages = messages;
        this.english = english;
    }

    /**
     * @param field a stored attribute name, e.g. {@code validFrom}, {@code facilityId}
     * @return its label, e.g. 開始日, 医療機関（ID）; in English without a label, the name as words ("Valid from")
     */
    String field(String field) {
        String key = "audit.field." + field;
        if (messages.containsKey(key)) {
            return messages.getString(key);
        }
        String words = String.join(" ", CAMEL.split(field)).toLowerCase(Locale.ROOT).replaceAll("\\bid\\b", "ID");
        return words.isEmpty() ? field : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * @param entity the audited entity ({@code Facility}, {@code Login}, …)
     * @param field  the stored attribute name
     * @param raw    the value as stored, or {@code null} (or empty) for none
     * @return the value in words; {@code audit.noValue} for none; the stored text when it has no other form
     */
    String value(String entity, String field, String raw) {
        if (raw == null || raw.isEmpty()) {
            // EL passes a missing value as ""
            return messages.getString("audit.noValue");
        }
        if ("Declaration".equals(entity) && "fact".equals(field)) {
            return declaredFact(raw);
        }
        if ("Declaration".equals(entity) && "valueText".equals(field)) {
            return english ? jp.sitegate.application.facility.FacilityProfileService.valueEn(raw)
                    : jp.sitegate.application.facility.FacilityProfileService.valueJa(raw);
        }
        if (raw.equals("true") || raw.equals("false")) {
            return messages.getString("audit.value." + raw);
        }
        if ("StatusChange".equals(entity) && "cause".equals(field)) {
            return new Texts().inLanguage(raw, english); // stored in both languages, "日次再評価 … / daily …"
        }
        String prefix = CODED.get(entity + "." + field);
        if (prefix != null) {
            String sep = english ? ", " : "、";
            return Arrays.stream(raw.split(",")).map(String::strip)
                    .map(v -> messages.containsKey(prefix + v) ? messages.getString(prefix + v) : v)
                    .collect(Collectors.joining(sep));
        }
        if (DAY_OR_INSTANT.matcher(raw).matches()) {
            return dates.format(raw, english);
        }
        return raw;
    }

    private String declaredFact(String raw) {
        try {
            var fact = new jp.sitegate.domain.model.declaration.DeclaredFact(raw,
                    jp.sitegate.domain.model.declaration.DeclaredFact.PHYSICIAN.equals(raw) ? 0L : null);
            return english ? fact.labelEn() : fact.labelJa();
        } catch (IllegalArgumentException notAFact) {
            return raw;
        }
    }
}
