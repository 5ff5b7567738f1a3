package jp.sitegate.application.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.SortedSet;
import jp.sitegate.testsupport.Beans;
import jp.sitegate.testsupport.DatabaseTest;
import jp.sitegate.testsupport.H2Database;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the declaration form says which requirements of the profiles in force read each declared fact, read from
 * the profiles' criteria (REQUIREMENTS.md's seeded profiles), not written on the page.
 */
@DatabaseTest(demo = true)
class DeclarationReadersTest {
    private H2Database db;

    @Test
    void eachDeclaredFactNamesTheRequirementsThatReadIt() {
        Map<String, SortedSet<String>> readers = db.inTransactionReturning(em -> Beans.of(ProductCatalog.class, em)
                .readers(LocalDate.of(2026, 12, 3)));
        assertTrue(readers.containsKey("CAPABILITY:CARE_24H"), readers.toString());
        assertTrue(readers.get("CAPABILITY:CARE_24H").stream().anyMatch(id -> id.startsWith("ABE-")),
                "Abecma's 24-hour care requirement reads it, as the second criterion of its array: " + readers);
        assertTrue(readers.get("TRANSPLANT_CATEGORY").stream().allMatch(id -> id.startsWith("ABE-")), readers.toString());
        assertTrue(readers.get("ICU_EQUIVALENT").size() >= 1, "an ICU requirement allowing equivalent equipment");
        assertEquals(null, readers.get("CAPABILITY:NO_SUCH"));
    }
}
