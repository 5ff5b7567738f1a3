package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.sitegate.application.facility.FacilityQueryService;
import jp.sitegate.application.gate.EligibilityService;
import jp.sitegate.application.gate.ProductCatalog;
import jp.sitegate.application.view.DecisionDocument;
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
    private EligibilityService eligibility;

    @Inject
    private ProductCatalog catalog;

    /** Most facilities a status filter evaluates; beyond it the user is asked to narrow the search. */
    static final int STATUS_FILTER_LIMIT = 3_000;

    private String prefecture;
    private String query;
    private String status;
    private List<Row> statusRows;
    private List<ProductOption> products;

    /**
     * A row: the facility and its decision per product key.
     *
     * @param facility  the facility
     * @param decisions product key → ELIGIBLE / NOT_ELIGIBLE
     */
    public record Row(FacilityViews.Summary facility, Map<String, String> decisions) implements Serializable {
    }

    private final LazyDataModel<Row> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return statusRows != null ? statusRows.size() : (int) page(0, 1).total();
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            if (statusRows != null) {
                return statusRows.subList(Math.min(first, statusRows.size()),
                        Math.min(first + pageSize, statusRows.size()));
            }
            return page(first / pageSize, pageSize).items().stream().map(f -> new Row(f, decisions(f.code())))
                    .toList();
        }

        @Override
        public String getRowKey(Row r) {
            return r.facility().code();
        }
    };

    private Page<FacilityViews.Summary> page(int page, int size) {
        try {
            return facilities.list(blankToNull(prefecture), blankToNull(query), page, size);
        } catch (DomainException e) {
            Messages.error(null, e);
            return new Page<>(List.of(), page, size, 0);
        }
    }

    private Map<String, String> decisions(String code) {
        Map<String, String> m = new LinkedHashMap<>();
        for (ProductOption p : getProducts()) {
            try {
                DecisionDocument d = eligibility.check(code, p.yjCode(), null);
                m.put(p.key(), d.status());
            } catch (DomainException e) {
                m.put(p.key(), "");
            }
        }
        return m;
    }

    /**
     * Applies the filters. A status filter ("PRODUCT:DECISION") evaluates every facility matching the other
     * filters for that product, up to {@value #STATUS_FILTER_LIMIT} facilities.
     */
    public void search() {
        statusRows = null;
        if (status == null || status.isBlank()) {
            return;
        }
        String[] parts = status.split(":");
        ProductOption product = getProducts().stream().filter(p -> p.key().equals(parts[0])).findFirst()
                .orElse(null);
        long total = page(0, 1).total();
        if (product == null || total > STATUS_FILTER_LIMIT) {
            Messages.error("list:status", Messages.text("mr.statusFilterTooMany", total, STATUS_FILTER_LIMIT));
            return;
        }
        List<Row> rows = new java.util.ArrayList<>();
        for (int page = 0; page * FacilityQueryService.MAX_PAGE_SIZE < total; page++) {
            for (FacilityViews.Summary f : page(page, FacilityQueryService.MAX_PAGE_SIZE).items()) {
                try {
                    if (eligibility.check(f.code(), product.yjCode(), null).status().equals(parts[1])) {
                        rows.add(new Row(f, decisions(f.code())));
                    }
                } catch (DomainException e) {
                    // no profile in force: the facility matches neither status
                }
            }
        }
        statusRows = rows;
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
}
