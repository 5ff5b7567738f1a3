package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.sitegate.application.shipment.ShipmentQueryService;
import jp.sitegate.application.view.ShipmentView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Distributor's list of shipments sent, paged from the database. */
@Named
@ViewScoped
public class ShipmentsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private ShipmentQueryService shipments;

    private final LazyDataModel<ShipmentView> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) page(0, 1).total();
        }

        @Override
        public List<ShipmentView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            sorting = LazySorting.of(sortBy);
            return page(first / pageSize, pageSize).items();
        }

        @Override
        public String getRowKey(ShipmentView s) {
            return Long.toString(s.id());
        }
    };

    private final Period period = new Period();
    /** The column the user sorted by (issue 14), also the export's order. */
    private jp.sitegate.domain.shared.Sorting sorting = jp.sitegate.domain.shared.Sorting.NONE;
    private String facility;
    private String product;
    private List<ProductOption> products;

    @Inject
    private jp.sitegate.application.gate.ProductCatalog catalog;

    /** True when the filters could not be read: the list shows nothing until they are corrected. */
    private boolean invalid;

    /**
     * Applies the filters; a filter that cannot be read is named at its field (read here, before the page is drawn,
     * so the message shows).
     */
    public void search() {
        invalid = false;
        try {
            shipments.list(period.getFrom(), period.getTo(), facility, product, sorting, 0, 1);
        } catch (jp.sitegate.domain.shared.DomainException e) {
            invalid = true;
            Messages.error("shipments:" + (e.field() == null ? "facility" : e.field()), e);
        }
    }

    private jp.sitegate.application.view.Page<ShipmentView> page(int page, int size) {
        if (invalid) {
            return new jp.sitegate.application.view.Page<>(List.of(), page, size, 0);
        }
        return shipments.list(period.getFrom(), period.getTo(), facility, product, sorting, page, size);
    }

    /** The shown columns, for the exports (issue 14: the same columns as the table). */
    private jp.sitegate.interfaces.web.export.TableExport<ShipmentView> export() {
        boolean en = Messages.english();
        DateFormats dates = new DateFormats();
        return new jp.sitegate.interfaces.web.export.TableExport<>(List.of(
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("shipments.shippedAt"),
                        s -> dates.format(s.shippedAt(), en)),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("facility.code"),
                        ShipmentView::facilityCode),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("check.facility"),
                        ShipmentView::facilityName),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("check.product"),
                        ShipmentView::productName),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>("YJ", ShipmentView::yjCode),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("batch.quantity"),
                        ShipmentView::quantity),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("batch.orderReference"),
                        ShipmentView::orderReference),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("shipments.release"),
                        s -> s.releasedFirstDelivery() ? Messages.text("firstDelivery.RELEASED") : ""),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("shipments.decision"),
                        ShipmentView::decisionId)));
    }

    /** @return every shipment the filters select (at most {@value TableExport#MAX_ROWS}), in the table's order */
    private List<ShipmentView> all() {
        int size = jp.sitegate.application.facility.FacilityQueryService.MAX_PAGE_SIZE;
        return jp.sitegate.interfaces.web.export.TableExport.allPages(p -> page(p, size).items(), size);
    }

    /** @return the filtered shipments as CSV, the table's columns */
    public org.primefaces.model.StreamedContent getCsv() {
        return export().csvDownload("sitegate-shipments", all());
    }

    /** @return the filtered shipments as an Excel workbook, the table's columns */
    public org.primefaces.model.StreamedContent getXlsx() {
        return export().xlsxDownload("sitegate-shipments", Messages.text("shipments.title"), all());
    }

    /** @return the products the product filter offers */
    public List<ProductOption> getProducts() {
        if (products == null) {
            products = ProductOption.of(catalog.strengthPerProduct());
        }
        return products;
    }

    /** @return the period shown (Japan days, inclusive) */
    public Period getPeriod() {
        return period;
    }

    /** @return the facility code filter */
    public String getFacility() {
        return facility;
    }

    /** @param v the facility code filter */
    public void setFacility(String v) {
        facility = v == null || v.isBlank() ? null : v.strip();
    }

    /** @return the product key filter */
    public String getProduct() {
        return product;
    }

    /** @param v the product key filter */
    public void setProduct(String v) {
        product = v == null || v.isBlank() ? null : v;
    }

    /** @return the lazy model of shipments, newest first */
    public LazyDataModel<ShipmentView> getModel() {
        return model;
    }
}
