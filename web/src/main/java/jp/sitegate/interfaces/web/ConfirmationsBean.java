package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.sitegate.application.facility.FacilityProfileService;
import jp.sitegate.domain.shared.DomainException;

/** The MR's confirmation queue page (issue 11): the facilities' open declarations, oldest first. */
@Named
@ViewScoped
public class ConfirmationsBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private FacilityProfileService profiles;

    private List<FacilityProfileService.OpenConfirmation> open;

    /** @return the open declarations (none when the user may see none) */
    public List<FacilityProfileService.OpenConfirmation> getOpen() {
        if (open == null) {
            try {
                open = new java.util.ArrayList<>(profiles.openConfirmations()); // sortable in place
            } catch (DomainException e) {
                open = List.of();
                Messages.error(null, e);
            }
        }
        return open;
    }
}
