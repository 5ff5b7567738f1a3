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
            return (int) shipments.list(0, 1).total();
        }

        @Override
        public List<ShipmentView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return shipments.list(first / pageSize, pageSize).items();
        }

        @Override
        public String getRowKey(ShipmentView s) {
            return Long.toString(s.id());
        }
    };

    /** @return the lazy model of shipments, newest first */
    public LazyDataModel<ShipmentView> getModel() {
        return model;
    }
}
