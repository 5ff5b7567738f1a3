package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.sitegate.application.facility.FacilityQueryService;
import jp.sitegate.application.gate.ProductCatalog;
import jp.sitegate.application.view.FacilityViews;
import jp.sitegate.application.view.Page;
import jp.sitegate.domain.shared.DomainException;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The MR's list of facilities: paged from the database, filtered by prefecture and by name or code, with the
 * current decision per product for the rows shown.
 */
@Named
@ViewScoped
public class FacilityListBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private FacilityQueryService facilities;

    @Inject
    private ProductCatalog catalog;

    private String prefecture;
    /** The column the user sorted by (issue 14), also the export's order. */
    private jp.sitegate.domain.shared.Sorting sorting = jp.sitegate.domain.shared.Sorting.NONE;
    private String query;
    private String status;
    /** 担当施設のみ (issue 14): an MR lands on their assigned facilities. */
    private boolean assignedOnly = true;
    /** The status filter in force (set by {@link #search()}), "PRODUCT:LEVEL" or {@code null}. */
    private String appliedStatus;
    private List<ProductOption> products;

    /**
     * A row: the facility and its stored status per product key.
     *
     * @param facility  the facility
     * @param decisions product key → ELIGIBLE / FLAGGED / NOT_ELIGIBLE; absent when never evaluated (未評価)
     */
    public record Row(FacilityViews.Summary facility, Map<String, String> decisions) implements Serializable {
    }

    /**
     * Pages from the database (issue 14): the facilities of the page, then their stored statuses in one query — the
     * status filter is a condition of that query on {@code facility_status}, so any prefecture answers at once.
     */
    private final LazyDataModel<Row> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) page(0, 1).total();
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            sorting = LazySorting.of(sortBy);
            return rows(page(first / pageSize, pageSize).items());
        }

        @Override
        public String getRowKey(Row r) {
            return r.facility().code();
        }
    };

    private Page<FacilityViews.Summary> page(int page, int size) {
        if (invalid) {
            return new Page<>(List.of(), page, size, 0);
        }
        String[] s = appliedStatus == null ? new String[] {null, null} : appliedStatus.split(":", 2);
        return facilities.list(blankToNull(prefecture), blankToNull(query), s[0], s.length > 1 ? s[1] : null,
                assignedOnly, sorting, page, size);
    }

    /** True when the filters could not be read: the list shows nothing until they are corrected. */
    private boolean invalid;

    /**
     * Applies the filters: prefecture, name or code, and the stored status of one product ("PRODUCT:LEVEL"); a
     * filter that cannot be read is said here, before the page is drawn.
     */
    public void search() {
        appliedStatus = blankToNull(status);
        invalid = false;
        try {
            page(0, 1);
        } catch (DomainException e) {
            invalid = true;
            Messages.error(e.field() == null ? null : "list:" + ("q".equals(e.field()) ? "query" : e.field()), e);
        }
    }

    /** @return the status filter, "PRODUCT:DECISION" or empty */
    public String getStatus() {
        return status;
    }

    /** @param status the status filter, "PRODUCT:DECISION" or empty */
    public void setStatus(String status) {
        this.status = status;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * @param levels A301 levels in force
     * @return e.g. "集1, 集5", or "–" when none
     */
    public String levels(List<Integer> levels) {
        return levels.isEmpty() ? "–" : String.join(", ", levels.stream().map(l -> "集" + l).toList());
    }

    /**
     * The shown columns for the exports (issue 14): code, name, prefecture, ICU filings and the stored status of each
     * product in words.
     */
    private jp.sitegate.interfaces.web.export.TableExport<Row> export() {
        boolean en = Messages.english();
        List<jp.sitegate.interfaces.web.export.TableExport.Column<Row>> columns = new java.util.ArrayList<>(List.of(
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("facility.code"),
                        r -> r.facility().code()),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("mr.name"),
                        r -> r.facility().name()),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("mr.prefecture"),
                        r -> jp.sitegate.domain.model.facility.Prefectures.name(r.facility().prefectureCode(), en)),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>("A301",
                        r -> levels(r.facility().icuLevels()))));
        for (ProductOption p : getProducts()) {
            columns.add(new jp.sitegate.interfaces.web.export.TableExport.Column<>(p.name(en), r -> {
                String level = r.decisions().get(p.key());
                return Messages.text(level == null ? "level.NONE" : "level." + level);
            }));
        }
        return new jp.sitegate.interfaces.web.export.TableExport<>(columns);
    }

    /** @return every facility the filters select (at most {@value TableExport#MAX_ROWS}), with stored statuses */
    private List<Row> all() {
        int size = FacilityQueryService.MAX_PAGE_SIZE;
        return jp.sitegate.interfaces.web.export.TableExport.allPages(p -> rows(page(p, size).items()), size);
    }

    /** @return the facilities of a page with their stored statuses, read in one query */
    private List<Row> rows(List<FacilityViews.Summary> items) {
        Map<String, Map<String, String>> stored = items.isEmpty() ? Map.of()
                : facilities.storedStatuses(items.stream().map(FacilityViews.Summary::code).toList());
        return items.stream().map(f -> new Row(f, stored.getOrDefault(f.code(), Map.of()))).toList();
    }

    /** @return the filtered facilities as CSV, the table's columns */
    public org.primefaces.model.StreamedContent getCsv() {
        return export().csvDownload("sitegate-facilities", all());
    }

    /** @return the filtered facilities as an Excel workbook, the table's columns */
    public org.primefaces.model.StreamedContent getXlsx() {
        return export().xlsxDownload("sitegate-facilities", Messages.text("mr.facilities.title"), all());
    }

    /** @return one strength per product, for the status columns */
    public List<ProductOption> getProducts() {
        if (products == null) {
            products = ProductOption.of(catalog.strengthPerProduct());
        }
        return products;
    }

    /** @return the lazy model */
    public LazyDataModel<Row> getModel() {
        return model;
    }

    /** @return the prefecture filter (2 digits or empty) */
    public String getPrefecture() {
        return prefecture;
    }

    /** @param prefecture the prefecture filter */
    public void setPrefecture(String prefecture) {
        this.prefecture = prefecture;
    }

    /** @return the name or code filter */
    public String getQuery() {
        return query;
    }

    /** @param query the name or code filter */
    public void setQuery(String query) {
        this.query = query;
    }

    /** @return true to list only the signed-in MR's assigned facilities (担当施設; the default) */
    public boolean isAssignedOnly() {
        return assignedOnly;
    }

    /** @param assignedOnly true to list only the MR's assigned facilities */
    public void setAssignedOnly(boolean assignedOnly) {
        this.assignedOnly = assignedOnly;
    }

    /** @return the status filter the page was opened with ({@code ?status=PRODUCT:LEVEL}), or {@code null} */
    public String getStatusParam() {
        return appliedStatus;
    }

    /**
     * Opens the list filtered (issue 14: the safety manager's dashboard links each count here): the filter is shown
     * in the status menu and applied at once.
     *
     * @param v {@code PRODUCT:LEVEL}, e.g. LUNSUMIO:ELIGIBLE
     */
    public void setStatusParam(String v) {
        status = v;
        appliedStatus = blankToNull(v);
    }
}
