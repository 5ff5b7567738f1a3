package jp.sitegate.domain.model.declaration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.shared.InvalidInputException;

/**
 * A manufacturer's MR or safety manager confirmed or rejected a facility's declaration (issue 11, REQUIREMENTS.md §8)
 * with the evidence seen — an uploaded document and/or a site-visit note — and the day seen. It is that manufacturer's
 * confirmation: another manufacturer's products count it only when their profile accepts any manufacturer's. The
 * newest decision of a manufacturer about a declaration is the one that stands.
 */
@Entity
@Table(name = "fact_confirmation")
@NamedQuery(name = "DeclarationConfirmation.ofDeclarations", query = "SELECT c FROM DeclarationConfirmation c "
        + "LEFT JOIN FETCH c.document WHERE c.declaration.id IN :ids ORDER BY c.decidedAt, c.id")
public class DeclarationConfirmation {
    /** Longest note, characters (the column's). */
    public static final int MAX_NOTE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "declaration_id", updatable = false)
    private Declaration declaration;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", nullable = false, updatable = false, length = 10)
    private ConfirmationDecision decision;

    @Column(name = "decided_by", nullable = false, updatable = false, length = 100)
    private String decidedBy;

    @Column(name = "seen_on", nullable = false, updatable = false)
    private LocalDate seenOn;

    @Column(name = "note", updatable = false, length = MAX_NOTE)
    private String note;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id", updatable = false)
    private EvidenceDocument document;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Version
    private long version;

    protected DeclarationConfirmation() {
    }

    /**
     * @param declaration    the declaration (current)
     * @param organisationId the confirming manufacturer
     * @param decision       confirmed or rejected
     * @param decidedBy      who (name and user name)
     * @param seenOn         the day the evidence was seen (validated by the caller: not in the future)
     * @param note           the site-visit note, or {@code null}/blank
     * @param document       the uploaded document, or {@code null}
     * @param now            when
     * @throws InvalidInputException naming {@code decision} when missing, {@code evidence} when neither a document nor
     *                               a note is given, {@code note} when longer than {@link #MAX_NOTE}
     */
    public DeclarationConfirmation(Declaration declaration, long organisationId, ConfirmationDecision decision,
            String decidedBy, LocalDate seenOn, String note, EvidenceDocument document, Instant now) {
        if (decision == null) {
            throw InvalidInputException.of("decision", "declaration.decision-confirmed-rejected");
        }
        String n = note == null || note.isBlank() ? null : note.strip();
        if (n == null && document == null) {
            throw InvalidInputException.of("evidence", "confirmation.give-evidence-seen-uploaded");
        }
        if (n != null && n.length() > MAX_NOTE) {
            throw InvalidInputException.of("note", "confirmation.note-most-characters", MAX_NOTE);
        }
        this.declaration = Objects.requireNonNull(declaration, "declaration");
        this.organisationId = organisationId;
        this.decision = decision;
        this.decidedBy = Objects.requireNonNull(decidedBy, "decidedBy");
        this.seenOn = Objects.requireNonNull(seenOn, "seenOn");
        this.note = n;
        this.document = document;
        this.decidedAt = Objects.requireNonNull(now, "now");
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the declaration */
    public Declaration getDeclaration() {
        return declaration;
    }

    /** @return the declaration's facility (what the audit trail files it under) */
    public Facility getFacility() {
        return declaration.getFacility();
    }

    /** @return the confirming manufacturer */
    public Long getOrganisationId() {
        return organisationId;
    }

    /** @return the decision */
    public ConfirmationDecision getDecision() {
        return decision;
    }

    /** @return who decided */
    public String getDecidedBy() {
        return decidedBy;
    }

    /** @return the day the evidence was seen */
    public LocalDate getSeenOn() {
        return seenOn;
    }

    /** @return the site-visit note, or {@code null} */
    public String getNote() {
        return note;
    }

    /** @return the document, or {@code null} */
    public EvidenceDocument getDocument() {
        return document;
    }

    /** @return when it was recorded */
    public Instant getDecidedAt() {
        return decidedAt;
    }

    /** @return the version (optimistic lock) */
    public long getVersion() {
        return version;
    }
}
