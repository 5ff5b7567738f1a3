package jp.sitegate.interfaces.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import jp.sitegate.application.admin.ProfileAdminService;
import jp.sitegate.application.shipment.SupplySuspensionService;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.application.view.ProductViews;
import jp.sitegate.application.view.SuspensionView;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.DomainException;
import jp.sitegate.interfaces.security.CurrentUserBean;

/**
 * The supply suspensions (出荷停止, issue 11) on a facility's page: the list for whoever may see it, and for the
 * manufacturer's safety manager the form that suspends and the button that lifts — the same service methods as
 * {@code POST/DELETE /api/v1/facilities/{code}/suspensions}. After a change the page is reloaded with its code, so
 * the decisions above show the suspension.
 */
@Named
@ViewScoped
public class SuspensionsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private SupplySuspensionService suspensions;

    @Inject
    private ProfileAdminService admin;

    private List<SuspensionView> list;
    private String loadedFor;
    private List<ProductViews.Product> products;
    private String product = "";
    private String reason;
    private LocalDate until;

    /**
     * @param code the facility shown
     * @return its suspensions the signed-in user may see, newest first (none when they may see none)
     */
    public List<SuspensionView> list(String code) {
        if (list == null || !code.equals(loadedFor)) {
            try {
                list = suspensions.ofFacility(code);
            } catch (DomainException e) {
                list = List.of();
            }
            loadedFor = code;
        }
        return list;
    }

    /** @return true for a manufacturer's safety manager, who may suspend and lift */
    public boolean isSafetyManager() {
        AuthenticatedUser u = CurrentUserBean.current();
        return u != null && u.has(Role.SAFETY_MANAGER);
    }

    /** @return the safety manager's company's products (the form's choices besides "all") */
    public List<ProductViews.Product> getProducts() {
        if (products == null) {
            products = isSafetyManager() ? admin.products() : List.of();
        }
        return products;
    }

    /**
     * Suspends supply to the facility.
     *
     * @param code the facility shown
     * @throws IOException when the reload cannot be sent
     */
    public void suspend(String code) throws IOException {
        try {
            suspensions.suspend(code, product, reason, until);
            reload(code, Messages.text("suspensions.suspended"));
        } catch (DomainException e) {
            Messages.error("suspensions:" + switch (e.field() == null ? "" : e.field()) {
                case "reason" -> "reason";
                case "until" -> "until";
                case "product" -> "product";
                default -> "messages";
            }, e);
        }
    }

    /**
     * Lifts a suspension.
     *
     * @param code the facility shown
     * @param s    the suspension as listed
     * @throws IOException when the reload cannot be sent
     */
    public void lift(String code, SuspensionView s) throws IOException {
        try {
            suspensions.lift(code, s.id(), s.version());
            reload(code, Messages.text("suspensions.lifted"));
        } catch (DomainException e) {
            Messages.error("suspensions:messages", e);
            list = null;
        }
    }

    private static void reload(String code, String message) throws IOException {
        Messages.info(message);
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        ext.getFlash().setKeepMessages(true);
        ext.redirect(ext.getRequestContextPath() + "/facility/home.xhtml?code="
                + URLEncoder.encode(code, StandardCharsets.UTF_8));
    }

    /** @return the chosen product's YJ code, or "" for all */
    public String getProduct() {
        return product;
    }

    /** @param product a YJ code, or "" for all */
    public void setProduct(String product) {
        this.product = product == null ? "" : product;
    }

    /** @return the reason typed */
    public String getReason() {
        return reason;
    }

    /** @param reason the reason */
    public void setReason(String reason) {
        this.reason = reason;
    }

    /** @return the last day, or {@code null} until lifted */
    public LocalDate getUntil() {
        return until;
    }

    /** @param until the last day */
    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
