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
    private final Period period = new Period();
    private AuditService.Verification verification;

    /** The audited entities, as the entity filter offers them (issue 14: by their Japanese names). */
    static final List<String> ENTITIES = List.of("Facility", "IcuFiling", "FacilityPartnership", "Declaration",
            "DeclarationConfirmation", "EvidenceDocument", "Physician", "Employment", "ProductTraining", "Briefing",
            "TocilizumabLot", "StockMovement", "PatientChecklist", "Shipment", "StoredDecision", "SupplySuspension",
            "DeliveryRelease", "FacilityStatus", "StatusChange", "Product", "ProductCode", "RequirementProfile",
            "ProfileRequirement", "TocilizumabStrength", "DistributionAgreement", "MrAssignment", "ServedFacility",
            "Organisation", "UserAccount", "WebhookSubscription", "OutboundMessage", "DeliveryAttempt", "Notification",
            "FilingImport", "Login", "Access");

    /**
     * One changed value of an event (issue 14: a readable before/after).
     *
     * @param field  the stored field
     * @param before its value before ({@code null} for none: a created record, or no value)
     * @param after  its value after ({@code null} for none: a deleted record, or no value)
     */
    public record Change(String field, String before, String after) implements Serializable {
    }

    /** The reader's order (issue 14): newest first, or by time either way. */
    private jp.sitegate.domain.shared.Sorting sorting = jp.sitegate.domain.shared.Sorting.NONE;

    private final LazyDataModel<AuditEventView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) audit.browse(filter(), 0, 1).total();
        }

        @Override
        public List<AuditEventView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            sorting = LazySorting.of(sortBy);
            return audit.browse(filter(), sorting, first / pageSize, pageSize).items();
        }

        @Override
        public String getRowKey(AuditEventView e) {
            return Long.toString(e.id());
        }
    };

    private AuditService.Filter filter() {
        return new AuditService.Filter(facility, user, entity, period.start(), period.end());
    }

    /** Walks the hash chain and shows the result. */
    public void verify() {
        verification = audit.verify();
    }

    /** @return the CSV export link for the current filters */
    public String getExportQuery() {
        return "facility=" + enc(facility) + "&user=" + enc(user) + "&entity=" + enc(entity)
                + "&from=" + enc(str(period.start())) + "&to=" + enc(str(period.end()));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** @return the entities the filter offers */
    public List<String> getEntities() {
        return ENTITIES;
    }

    /**
     * @param e an event
     * @return the values it changed, in field order: every value of a created or deleted record, the values that
     *         differ for an update; empty when neither side is a JSON object
     */
    public List<Change> changes(AuditEventView e) {
        Map<String, jakarta.json.JsonValue> before = object(e.before());
        Map<String, jakarta.json.JsonValue> after = object(e.after());
        java.util.Set<String> fields = new java.util.LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<Change> out = new java.util.ArrayList<>();
        for (String f : fields) {
            String b = text(before.get(f));
            String a = text(after.get(f));
            if (!java.util.Objects.equals(b, a)) {
                out.add(new Change(f, b, a));
            }
        }
        return out;
    }

    private static Map<String, jakarta.json.JsonValue> object(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try (jakarta.json.JsonReader r = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
            jakarta.json.JsonStructure v = r.read();
            return v instanceof jakarta.json.JsonObject o ? o : Map.of();
        } catch (jakarta.json.JsonException notJson) {
            return Map.of();
        }
    }

    private static String text(jakarta.json.JsonValue v) {
        if (v == null || v.getValueType() == jakarta.json.JsonValue.ValueType.NULL) {
            return null;
        }
        return v instanceof jakarta.json.JsonString s ? s.getString() : v.toString();
    }

    private static String enc(String s) {
        return s == null ? "" : URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * The shown columns for the xlsx export (issue 14): #, time, user, action and entity in words, facility, and the
     * changed values in words as "field: before → after", one per line ({@link AuditValues}).
     */
    private jp.sitegate.interfaces.web.export.TableExport<AuditEventView> export() {
        boolean en = Messages.english();
        DateFormats dates = new DateFormats();
        AuditValues words = words();
        return new jp.sitegate.interfaces.web.export.TableExport<>(List.of(
                new jp.sitegate.interfaces.web.export.TableExport.Column<>("#", AuditEventView::id),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("audit.occurredAt"),
                        e -> dates.format(e.occurredAt(), en)),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("login.username"),
                        e -> "system".equals(e.username()) ? Messages.text("audit.system") : e.username()),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("audit.action"),
                        e -> Messages.text("audit.action." + e.action())),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("audit.entity"),
                        e -> Messages.text("audit.entity." + e.entity()) + " #" + e.entityId()),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("facility.code"),
                        AuditEventView::facilityCode),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("audit.changes"),
                        e -> String.join("\n", changes(e).stream().map(c -> words.field(c.field()) + ": "
                                + words.value(e.entity(), c.field(), c.before()) + " → "
                                + words.value(e.entity(), c.field(), c.after())).toList()))));
    }

    /** @return the reader's words for the stored fields and values (issue 14), in the page's language */
    private static AuditValues words() {
        jakarta.faces.context.FacesContext ctx = jakarta.faces.context.FacesContext.getCurrentInstance();
        return new AuditValues(ctx.getApplication().getResourceBundle(ctx, "msg"), Messages.english());
    }

    /**
     * @param field a stored attribute name of an event's record
     * @return its label in the reader's language (issue 14: no raw field names on the page)
     */
    public String fieldLabel(String field) {
        return words().field(field);
    }

    /**
     * @param e     the event
     * @param field a stored attribute name of its record
     * @param raw   a value as stored, or {@code null}
     * @return the value in the reader's words: dates as the pages write them, coded values by their labels
     */
    public String shown(AuditEventView e, String field, String raw) {
        return words().value(e.entity(), field, raw);
    }

    /**
     * @return the filtered events (at most {@value jp.sitegate.interfaces.web.export.TableExport#MAX_ROWS}) in the
     *         table's order as an Excel workbook with the table's columns
     */
    public org.primefaces.model.StreamedContent getXlsx() {
        List<AuditEventView> rows = jp.sitegate.interfaces.web.export.TableExport.allPages(
                p -> audit.browse(filter(), sorting, p, AuditService.CHUNK).items(), AuditService.CHUNK);
        return export().xlsxDownload("sitegate-audit", Messages.text("audit.title"), rows);
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

    /** @return the period shown (Japan days, inclusive) */
    public Period getPeriod() {
        return period;
    }
}
