package jp.sitegate.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the audit trail's before/after reads in words — every field an audit record can hold has a Japanese
 * label, every coded value its page label, dates the pages' form — never the stored attribute name or enum name.
 */
class AuditValuesTest {
    private static final ResourceBundle JA = ResourceBundle.getBundle("jp.sitegate.web.Messages", Locale.JAPANESE);
    private static final ResourceBundle EN = ResourceBundle.getBundle("jp.sitegate.web.Messages", Locale.ROOT);

    /** The audited attributes as AuditListener names them, per entity: references +Id, digests +Sha256. */
    private static Map<String, Map<String, JavaField>> auditedAttributes() {
        Map<String, Map<String, JavaField>> out = new TreeMap<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.sitegate.domain")) {
            if (!c.isAnnotatedWith(jakarta.persistence.Entity.class)
                    || c.isAnnotatedWith(jp.sitegate.domain.shared.NotAudited.class)) {
                continue;
            }
            Map<String, JavaField> fields = new TreeMap<>();
            for (JavaField f : c.getFields()) {
                if (f.getModifiers().contains(JavaModifier.STATIC)
                        || f.isAnnotatedWith(jakarta.persistence.Transient.class)
                        || f.isAnnotatedWith(jakarta.persistence.OneToMany.class)
                        || f.isAnnotatedWith(jakarta.persistence.ManyToMany.class)
                        || f.isAnnotatedWith(jakarta.persistence.ElementCollection.class)
                        || f.getName().startsWith("_persistence") // EclipseLink's weaving, no attribute
                        || f.getName().toLowerCase(Locale.ROOT).contains("password")) {
                    continue;
                }
                String name = f.getName();
                if (f.isAnnotatedWith(jakarta.persistence.ManyToOne.class)
                        || f.isAnnotatedWith(jakarta.persistence.OneToOne.class)) {
                    name += "Id";
                } else if (f.isAnnotatedWith(jp.sitegate.domain.shared.AuditedAsDigest.class)) {
                    name += "Sha256";
                }
                fields.put(name, f);
            }
            out.put(c.getSimpleName(), fields);
        }
        return out;
    }

    private static ResourceBundle japaneseOnly() throws IOException {
        try (InputStream in = AuditValuesTest.class.getResourceAsStream("/jp/sitegate/web/Messages_ja.properties")) {
            return new PropertyResourceBundle(in);
        }
    }

    @Test
    void everyAuditedFieldHasAJapaneseLabelAndEveryCodedFieldItsValuesInBothLanguages() throws IOException {
        Map<String, Map<String, JavaField>> audited = auditedAttributes();
        assertTrue(audited.size() > 20 && audited.get("Facility").containsKey("transplantCategory"),
                "entities found: " + audited.keySet());
        ResourceBundle ja = japaneseOnly();
        Set<String> unlabelled = new TreeSet<>();
        Set<String> codedUnmapped = new TreeSet<>();
        Set<String> valuesUnlabelled = new TreeSet<>();
        audited.forEach((entity, fields) -> fields.forEach((name, f) -> {
            if (!ja.containsKey("audit.field." + name)) {
                unlabelled.add(entity + "." + name);
            }
            JavaClass type = f.getRawType();
            if (type.isEnum()) {
                String prefix = AuditValues.CODED.get(entity + "." + name);
                if (prefix == null) {
                    codedUnmapped.add(entity + "." + name);
                    return;
                }
                for (Object constant : type.reflect().getEnumConstants()) {
                    String key = prefix + ((Enum<?>) constant).name();
                    for (ResourceBundle b : List.of(JA, EN)) {
                        if (!b.containsKey(key)) {
                            valuesUnlabelled.add(b.getLocale() + ":" + key);
                        }
                    }
                }
            }
        }));
        assertEquals(Set.of(), unlabelled, "audited fields without a Japanese label (audit.field.*)");
        assertEquals(Set.of(), codedUnmapped, "enum fields without their labels' prefix in AuditValues.CODED");
        assertEquals(Set.of(), valuesUnlabelled, "coded values without a label");
        AuditValues.CODED.keySet().forEach(k -> {
            String[] pair = k.split("\\.");
            assertTrue(pair[0].equals("Login") || audited.getOrDefault(pair[0], Map.of()).containsKey(pair[1]),
                    k + " names no audited field");
        });
    }

    @Test
    void valuesReadAsThePagesWriteThem() {
        AuditValues ja = new AuditValues(JA, false);
        assertEquals("要確認", ja.value("FacilityStatus", "status", "FLAGGED"));
        assertEquals("納入不可", ja.value("StatusChange", "toStatus", "NOT_ELIGIBLE"));
        assertEquals("MR（医薬情報担当者）、卸", ja.value("UserAccount", "roles", "MR,DISTRIBUTOR"));
        assertEquals("はい", ja.value("Physician", "fullTime", "true"));
        assertEquals("いいえ", ja.value("UserAccount", "enabled", "false"));
        assertEquals("令和10年3月31日（2028年）", ja.value("TocilizumabLot", "expiryDate", "2028-03-31"));
        assertEquals("令和8年12月1日（2026年） 09:00", ja.value("Shipment", "shippedAt", "2026-12-01T00:00:00Z"));
        assertEquals("認定カテゴリー2", ja.value("Declaration", "valueText", "CATEGORY_2"));
        assertEquals("ICUと同等の設備", ja.value("Declaration", "fact", "ICU_EQUIVALENT"));
        assertEquals("パスワードの誤り", ja.value("Login", "reason", "password"));
        assertEquals("（なし）", ja.value("Facility", "address", null));
        assertEquals("（なし）", ja.value("RequirementProfile", "approvedAt", ""), "EL passes a missing value as \"\"");
        assertEquals("山梨県甲府市", ja.value("Facility", "address", "山梨県甲府市"), "text stays as stored");
        assertEquals("UNKNOWN_CODE", ja.value("FacilityStatus", "status", "UNKNOWN_CODE"), "unknown code as stored");
        assertEquals("日次再評価 2026-12-03",
                ja.value("StatusChange", "cause", "日次再評価 2026-12-03 / daily re-evaluation 2026-12-03"));
        assertEquals("開始日", ja.field("validFrom"));
        assertEquals("医療機関（ID）", ja.field("facilityId"));

        AuditValues en = new AuditValues(EN, true);
        assertEquals("Valid from", en.field("validFrom"), "English reads the attribute name as words");
        assertEquals("Facility ID", en.field("facilityId"));
        assertEquals("YJ code", en.field("yjCode"));
        assertEquals("yes", en.value("Physician", "fullTime", "true"));
        assertEquals("daily re-evaluation 2026-12-03",
                en.value("StatusChange", "cause", "日次再評価 2026-12-03 / daily re-evaluation 2026-12-03"));
        assertEquals("2028-03-31", en.value("TocilizumabLot", "expiryDate", "2028-03-31"));
    }
}
