package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import jp.sitegate.application.AccessPolicy;
import jp.sitegate.application.stock.StockService;
import jp.sitegate.application.view.FacilityViews;
import jp.sitegate.domain.model.stock.MovementType;
import jp.sitegate.domain.shared.DomainException;
import jp.sitegate.interfaces.security.CurrentUserBean;

/**
 * The facility administrator's tocilizumab ledger (REQUIREMENTS.md §5): lots with vials and mg on hand, lots near
 * expiry highlighted, receiving a lot, and using, expiring or returning vials; the per-product checklist below
 * shows at once what the stock changes.
 */
@Named
@ViewScoped
public class StockBean extends FacilityScopedBean {
    private static final long serialVersionUID = 1L;
    /** Days before expiry from which a lot is highlighted. */
    public static final int NEAR_EXPIRY_DAYS = 60;

    @Inject
    private StockService stock;


    @Inject
    private Clock clock;

    private FacilityViews.Stock view;
    /** The lots of {@link #view}, as a list the table sorts in place (issue 14). */
    private java.util.List<FacilityViews.Lot> lots;
    private FacilityViews.Stock lotsOf;
    private List<FacilityViews.LedgerEntry> ledger;
    private String yjCode = "6399421A3022";
    private String lotNumber;
    private LocalDate expiryDate;
    private boolean askExpired;
    private boolean acceptExpired;
    private Integer vials = 1;
    private String movementLot;
    private String movementYj;
    private String movementType = MovementType.USED.name();
    private Integer movementVials = 1;

    /** Loads the ledger of the facility named by the {@code code} view parameter. */
    public void load() {
        view = null;
        ledger = null;
        if (code == null || code.isBlank()) {
            return;
        }
        try {
            requireReadable();
            view = facilities.stock(code.strip(), null);
            code = view.facilityCode();
            refreshDecisions();
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /**
     * Receives a lot (creates it when new). A lot whose expiry date has passed is not recorded at once (issue 14): the
     * page warns that expired vials do not count (LUN-FAC-4) and asks; ticking the confirmation records it.
     */
    public void receive() {
        if (expiryDate != null && expiryDate.isBefore(LocalDate.now(clock)) && !acceptExpired) {
            askExpired = true;
            Messages.warn("receive:expiryDate", Messages.text("stock.expired.ask", expiryDate.toString()));
            return;
        }
        apply(yjCode, lotNumber, expiryDate, MovementType.RECEIVED, vials, "stock:receive");
        lotNumber = null;
        expiryDate = null;
        vials = 1;
        askExpired = false;
        acceptExpired = false;
    }

    /** @return true while the page asks whether an expired lot is really to be recorded */
    public boolean isAskExpired() {
        return askExpired;
    }

    /** @return true when the user confirmed recording a lot past its expiry date */
    public boolean isAcceptExpired() {
        return acceptExpired;
    }

    /** @param acceptExpired the user's confirmation that the lot's expiry date has passed */
    public void setAcceptExpired(boolean acceptExpired) {
        this.acceptExpired = acceptExpired;
    }

    /** Uses, expires or returns vials of the lot chosen in the dialog. */
    public void move() {
        apply(movementYj, movementLot, null, MovementType.valueOf(movementType), movementVials, "stock:move");
    }

    /**
     * Prepares the movement dialog for a lot.
     *
     * @param lot the lot
     */
    public void choose(FacilityViews.Lot lot) {
        movementLot = lot.lotNumber();
        movementYj = lot.yjCode();
        movementVials = 1;
    }

    private void apply(String yj, String lot, LocalDate expiry, MovementType type, Integer n, String form) {
        try {
            AccessPolicy.requireFacilityAdmin(CurrentUserBean.current(), code);
            view = stock.move(code, yj, lot, expiry, type, n == null ? 0 : n, null);
            ledger = null;
            refreshDecisions();
            Messages.info(Messages.text("stock.recorded"));
        } catch (DomainException e) {
            String field = e.field() == null ? null : form + ":" + e.field();
            Messages.error(field, e);
        }
    }

    /**
     * @param lot a lot
     * @return a row style: expired, near expiry (within {@value #NEAR_EXPIRY_DAYS} days) or none
     */
    public String rowStyle(FacilityViews.Lot lot) {
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), LocalDate.parse(lot.expiryDate()));
        if (days < 0) {
            return "lot-expired";
        }
        return days <= NEAR_EXPIRY_DAYS ? "lot-near-expiry" : "";
    }



    /** @return the ledger, or {@code null} */
    public FacilityViews.Stock getView() {
        return view;
    }

    /** @return the lots shown, sortable by the table's columns (a copy of the view's, made again when it changes) */
    public java.util.List<FacilityViews.Lot> getLots() {
        if (view == null) {
            return java.util.List.of();
        }
        if (lots == null || lotsOf != view) {
            lots = new java.util.ArrayList<>(view.lots());
            lotsOf = view;
        }
        return lots;
    }


    /** @return the YJ code of the lot to receive */
    public String getYjCode() {
        return yjCode;
    }

    /** @param yjCode the YJ code of the lot to receive */
    public void setYjCode(String yjCode) {
        this.yjCode = yjCode;
    }

    /** @return the lot number to receive */
    public String getLotNumber() {
        return lotNumber;
    }

    /** @param lotNumber the lot number to receive */
    public void setLotNumber(String lotNumber) {
        this.lotNumber = lotNumber;
    }

    /** @return the expiry date of the lot to receive */
    public LocalDate getExpiryDate() {
        return expiryDate;
    }

    /** @param expiryDate the expiry date of the lot to receive */
    public void setExpiryDate(LocalDate expiryDate) {
        this.expiryDate = expiryDate;
    }

    /** @return vials to receive */
    public Integer getVials() {
        return vials;
    }

    /** @param vials vials to receive */
    public void setVials(Integer vials) {
        this.vials = vials;
    }

    /** @return the lot chosen for a movement */
    public String getMovementLot() {
        return movementLot;
    }

    /** @return USED, EXPIRED or RETURNED */
    public String getMovementType() {
        return movementType;
    }

    /** @param movementType USED, EXPIRED or RETURNED */
    public void setMovementType(String movementType) {
        this.movementType = movementType;
    }

    /** @return vials to move */
    public Integer getMovementVials() {
        return movementVials;
    }

    /** @param movementVials vials to move */
    public void setMovementVials(Integer movementVials) {
        this.movementVials = movementVials;
    }

    /** @return the facility's 受払簿: every movement of every lot with the lot's balance after it (issue 14) */
    public List<FacilityViews.LedgerEntry> getLedger() {
        if (ledger == null && view != null) {
            ledger = facilities.ledger(view.facilityCode());
        }
        return ledger == null ? List.of() : ledger;
    }
}
