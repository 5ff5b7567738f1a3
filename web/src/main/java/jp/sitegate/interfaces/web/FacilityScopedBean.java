package jp.sitegate.interfaces.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import jp.sitegate.application.AccessPolicy;
import jp.sitegate.application.facility.FacilityQueryService;
import jp.sitegate.application.gate.EligibilityService;
import jp.sitegate.application.gate.ProductCatalog;
import jp.sitegate.application.view.DecisionDocument;
import jp.sitegate.domain.shared.DomainException;
import jp.sitegate.interfaces.security.CurrentUserBean;

/**
 * Common part of the pages about one facility (profile, stock, physicians): the {@code code} view parameter and
 * the per-product gap checklist shown below each page, refreshed after every change.
 */
public abstract class FacilityScopedBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    /** Facility queries. */
    protected FacilityQueryService facilities;

    @Inject
    private EligibilityService eligibility;

    @Inject
    /** Products. */
    protected ProductCatalog catalog;

    /** The facility code (view parameter). */
    protected String code;
    private List<DecisionDocument> decisions = List.of();
    private jp.sitegate.application.view.FacilityViews.Readiness readiness;
    private List<jp.sitegate.application.view.FacilityViews.StatusHistoryEntry> statusHistory = List.of();

    /**
     * @throws jp.sitegate.domain.shared.ForbiddenException when the user may not read this facility
     */
    protected void requireReadable() {
        AccessPolicy.requireFacilityReadable(CurrentUserBean.current(), code == null ? "" : code.strip());
    }

    /** @return true when the user is this facility's administrator; otherwise shows why not */
    protected boolean mayChange() {
        try {
            AccessPolicy.requireFacilityAdmin(CurrentUserBean.current(), code == null ? "" : code);
            return true;
        } catch (DomainException e) {
            Messages.error(null, e);
            return false;
        }
    }

    /** Evaluates every product for the facility again. */
    protected void refreshDecisions() {
        decisions = GapChecklist.forFacility(code, catalog, eligibility);
        try {
            readiness = facilities.readiness(code);
        } catch (jp.sitegate.domain.shared.ForbiddenException e) {
            // readiness derives from the facility's own data: only for those who may read it (issue 10)
            readiness = null;
        }
        statusHistory = facilities.statusHistory(code);
    }

    /** @return tocilizumab readiness ahead of time: expiring lots, day stock falls below each minimum (issue 5) */
    public jp.sitegate.application.view.FacilityViews.Readiness getReadiness() {
        return readiness;
    }

    /** @return the facility's status history, newest first (issue 5) */
    public List<jp.sitegate.application.view.FacilityViews.StatusHistoryEntry> getStatusHistory() {
        return statusHistory;
    }

    /** @return one decision per product */
    public List<DecisionDocument> getDecisions() {
        return decisions;
    }

    /** @return the facility code (view parameter) */
    public String getCode() {
        return code;
    }

    /** @param code the facility code (view parameter) */
    public void setCode(String code) {
        this.code = code;
    }
}
