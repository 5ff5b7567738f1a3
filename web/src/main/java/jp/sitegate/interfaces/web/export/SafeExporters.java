package jp.sitegate.interfaces.web.export;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.primefaces.component.api.UIColumn;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.export.DataTableCSVExporter;
import org.primefaces.component.datatable.export.DataTableExcelXStreamExporter;
import org.primefaces.component.export.ColumnValue;
import org.primefaces.component.export.DataExporters;

/**
 * The exporters behind every table's CSV and xlsx buttons ({@code sg:exports}, issue 14). PrimeFaces'
 * {@code p:dataExporter} writes the columns shown and every page of a lazy table; these replace its {@code csv} and
 * {@code xlsxstream} exporters for the whole application (registered at the first request, faces-config.xml: PrimeFaces'
 * application context cannot be made while the application starts)
 * so that no export lets a spreadsheet read a cell as a formula — as {@link TableExport#safe} does for the
 * hand-built exports: a cell starting with {@code = + - @}, tab or CR gets a leading apostrophe in CSV and is
 * quote-prefixed text in xlsx (issue 15). PrimeFaces makes a new exporter per export.
 */
public class SafeExporters implements PhaseListener {
    private static final long serialVersionUID = 1L;
    private static final AtomicBoolean REGISTERED = new AtomicBoolean();

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    /** Registers the exporters once, before the first request restores its view. */
    @Override
    public void beforePhase(PhaseEvent event) {
        if (!REGISTERED.get()) {
            DataExporters.register(DataTable.class, Csv.class, "csv");
            DataExporters.register(DataTable.class, Xlsx.class, "xlsxstream");
            REGISTERED.set(true);
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after the phase
    }

    private static ColumnValue safe(ColumnValue value) {
        return value != null && value.isStringValue() ? ColumnValue.of(TableExport.safe((String) value.getValue()))
                : value;
    }

    /** CSV (UTF-8 with a BOM, as PrimeFaces writes it for Excel), formulas escaped with an apostrophe. */
    public static class Csv extends DataTableCSVExporter {
        @Override
        protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value,
                int index) {
            super.exportCellValue(context, table, column, safe(value), index);
        }

        @Override
        protected void exportColumnFacetValue(FacesContext context, DataTable table, ColumnValue value, int index) {
            super.exportColumnFacetValue(context, table, safe(value), index);
        }
    }

    /** xlsx, streamed (Apache POI), formula-like cells quote-prefixed text. */
    public static class Xlsx extends DataTableExcelXStreamExporter {
        private CellStyle asText;

        @Override
        protected void exportCellValue(FacesContext context, DataTable table, UIColumn column, ColumnValue value,
                int index) {
            super.exportCellValue(context, table, column, value, index);
            Row row = row();
            Cell cell = row == null || row.getLastCellNum() < 1 ? null : row.getCell(row.getLastCellNum() - 1);
            if (cell != null && cell.getCellType() == CellType.STRING
                    && TableExport.isFormulaLike(cell.getStringCellValue())) {
                if (asText == null) {
                    asText = row.getSheet().getWorkbook().createCellStyle();
                    asText.cloneStyleFrom(cell.getCellStyle());
                    asText.setQuotePrefixed(true);
                }
                cell.setCellStyle(asText);
            }
        }
    }
}
