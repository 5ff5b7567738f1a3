package jp.sitegate.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.sitegate.application.admin.ProfileAdminService;
import jp.sitegate.application.briefing.BriefingCommand;
import jp.sitegate.application.facility.PhysicianService;
import jp.sitegate.application.shipment.ShipmentCommand;
import jp.sitegate.testsupport.H2Database;
import org.junit.jupiter.api.Test;

/**
 * One place per rule (issue 13): each {@code @Size(max)} on a command is the length of the column it is stored in,
 * as the migrations make it, and the {@code maxlength} of the page's field that fills it.
 */
class CommandSchemaTest {
    /**
     * A command property, the column it is stored in, and the page field ({@code page#id}) that fills it, if any.
     *
     * @param command  the command
     * @param property its property
     * @param table    the table
     * @param column   the column
     * @param field    the JSF page and the input's id under web/src/main/webapp, or {@code null}
     */
    record Stored(Class<?> command, String property, String table, String column, String field) {
        String name() {
            return command.getSimpleName() + "." + property;
        }
    }

    private static final List<Stored> STORED = List.of(
            new Stored(ShipmentCommand.class, "idempotencyKey", "shipment", "idempotency_key", null),
            new Stored(ShipmentCommand.class, "orderReference", "shipment", "order_reference",
                    "check.xhtml#orderReference"),
            new Stored(BriefingCommand.class, "visitRestriction", "briefing", "visit_restriction",
                    "mr/briefing.xhtml#visitRestriction"),
            new Stored(PhysicianService.Qualifications.class, "name", "physician", "name",
                    "facility/physicians.xhtml#name"),
            new Stored(ProfileAdminService.ProductNames.class, "nameJa", "product", "name_ja",
                    "safety/products.xhtml#nameJa"),
            new Stored(ProfileAdminService.ProductNames.class, "nameEn", "product", "name_en",
                    "safety/products.xhtml#nameEn"),
            new Stored(ProfileAdminService.ProductNames.class, "genericNameJa", "product", "generic_name_ja",
                    "safety/products.xhtml#genericJa"),
            new Stored(ProfileAdminService.ProductNames.class, "genericNameEn", "product", "generic_name_en",
                    "safety/products.xhtml#genericEn"),
            new Stored(ProfileAdminService.RequirementDraft.class, "clause", "profile_requirement", "clause_ja", null),
            new Stored(ProfileAdminService.RequirementDraft.class, "titleJa", "profile_requirement", "title_ja", null),
            new Stored(ProfileAdminService.RequirementDraft.class, "titleEn", "profile_requirement", "title_en", null));

    private static final Path WEBAPP = Path.of("../web/src/main/webapp");

    @Test
    void everySizeOnTheCommandsIsMappedToAColumn() {
        Map<String, Integer> sized = new TreeMap<>();
        for (Class<?> c : CommandsTest.COMMANDS) {
            for (PropertyDescriptor p : Commands.constraintsOf(c).getConstrainedProperties()) {
                Integer max = sizeMax(c, p.getPropertyName());
                if (max != null) {
                    sized.put(c.getSimpleName() + "." + p.getPropertyName(), max);
                }
            }
        }
        Map<String, Integer> mapped = new TreeMap<>();
        STORED.forEach(s -> mapped.put(s.name(), sizeMax(s.command(), s.property())));
        assertEquals(sized, mapped);
    }

    @Test
    void eachSizeIsTheColumnsLength() throws Exception {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        H2Database.migrate(url, "sa", "", false, false);
        Map<String, Integer> commands = new TreeMap<>();
        Map<String, Integer> schema = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                PreparedStatement q = c.prepareStatement("SELECT character_maximum_length FROM "
                        + "information_schema.columns WHERE table_name = ? AND column_name = ?")) {
            for (Stored s : STORED) {
                q.setString(1, s.table());
                q.setString(2, s.column());
                try (ResultSet rs = q.executeQuery()) {
                    assertTrue(rs.next(), s.table() + "." + s.column() + " is not in the schema");
                    schema.put(s.name(), rs.getInt(1));
                }
                commands.put(s.name(), sizeMax(s.command(), s.property()));
            }
        }
        assertEquals(schema, commands);
    }

    @Test
    void eachPageFieldTakesAsManyCharacters() throws Exception {
        Map<String, Integer> commands = new TreeMap<>();
        Map<String, Integer> pages = new TreeMap<>();
        for (Stored s : STORED) {
            if (s.field() != null) {
                String[] pageAndId = s.field().split("#");
                String page = Files.readString(WEBAPP.resolve(pageAndId[0]));
                Matcher m = Pattern.compile("id=\"" + pageAndId[1] + "\"[^>]*?maxlength=\"(\\d+)\"").matcher(page);
                assertTrue(m.find(), s.field() + " has no maxlength");
                pages.put(s.name(), Integer.valueOf(m.group(1)));
                commands.put(s.name(), sizeMax(s.command(), s.property()));
            }
        }
        assertEquals(7, pages.size());
        assertEquals(pages, commands);
    }

    private static Integer sizeMax(Class<?> command, String property) {
        PropertyDescriptor p = Commands.constraintsOf(command).getConstraintsForProperty(property);
        if (p == null) {
            return null;
        }
        for (ConstraintDescriptor<?> d : p.getConstraintDescriptors()) {
            if (d.getAnnotation() instanceof Size size) {
                return size.max();
            }
        }
        return null;
    }
}
