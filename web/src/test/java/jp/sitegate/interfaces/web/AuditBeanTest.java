package jp.sitegate.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.sitegate.application.view.AuditEventView;
import org.junit.jupiter.api.Test;

/** Issue 14: the audit trail names every entity in Japanese and English and shows what an event changed. */
class AuditBeanTest {

    @Test
    void theEntityFilterOffersEveryEntityWithItsNameInBothLanguages() {
        Set<String> entities = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.sitegate.domain").stream()
                .filter(c -> c.isAnnotatedWith(jakarta.persistence.Entity.class)).map(JavaClass::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(entities.size() > 20, "entities found: " + entities);
        entities.add("Login"); // issue 15: security events that change no entity: logins and refusals (403)
        entities.add("Access");
        assertEquals(entities, new TreeSet<>(AuditBean.ENTITIES), "the filter lists exactly the audited entities");
        for (Locale l : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            ResourceBundle b = ResourceBundle.getBundle("jp.sitegate.web.Messages", l);
            Set<String> missing = entities.stream().filter(e -> !b.containsKey("audit.entity." + e))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(), missing, l + ": entities without a label");
        }
        assertEquals("医療機関", ResourceBundle.getBundle("jp.sitegate.web.Messages", Locale.JAPANESE)
                .getString("audit.entity.Facility"));
    }

    @Test
    void anUpdateShowsOnlyTheValuesThatChangedWithNoneForAMissingValue() {
        AuditEventView e = new AuditEventView(11, "2026-12-01T00:00:00Z", "admin1", "UPDATE", "UserAccount", "11",
                null, "{\"email\":null,\"version\":1,\"username\":\"fadmin1\"}",
                "{\"email\":\"a@example.jp\",\"version\":2,\"username\":\"fadmin1\"}", "h", null);
        assertEquals(List.of(new AuditBean.Change("email", null, "a@example.jp"), new AuditBean.Change("version", "1",
                "2")), new AuditBean().changes(e));
    }

    @Test
    void aCreatedRecordShowsEveryValueAndTextThatIsNoJsonShowsNothing() {
        AuditEventView created = new AuditEventView(1, "2026-12-01T00:00:00Z", "mr1", "CREATE", "Briefing", "5", null,
                null, "{\"mode\":\"ONLINE\",\"attendees\":3}", "h", null);
        assertEquals(List.of(new AuditBean.Change("mode", null, "ONLINE"), new AuditBean.Change("attendees", null,
                "3")), new AuditBean().changes(created));
        AuditEventView odd = new AuditEventView(2, "2026-12-01T00:00:00Z", "mr1", "UPDATE", "Briefing", "5", null,
                "not json", "[1]", "h", null);
        assertEquals(List.of(), new AuditBean().changes(odd));
    }
}
