package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.sitegate.application.admin.OrganisationService;
import jp.sitegate.application.view.OrganisationViews;
import jp.sitegate.domain.shared.DomainException;

/**
 * {@code admin/organisations.xhtml} (issue 10): the operator's system administrator lists organisations by kind,
 * registers manufacturers, distributors and the facilities' organisations, and (de)activates them. Every action is
 * the same {@link OrganisationService} method the REST API calls, with the same rule.
 */
@Named
@ViewScoped
public class OrganisationsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisations;

    private String filterKind;
    private List<OrganisationViews.Organisation> list;
    private String kind = "MANUFACTURER";
    private String nameJa;
    private String nameEn;
    private String corporateNumber;
    private String facilityCode;

    /** @return the organisations of the chosen kind (all but facilities when none is chosen) */
    public List<OrganisationViews.Organisation> getList() {
        if (list == null) {
            try {
                list = new java.util.ArrayList<>(organisations.list(filterKind, null)); // sortable in place
            } catch (DomainException e) {
                list = List.of();
                Messages.error(null, e);
            }
        }
        return list;
    }

    /** Registers the organisation of the form. */
    public void create() {
        try {
            OrganisationService.Created c = organisations.create(kind, nameJa, nameEn, corporateNumber, facilityCode);
            Messages.info(Messages.text(c.created() ? "organisations.created" : "organisations.existing",
                    c.organisation().nameJa()));
            list = null;
            nameJa = null;
            nameEn = null;
            corporateNumber = null;
            facilityCode = null;
        } catch (DomainException e) {
            Messages.error(e.field() == null ? null : "organisation:" + e.field(), e);
        }
    }

    /**
     * Activates or deactivates an organisation.
     *
     * @param o      the organisation as listed
     * @param active the new status
     */
    public void changeStatus(OrganisationViews.Organisation o, boolean active) {
        try {
            OrganisationViews.Organisation changed = organisations.changeStatus(o.id(), o.version(), active);
            Messages.info(Messages.text("organisations.statusChanged", changed.nameJa(),
                    Messages.text("organisation.status." + changed.status())));
        } catch (DomainException e) {
            Messages.error(null, e);
        }
        list = null;
    }

    /** Reloads the list for the chosen kind. */
    public void filter() {
        list = null;
    }

    /** @return kinds offered in the form and filter */
    public List<String> getKinds() {
        return List.of("MANUFACTURER", "DISTRIBUTOR", "FACILITY", "OPERATOR");
    }

    /** @return the kind filter, or {@code null} */
    public String getFilterKind() {
        return filterKind;
    }

    /** @param v the kind filter */
    public void setFilterKind(String v) {
        filterKind = v == null || v.isBlank() ? null : v;
    }

    /** @return the new organisation's kind */
    public String getKind() {
        return kind;
    }

    /** @param v the kind */
    public void setKind(String v) {
        kind = v;
    }

    /** @return the Japanese name */
    public String getNameJa() {
        return nameJa;
    }

    /** @param v the Japanese name */
    public void setNameJa(String v) {
        nameJa = v;
    }

    /** @return the English name */
    public String getNameEn() {
        return nameEn;
    }

    /** @param v the English name */
    public void setNameEn(String v) {
        nameEn = v;
    }

    /** @return the 法人番号 */
    public String getCorporateNumber() {
        return corporateNumber;
    }

    /** @param v the 法人番号 */
    public void setCorporateNumber(String v) {
        corporateNumber = v;
    }

    /** @return the facility code (FACILITY only) */
    public String getFacilityCode() {
        return facilityCode;
    }

    /** @param v the facility code */
    public void setFacilityCode(String v) {
        facilityCode = v;
    }
}
