package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
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

    private final LazyDataModel<DecisionSummary> recent = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) decisions.recent(0, 1, blockedOnly).total();
        }

        @Override
        public List<DecisionSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return decisions.recent(LazySorting.of(sortBy), first / pageSize, pageSize, blockedOnly).items();
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
