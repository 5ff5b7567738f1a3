package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import jp.sitegate.application.gate.EligibilityService;
import jp.sitegate.application.view.DecisionDocument;
import jp.sitegate.domain.shared.DomainException;

/**
 * The readable decision page ({@code decision.xhtml?id=}, issue 14): a stored decision as the check page shows it,
 * printable, for the organisation that asked for it, the product's manufacturer and the facility — the same rule
 * as {@code GET /api/v1/decisions/{id}} ({@link EligibilityService#storedDocument(String)}).
 */
@Named
@ViewScoped
public class DecisionPageBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private EligibilityService eligibility;

    private String id;
    private DecisionDocument decision;

    /** Reads the decision named by the {@code id} parameter; says so when there is none the user may see. */
    public void load() {
        try {
            decision = eligibility.storedDocument(id);
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /** @return the decision, or {@code null} when none could be read */
    public DecisionDocument getDecision() {
        return decision;
    }

    /** @return the decision id (view parameter) */
    public String getId() {
        return id;
    }

    /** @param id the decision id */
    public void setId(String id) {
        this.id = id;
    }
}
