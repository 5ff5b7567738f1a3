package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.sitegate.application.facility.FacilityQueryService;
import jp.sitegate.application.gate.DecisionQueryService;
import jp.sitegate.application.shipment.SupplySuspensionService;
import jp.sitegate.application.view.DecisionSummary;
import jp.sitegate.application.view.SuspensionView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The safety manager's dashboard: facilities by status per product, recent decisions and blocked shipments. */
@Named
@ViewScoped
public class SafetyDashboardBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private DecisionQueryService decisions;

    @Inject
    private SupplySuspensionService supply;

    @Inject
    private jp.sitegate.application.facility.PhysicianService physicians;

    private List<jp.sitegate.application.facility.PhysicianService.FullTimeAtTwo> fullTimeAtTwo;

    private List<SuspensionView> suspensions;

    private List<DecisionQueryService.ProductStatus> statuses;
    private boolean blockedOnly;

    /** The recent decisions' order as last loaded: the exports write the rows in it (issue 14). */
    private jp.sitegate.domain.shared.Sorting sorting = jp.sitegate.domain.shared.Sorting.NONE;

    private final LazyDataModel<DecisionSummary> recent = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) decisions.recent(0, 1, blockedOnly).total();
        }

        @Override
        public List<DecisionSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            sorting = LazySorting.of(sortBy);
            return decisions.recent(sorting, first / pageSize, pageSize, blockedOnly).items();
        }

        @Override
        public String getRowKey(DecisionSummary d) {
            return d.id();
        }
    };

    /** @return one line per product */
    public List<DecisionQueryService.ProductStatus> getStatuses() {
        if (statuses == null) {
            statuses = decisions.dashboard();
        }
        return statuses;
    }

    /** @return the company's supply suspensions not lifted (issue 11), newest first */
    public List<SuspensionView> getSuspensions() {
        if (suspensions == null) {
            suspensions = new java.util.ArrayList<>(supply.ofMyCompany()); // sorted in place by the table
        }
        return suspensions;
    }

    /** @return physicians full-time at two facilities at once, at facilities tied to the company (issue 11) */
    public List<jp.sitegate.application.facility.PhysicianService.FullTimeAtTwo> getFullTimeAtTwo() {
        if (fullTimeAtTwo == null) {
            fullTimeAtTwo = new java.util.ArrayList<>(physicians.fullTimeAtTwo()); // sorted in place by the table
        }
        return fullTimeAtTwo;
    }

    /**
     * The shown columns of the recent decisions for the exports (issue 14): time, facility, product, status in words,
     * failing requirements and the decision's id.
     */
    private jp.sitegate.interfaces.web.export.TableExport<DecisionSummary> export() {
        boolean en = Messages.english();
        DateFormats dates = new DateFormats();
        Texts texts = new Texts();
        return new jp.sitegate.interfaces.web.export.TableExport<>(List.of(
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("dashboard.decidedAt"),
                        d -> dates.format(d.decidedAt(), en)),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("check.facility"),
                        d -> d.facilityCode() + " " + d.facilityName()),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("check.product"),
                        DecisionSummary::productName),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("finding.status"),
                        d -> Messages.text("level." + d.level())),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("batch.failing"),
                        d -> texts.ids(d.failingRequirements(), en)),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("decision.id"),
                        DecisionSummary::id)));
    }

    private List<DecisionSummary> all() {
        return jp.sitegate.interfaces.web.export.TableExport.allPages(
                p -> decisions.recent(sorting, p, FacilityQueryService.MAX_PAGE_SIZE, blockedOnly).items(),
                FacilityQueryService.MAX_PAGE_SIZE);
    }

    /** @return the recent decisions as filtered and ordered, as CSV with the table's columns (issue 14) */
    public org.primefaces.model.StreamedContent getCsv() {
        return export().csvDownload("sitegate-decisions", all());
    }

    /** @return the recent decisions as filtered and ordered, as an Excel workbook with the table's columns */
    public org.primefaces.model.StreamedContent getXlsx() {
        return export().xlsxDownload("sitegate-decisions", Messages.text("dashboard.recent"), all());
    }

    /** @return recent stored decisions, lazily paged */
    public LazyDataModel<DecisionSummary> getRecent() {
        return recent;
    }

    /** @return whether only blocked shipments are listed */
    public boolean isBlockedOnly() {
        return blockedOnly;
    }

    /** @param blockedOnly whether only blocked shipments are listed */
    public void setBlockedOnly(boolean blockedOnly) {
        this.blockedOnly = blockedOnly;
    }

    private List<DecisionQueryService.Trend> trends;

    /** @return the last 12 weeks' status counts per product (issue 14) */
    public List<DecisionQueryService.Trend> getTrends() {
        if (trends == null) {
            trends = decisions.trend(12);
        }
        return trends;
    }

    /**
     * A product's trend as a Chart.js configuration for {@code p:chart} (issue 14): weekly stacked bars in the three
     * statuses' words and colours.
     *
     * @param t a trend
     * @return the chart's JSON
     */
    public String chart(DecisionQueryService.Trend t) {
        boolean en = Messages.english();
        DateFormats dates = new DateFormats();
        jakarta.json.JsonArrayBuilder labels = jakarta.json.Json.createArrayBuilder();
        t.days().forEach(d -> labels.add(en ? d.substring(5) : dates.monthDay(d)));
        jakarta.json.JsonArrayBuilder sets = jakarta.json.Json.createArrayBuilder()
                .add(dataset(Messages.text("level.ELIGIBLE"), t.eligible(), "#1b7f3b"))
                .add(dataset(Messages.text("level.FLAGGED"), t.flagged(), "#e0a100"))
                .add(dataset(Messages.text("level.NOT_ELIGIBLE"), t.notEligible(), "#b00020"));
        jakarta.json.JsonObject stacked = jakarta.json.Json.createObjectBuilder().add("stacked", true).build();
        return jakarta.json.Json.createObjectBuilder().add("type", "bar")
                .add("data", jakarta.json.Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", jakarta.json.Json.createObjectBuilder().add("responsive", true)
                        .add("animation", false)
                        .add("scales", jakarta.json.Json.createObjectBuilder().add("x", stacked)
                                .add("y", jakarta.json.Json.createObjectBuilder().add("stacked", true)
                                        .add("beginAtZero", true)
                                        .add("ticks", jakarta.json.Json.createObjectBuilder().add("precision", 0))))
                        .add("plugins", jakarta.json.Json.createObjectBuilder().add("title",
                                jakarta.json.Json.createObjectBuilder().add("display", true)
                                        .add("text", en ? t.productNameEn() : t.productName()))))
                .build().toString();
    }

    private static jakarta.json.JsonObject dataset(String label, List<Integer> data, String colour) {
        jakarta.json.JsonArrayBuilder values = jakarta.json.Json.createArrayBuilder();
        data.forEach(values::add);
        return jakarta.json.Json.createObjectBuilder().add("label", label).add("data", values)
                .add("backgroundColor", colour).build();
    }
}
