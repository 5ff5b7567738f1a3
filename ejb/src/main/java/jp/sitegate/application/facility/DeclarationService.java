package jp.sitegate.application.facility;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.status.FactsChanged;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.application.view.DeclarationView;
import jp.sitegate.application.view.EvidenceDownload;
import jp.sitegate.domain.model.declaration.ConfirmationDecision;
import jp.sitegate.domain.model.declaration.Declaration;
import jp.sitegate.domain.model.declaration.DeclarationConfirmation;
import jp.sitegate.domain.model.declaration.DeclaredFact;
import jp.sitegate.domain.model.declaration.EvidenceDocument;
import jp.sitegate.domain.model.declaration.EvidenceFile;
import jp.sitegate.domain.model.facility.Capability;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.facility.TransplantCategory;
import jp.sitegate.domain.model.organisation.Organisation;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.ConflictException;
import jp.sitegate.domain.shared.ForbiddenException;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.NotFoundException;
import jp.sitegate.infrastructure.config.ClockProducer;

/**
 * Declarations and their confirmations (issue 11, REQUIREMENTS.md §8). The facility's administrator declares a fact
 * (a capability, ICU-equivalent equipment, the JSTCT category; physicians by registering and editing them); an MR or
 * safety manager of a manufacturer tied to the facility confirms or rejects it with the evidence seen (an uploaded PDF
 * or image, checked by {@link EvidenceFile}, and/or a site-visit note) and the day seen. Declaring a fact anew
 * supersedes the declaration and so its confirmations. Every write re-evaluates the facility's statuses.
 */
@Stateless
public class DeclarationService {

    /** Issue 13: facts a profile reads changed; StatusTracker re-evaluates in this transaction. */
    @jakarta.inject.Inject
    private jakarta.enterprise.event.Event<FactsChanged> factsChanged;

    @jakarta.inject.Inject
    private jp.sitegate.domain.shared.UnitOfWork work;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.declaration.DeclarationRepository declarationRepository;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.EligibilityEngine engine;

    @Inject
    private Clock clock;

    @Inject
    private Authorization authorization;

    @Inject
    private Declarations declarations;

    /**
     * @param u the caller, or {@code null} for system work
     * @return how the audit and the evidence name them: 「name（username）」
     */
    public static String who(AuthenticatedUser u) {
        return u == null ? "system" : u.displayName() + "（" + u.username() + "）";
    }

    /**
     * The facility's administrator declares one fact ({@code POST /api/v1/facilities/{code}/declarations}).
     * Declaring the value already declared keeps the declaration (and its confirmations); another value is a new,
     * unconfirmed declaration.
     *
     * @param code  facility code
     * @param fact  a capability name ({@code CONTACT_24H}, {@code SAME_DAY_LAB_RESULTS}, …), {@code ICU_EQUIVALENT} or
     *              {@code TRANSPLANT_CATEGORY}
     * @param value {@code true}/{@code false} (a category name for {@code TRANSPLANT_CATEGORY}), or {@code null}/blank
     *              to withdraw the declaration
     * @return the declaration in force (its {@code id}), or {@code null} when withdrawn
     * @throws ForbiddenException    unless the facility's administrator
     * @throws InvalidInputException naming {@code fact} or {@code value}
     * @throws NotFoundException     for an unknown facility
     */
    public DeclarationView declare(String code, String fact, String value) {
        AuthenticatedUser u = authorization.adminOfFacility(code);
        Facility f = engine.facility(code);
        DeclaredFact df = DeclaredFact.parse(fact);
        String v = value == null || value.isBlank() ? null : value.strip();
        Instant now = clock.instant();
        String before;
        String after;
        Capability c = df.capability();
        if (DeclaredFact.TRANSPLANT_CATEGORY.equals(df.name())) {
            TransplantCategory category = v == null ? null : category(v);
            before = f.getTransplantCategory() == null ? null : f.getTransplantCategory().name();
            after = category == null ? null : category.name();
            f.declareTransplantCategory(category, now);
        } else {
            Boolean b = v == null ? null : bool(v);
            after = b == null ? null : b.toString();
            if (c != null) {
                Boolean old = f.capabilities().get(c);
                before = old == null ? null : old.toString();
                f.declareCapability(c, b, now);
            } else {
                before = f.getIcuEquivalentDeclared() == null ? null : f.getIcuEquivalentDeclared().toString();
                f.declareIcuEquivalent(b, now);
            }
        }
        List<Declaration> standing = declarations.current(f, df);
        Declaration d = java.util.Objects.equals(before, after) && !standing.isEmpty() ? standing.get(0)
                : declarations.record(f, df, after, who(u), now);
        work.flush();
        reevaluate(f, now, jp.sitegate.application.status.FactsChanged.cause("cause.declaration",
                new jp.sitegate.domain.shared.Reason(df.labelJa(), df.labelEn()), after == null
                        ? jp.sitegate.domain.shared.Reason.of("cause.undeclared")
                        : new jp.sitegate.domain.shared.Reason(FacilityProfileService.valueJa(after),
                                FacilityProfileService.valueEn(after))));
        return d == null ? null : declarations.views(List.of(d)).get(0);
    }

    private static Boolean bool(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw InvalidInputException.of("value", "declaration.value-true-false");
        };
    }

    private static TransplantCategory category(String v) {
        for (TransplantCategory t : TransplantCategory.values()) {
            if (t.name().equals(v.toUpperCase(Locale.ROOT))) {
                return t;
            }
        }
        throw InvalidInputException.of("value", "declaration.value-category-1-category");
    }

    /**
     * An MR or safety manager of a manufacturer tied to the facility confirms or rejects a current declaration, for
     * their company ({@code POST /api/v1/facilities/{code}/declarations/{id}/confirmation}).
     *
     * @param code          facility code
     * @param declarationId the declaration
     * @param decision      {@code CONFIRMED} or {@code REJECTED}
     * @param seenOn        the day the evidence was seen (not in the future)
     * @param note          the site-visit note, or {@code null}
     * @param fileName      the uploaded document's name, or {@code null}
     * @param evidence      the uploaded document (PDF, PNG or JPEG by content, ≤ 10 MB, a PDF without JavaScript), or
     *                      {@code null} when none is uploaded
     * @return the declaration with its decisions
     * @throws ForbiddenException    for any other role, or a manufacturer not tied to the facility (before the input)
     * @throws NotFoundException     naming {@code declarationId} for a declaration not of that facility
     * @throws ConflictException     naming {@code declarationId} when the facility has declared the fact anew since
     * @throws InvalidInputException naming {@code decision}, {@code seenOn}, {@code note} or {@code evidence} (neither a
     *                               document nor a note; a document refused) — nothing is stored then
     */
    public DeclarationView decide(String code, long declarationId, String decision, LocalDate seenOn, String note,
            String fileName, byte[] evidence) {
        AuthenticatedUser u = authorization.manufacturerAt(code);
        if (u == null) {
            throw ForbiddenException.of("code", "declaration.only-manufacturer-s-user");
        }
        Facility f = engine.facility(code);
        Declaration d = work.find(Declaration.class, declarationId);
        if (d == null || !d.getFacility().getId().equals(f.getId())) {
            throw NotFoundException.of("declarationId", "declaration.no-such-declaration-facility");
        }
        ConfirmationDecision chosen = decision(decision);
        Instant now = clock.instant();
        FacilityProfileService.requireSeenOn(seenOn, now, "確認した日");
        EvidenceDocument document = evidence == null ? null
                : new EvidenceDocument(f, u.organisationId(), EvidenceFile.of(fileName, evidence), who(u), now);
        DeclarationConfirmation c = new DeclarationConfirmation(d, u.organisationId(), chosen, who(u), seenOn, note,
                document, now);
        if (!d.isCurrent()) {
            throw ConflictException.of("declarationId", "declaration.facility-has-declared-fact");
        }
        if (document != null) {
            work.add(document);
        }
        work.add(c);
        if (DeclaredFact.ICU_EQUIVALENT.equals(d.fact().name())) {
            // what the facility page shows as the last confirmation; the engine reads the confirmations themselves
            f.recordIcuEquivalentDecision(chosen == ConfirmationDecision.CONFIRMED, who(u), u.organisationId(), seenOn,
                    now);
        }
        work.flush();
        reevaluate(f, now, jp.sitegate.application.status.FactsChanged.cause("cause.declaration-decided",
                new jp.sitegate.domain.shared.Reason(d.fact().labelJa(), d.fact().labelEn()),
                new jp.sitegate.domain.shared.Reason(chosen.labelJa(), chosen.labelEn()), who(u)));
        return declarations.views(List.of(d)).get(0);
    }

    private static ConfirmationDecision decision(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (ConfirmationDecision c : ConfirmationDecision.values()) {
            if (c.name().equals(t)) {
                return c;
            }
        }
        throw InvalidInputException.of("decision", "declaration.decision-confirmed-rejected");
    }

    /**
     * The facility's declarations in force with the manufacturers' decisions ({@code GET …/declarations}): its
     * administrator, and MRs and safety managers of manufacturers tied to it.
     *
     * @param code facility code
     * @return the declarations, oldest first
     * @throws ForbiddenException for anyone else
     * @throws NotFoundException  for an unknown facility
     */
    public List<DeclarationView> ofFacility(String code) {
        Facility f = authorization.physicianData(code);
        return declarations.views(declarationRepository.inForceAt(f.getId()));
    }

    /**
     * An evidence document as a download: the facility's administrator, or an MR or safety manager of the
     * manufacturer that uploaded it and is tied to the facility.
     *
     * @param code       facility code
     * @param documentId the document
     * @return the document
     * @throws ForbiddenException for anyone else
     * @throws NotFoundException  naming {@code documentId} for a document not of that facility
     */
    public EvidenceDownload document(String code, long documentId) {
        AuthenticatedUser u = authorization.readFacility(code);
        Facility f = authorization.physicianData(code);
        EvidenceDocument d = work.find(EvidenceDocument.class, documentId);
        if (d == null || !d.getFacility().getId().equals(f.getId())) {
            throw NotFoundException.of("documentId", "declaration.no-such-document-facility");
        }
        if (u != null && (u.has(Role.MR) || u.has(Role.SAFETY_MANAGER)) && !u.belongsTo(d.getOrganisationId())) {
            throw ForbiddenException.of("documentId", "declaration.another-manufacturer-uploaded");
        }
        return new EvidenceDownload(d.getFileName(), d.getMediaType(), d.getSha256(), d.content());
    }

    /**
     * @param now a moment
     * @return its day in Japan
     */
    public static LocalDate day(Instant now) {
        return now.atZone(ClockProducer.JAPAN).toLocalDate();
    }

    /** Fires {@link FactsChanged} (issue 13) and returns the status changes the observer recorded. */
    private java.util.List<jp.sitegate.domain.model.status.StatusChange> reevaluate(
            jp.sitegate.domain.model.facility.Facility facility, java.time.Instant at, String cause) {
        FactsChanged event = new FactsChanged(facility, at, cause);
        factsChanged.fire(event);
        return event.changes();
    }
}
