package jp.sitegate.infrastructure.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * A parsed bureau list: the date it is current to (title row 2, or the {@code snapshot_as_of} column) and its rows.
 *
 * @param listDate date the list is current to, or {@code null} when the file does not say
 * @param rows     data rows (blank rows included, to be skipped)
 */
public record BureauList(LocalDate listDate, List<BureauRow> rows) {
}
