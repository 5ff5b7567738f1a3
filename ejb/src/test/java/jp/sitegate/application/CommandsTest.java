package jp.sitegate.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import jp.sitegate.application.admin.ProfileAdminService;
import jp.sitegate.application.briefing.BriefingCommand;
import jp.sitegate.application.facility.PhysicianService;
import jp.sitegate.application.shipment.PatientChecklistCommand;
import jp.sitegate.application.shipment.ShipmentCommand;
import jp.sitegate.domain.model.briefing.BriefingMode;
import jp.sitegate.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Bean Validation of the commands (issue 13): the same field and texts as the hand-written checks it replaced. */
class CommandsTest {
    /** Every command whose constraints {@link Commands} runs; {@code CommandSchemaTest} checks their lengths. */
    static final List<Class<?>> COMMANDS = List.of(ShipmentCommand.class, BriefingCommand.class,
            PatientChecklistCommand.class, PhysicianService.Qualifications.class, ProfileAdminService.ProductNames.class,
            ProfileAdminService.RequirementDraft.class);

    private static final String CODE = "1912110952";
    private static final String YJ = "4291466A1020";

    @Test
    void aMissingOrLongIdempotencyKeyNamesTheHeader() {
        for (String key : new String[] {null, " ", "k".repeat(101)}) {
            InvalidInputException e = refused(new ShipmentCommand(key, CODE, YJ, 1, null),
                    Map.of("idempotencyKey", "Idempotency-Key"));
            assertEquals("Idempotency-Key", e.field());
            assertEquals("冪等キー（1〜100文字）が必要です", e.reasonJa());
            assertEquals("an idempotency key of 1-100 characters is required", e.reasonEn());
        }
    }

    @Test
    void quantityAndOrderReferenceKeepTheirTexts() {
        for (int q : new int[] {0, 10_001}) {
            InvalidInputException e = refused(new ShipmentCommand("k", CODE, YJ, q, null), Map.of());
            assertEquals("quantity", e.field());
            assertEquals("数量は1〜10000で指定してください", e.reasonJa());
            assertEquals("quantity must be 1-10000", e.reasonEn());
        }
        InvalidInputException e = refused(new ShipmentCommand("k", CODE, YJ, 10_000, "r".repeat(101)), Map.of());
        assertEquals("orderReference", e.field());
        assertEquals("注文番号は100文字以内です", e.reasonJa());
        assertEquals("orderReference must be at most 100 characters", e.reasonEn());
        assertDoesNotThrow(() -> Commands.validate(new ShipmentCommand("k".repeat(100), CODE, YJ, 1, "r".repeat(100))));
    }

    @Test
    void theFirstPropertyInTheRecordsOrderIsNamed() {
        InvalidInputException e = refused(new ShipmentCommand("", CODE, YJ, 0, "r".repeat(101)), Map.of());
        assertEquals("idempotencyKey", e.field());
    }

    @Test
    void briefingAndChecklistCommands() {
        InvalidInputException e = refused(briefing(null, BriefingMode.IN_PERSON, null), Map.of());
        assertEquals("briefedOn", e.field());
        assertEquals("説明日を入力してください", e.reasonJa());
        e = refused(briefing(LocalDate.of(2026, 1, 5), BriefingMode.ONLINE, "x".repeat(501)), Map.of());
        assertEquals("visitRestriction", e.field());
        assertEquals("500文字以内で入力してください", e.reasonJa());
        assertEquals("visitRestriction must be at most 500 characters", e.reasonEn());
        e = refused(new PatientChecklistCommand("x", "MM-1", null, LocalDate.of(2026, 1, 5), Map.of(), 0), Map.of());
        assertEquals("physicianId", e.field());
        assertEquals("physicianId is required", e.reasonEn());
    }

    @Test
    void physiciansQualifications() {
        InvalidInputException e = refused(qualifications("x".repeat(201), 0, 0), Map.of());
        assertEquals("name", e.field());
        assertEquals("氏名（200文字以内）を入力してください", e.reasonJa());
        assertEquals("name is required (max 200)", e.reasonEn());
        e = refused(qualifications("デモ 医師", 61, 0), Map.of());
        assertEquals("hematologyYears", e.field());
        assertEquals("0〜60で入力してください", e.reasonJa());
        assertEquals("must be 0-60", e.reasonEn());
        e = refused(qualifications("デモ 医師", 60, 10_001), Map.of());
        assertEquals("allogeneic", e.field());
        assertEquals("0〜10000で入力してください", e.reasonJa());
        assertDoesNotThrow(() -> Commands.validate(qualifications("x".repeat(200), 60, 10_000)));
    }

    @Test
    void productNamesAreAsLongAsTheirColumnsAndADraftsFieldsAreNamedByTheCaller() {
        InvalidInputException e = refused(new ProfileAdminService.ProductNames("名", "n", "一般名", "x".repeat(201)),
                Map.of());
        assertEquals("genericNameEn", e.field());
        assertEquals("200文字以内で入力してください", e.reasonJa());
        assertEquals("at most 200 characters", e.reasonEn());
        e = refused(new ProfileAdminService.RequirementDraft("TEC-FAC-1", "条項", " ", "title", "[]"),
                Map.of("titleJa", "requirements[0].titleJa"));
        assertEquals("requirements[0].titleJa", e.field());
        assertEquals("必須項目です", e.reasonJa());
        assertEquals("is required", e.reasonEn());
    }

    private static PhysicianService.Qualifications qualifications(String name, int hematology, int allogeneic) {
        return new PhysicianService.Qualifications(name, null, hematology, null, null, allogeneic, true, true);
    }

    @Test
    void englishIsNotShadowedByAJapaneseDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            assertEquals("quantity must be 1-10000",
                    refused(new ShipmentCommand("k", CODE, YJ, 0, null), Map.of()).reasonEn());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyConstraintHasItsMessageInBothLanguagesAndEveryMessageIsUsed() {
        ResourceBundle en = bundle(Locale.ROOT);
        ResourceBundle ja = bundle(Locale.JAPANESE);
        assertEquals(new TreeSet<>(en.keySet()), new TreeSet<>(ja.keySet()));
        Set<String> used = new TreeSet<>();
        for (Class<?> c : COMMANDS) {
            Set<PropertyDescriptor> properties = Commands.constraintsOf(c).getConstrainedProperties();
            assertFalse(properties.isEmpty(), c.getSimpleName());
            for (PropertyDescriptor p : properties) {
                for (ConstraintDescriptor<?> d : p.getConstraintDescriptors()) {
                    String key = d.getMessageTemplate().replaceAll("^\\{|\\}$", "");
                    used.add(key);
                    for (Locale l : new Locale[] {Locale.ROOT, Locale.JAPANESE}) {
                        String text = Commands.text(l, key, Commands.attributes(c, p.getPropertyName(), d));
                        assertFalse(text.contains("{"), c.getSimpleName() + "." + p.getPropertyName() + ": " + text);
                    }
                }
            }
        }
        assertEquals(new TreeSet<>(en.keySet()), used);
    }

    private static ResourceBundle bundle(Locale l) {
        return ResourceBundle.getBundle("ValidationMessages", l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static BriefingCommand briefing(LocalDate on, BriefingMode mode, String restriction) {
        return new BriefingCommand(CODE, YJ, on, mode, restriction, Map.of(), Set.of(), Set.of(), null, null);
    }

    private static InvalidInputException refused(Object command, Map<String, String> names) {
        return assertThrows(InvalidInputException.class, () -> Commands.validate(command, names));
    }
}
