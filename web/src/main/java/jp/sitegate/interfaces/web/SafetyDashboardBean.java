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
            return decisions.recent(first / pageSize, pageSize, blockedOnly).items();
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
            suspensions = supply.ofMyCompany();
        }
        return suspensions;
    }

    /** @return physicians full-time at two facilities at once, at facilities tied to the company (issue 11) */
    public List<jp.sitegate.application.facility.PhysicianService.FullTimeAtTwo> getFullTimeAtTwo() {
        if (fullTimeAtTwo == null) {
            fullTimeAtTwo = physicians.fullTimeAtTwo();
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
}
