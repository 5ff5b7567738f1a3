package jp.sitegate.application.facility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.sitegate.application.view.DeclarationView;
import jp.sitegate.domain.model.declaration.Declaration;
import jp.sitegate.domain.model.declaration.DeclarationConfirmation;
import jp.sitegate.domain.model.declaration.DeclarationRepository;
import jp.sitegate.domain.model.declaration.DeclaredFact;
import jp.sitegate.domain.model.declaration.EvidenceDocument;
import jp.sitegate.domain.model.facility.Facility;

/**
 * What every write path that changes a declared fact shares, and the views of declarations with the manufacturers'
 * decisions (REQUIREMENTS.md §8; issue 13: over {@link DeclarationRepository}, in the caller's transaction). No
 * authorization here: the calling service checked it.
 */
@jakarta.enterprise.context.ApplicationScoped
public class Declarations {
    @jakarta.inject.Inject
    private DeclarationRepository repository;

    /**
     * Records that the facility declared {@code fact} (shared by every write path that changes a declared fact): the
     * current declaration of the fact is superseded and, unless the fact is withdrawn, a new unconfirmed one starts.
     *
     * @param f     the facility
     * @param fact  what is declared
     * @param value the value as text, or {@code null} when the declaration is withdrawn
     * @param by    who (name and user name)
     * @param now   when
     * @return the new declaration, or {@code null} when withdrawn
     */
    public Declaration record(Facility f, DeclaredFact fact, String value, String by, Instant now) {
        current(f, fact).forEach(d -> d.supersede(now));
        if (value == null) {
            return null;
        }
        Declaration d = new Declaration(f, fact, value, by, now);
        repository.add(d);
        return d;
    }

    /**
     * @param f    the facility
     * @param fact a declared fact
     * @return the declarations of the fact in force (normally one)
     */
    public List<Declaration> current(Facility f, DeclaredFact fact) {
        return repository.current(f, fact);
    }

    /**
     * The current declarations at the given facilities that the manufacturer has not decided about (or whose
     * confirmation lapses within {@code lapsingDays}), oldest first — the MR's confirmation queue.
     *
     * @param facilities     the facilities
     * @param organisationId the manufacturer
     * @param today          today (Japan)
     * @param lapsingDays    days before a 12-month confirmation lapses that it is listed again
     * @return the open declarations, oldest first
     */
    public List<DeclarationView> open(List<Facility> facilities, long organisationId, LocalDate today,
            int lapsingDays) {
        if (facilities.isEmpty()) {
            return List.of();
        }
        List<Declaration> all = repository.declaredAt(facilities);
        List<DeclarationView> out = new ArrayList<>();
        for (DeclarationView v : views(all)) {
            DeclarationView.Decision own = v.standingOf(organisationId);
            boolean lapsing = own != null && "CONFIRMED".equals(own.decision()) && !LocalDate.parse(own.seenOn())
                    .plusMonths(jp.sitegate.domain.model.eligibility.ConfirmationRule.DEFAULT_MONTHS)
                    .minusDays(lapsingDays).isAfter(today);
            if (own == null || lapsing) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * @param declarations declarations
     * @return their views with the manufacturers' decisions (one SELECT for the decisions, one for the names)
     */
    public List<DeclarationView> views(List<Declaration> declarations) {
        if (declarations.isEmpty()) {
            return List.of();
        }
        Map<Long, List<DeclarationConfirmation>> byDeclaration = new HashMap<>();
        for (DeclarationConfirmation c : repository.decisionsAbout(declarations.stream().map(Declaration::getId)
                .toList())) {
            byDeclaration.computeIfAbsent(c.getDeclaration().getId(), k -> new ArrayList<>()).add(c);
        }
        Map<Long, String> names = repository.organisationNames(byDeclaration.values().stream().flatMap(List::stream)
                .map(DeclarationConfirmation::getOrganisationId).distinct().toList());
        List<DeclarationView> out = new ArrayList<>();
        for (Declaration d : declarations) {
            List<DeclarationView.Decision> decisions = new ArrayList<>();
            for (DeclarationConfirmation c : byDeclaration.getOrDefault(d.getId(), List.of())) {
                EvidenceDocument doc = c.getDocument();
                decisions.add(new DeclarationView.Decision(c.getId(), c.getOrganisationId(),
                        names.getOrDefault(c.getOrganisationId(), ""), c.getDecision().name(),
                        c.getDecision().labelJa(), c.getDecidedBy(), c.getSeenOn().toString(),
                        c.getDecidedAt().toString(), c.getNote(), doc == null ? null : doc.getId(),
                        doc == null ? null : doc.getFileName(), doc == null ? null : doc.getSha256()));
            }
            DeclaredFact fact = d.fact();
            out.add(new DeclarationView(d.getId(), d.getFacility().getCode().value(), d.getFacility().getName(),
                    fact.name(), fact.subjectId(), fact.labelJa(), fact.labelEn(), d.getValueText(), d.getDeclaredBy(),
                    d.getDeclaredAt().toString(), d.isCurrent(), decisions));
        }
        return out;
    }
}
