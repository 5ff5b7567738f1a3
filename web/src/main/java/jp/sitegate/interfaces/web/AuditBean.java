package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import jp.sitegate.application.admin.AuditService;
import jp.sitegate.application.view.AuditEventView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The safety manager's audit trail page: filters, paged events, CSV export and chain verification. */
@Named
@ViewScoped
public class AuditBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private AuditService audit;

    private String facility;
    private String user;
    private String entity;
    private AuditService.Verification verification;

    private final LazyDataModel<AuditEventView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) audit.browse(filter(), 0, 1).total();
        }

        @Override
        public List<AuditEventView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return audit.browse(filter(), first / pageSize, pageSize).items();
        }

        @Override
        public String getRowKey(AuditEventView e) {
            return Long.toString(e.id());
        }
    };

    private AuditService.Filter filter() {
        return new AuditService.Filter(facility, user, entity, null, null);
    }

    /** Walks the hash chain and shows the result. */
    public void verify() {
        verification = audit.verify();
    }

    /** @return the CSV export link for the current filters */
    public String getExportQuery() {
        return "facility=" + enc(facility) + "&user=" + enc(user) + "&entity=" + enc(entity);
    }

    private static String enc(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** @return the events, lazily paged */
    public LazyDataModel<AuditEventView> getModel() {
        return model;
    }

    /** @return the last verification, or {@code null} */
    public AuditService.Verification getVerification() {
        return verification;
    }

    /** @return the facility filter */
    public String getFacility() {
        return facility;
    }

    /** @param v the facility filter */
    public void setFacility(String v) {
        facility = v;
    }

    /** @return the user filter */
    public String getUser() {
        return user;
    }

    /** @param v the user filter */
    public void setUser(String v) {
        user = v;
    }

    /** @return the entity filter */
    public String getEntity() {
        return entity;
    }

    /** @param v the entity filter */
    public void setEntity(String v) {
        entity = v;
    }
}
