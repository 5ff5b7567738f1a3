package jp.sitegate.application.notification;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.sitegate.application.stock.TocilizumabReadiness;
import jp.sitegate.application.view.FacilityViews;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.notification.Notification;
import jp.sitegate.domain.model.notification.NotificationKind;
import jp.sitegate.domain.model.notification.NotificationMessage;
import jp.sitegate.domain.model.notification.OutboundMessage;
import jp.sitegate.domain.model.notification.Severity;
import jp.sitegate.domain.model.notification.WebhookSubscription;
import jp.sitegate.domain.model.shipment.SupplySuspension;
import jp.sitegate.domain.model.status.StatusChange;
import jp.sitegate.domain.model.status.StatusLevel;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.model.user.UserAccount;
import jp.sitegate.domain.shared.Reason;
import jp.sitegate.infrastructure.config.ClockProducer;

/**
 * Who is told what (issue 5), written in the caller's transaction so a notification exists exactly when the change
 * it reports was committed:
 * <ul>
 * <li>a status change goes to the facility's MRs and administrators; when the status itself changes (not only the
 * list of requirements missing) also to the distributors that serve the facility (inbox, e-mail, and their
 * webhooks), and — when the new status is FLAGGED or NOT_ELIGIBLE — to every safety manager;</li>
 * <li>tocilizumab readiness warnings (lots expiring within 60 and 30 days; the date stock will fall below a
 * profile's minimum) go to the facility's administrators and MRs.</li>
 * </ul>
 * Each user gets an inbox entry, and an e-mail in the outbox when an address is on file. Reads and writes through
 * the domain's repositories (issue 13).
 */
@jakarta.enterprise.context.ApplicationScoped
public class NotificationCenter {
    /** The webhook event for a status change. */
    public static final String STATUS_EVENT = "facility.status.changed";
    /** Webhook event of a supply suspension (issue 11). */
    public static final String SUPPLY_SUSPENDED_EVENT = "facility.supply.suspended";
    /** Webhook event of a lifted supply suspension (issue 11). */
    public static final String SUPPLY_RESUMED_EVENT = "facility.supply.resumed";
    private static final DateTimeFormatter JST = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
            .withZone(ClockProducer.JAPAN);

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.user.UserAccountRepository users;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.notification.NotificationRepository notifications;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.product.ProductRepository products;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.organisation.AgreementRepository agreements;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.declaration.DeclarationRepository declarations;

    /**
     * Tells everyone concerned about one status change (not about a first evaluation).
     *
     * @param change the change, already persisted and flushed (its id keys the notifications)
     * @param failing requirement ids not met after the change
     * @param now    when
     */
    public void statusChanged(StatusChange change, List<String> failing, Instant now) {
        if (change.getFromStatus() == null) {
            return;
        }
        Facility f = change.getFacility();
        StatusLevel to = StatusLevel.valueOf(change.getToStatus());
        boolean levelChanged = !change.getFromStatus().equals(change.getToStatus());
        Map<Long, UserAccount> recipients = new LinkedHashMap<>();
        // a product's news goes to its own manufacturer's MRs and safety managers only (issue 10)
        Long manufacturer = change.getProduct().getManufacturerId();
        users.peopleOf(f).stream().filter(u -> ofManufacturerOrNotManufacturerStaff(u, manufacturer))
                .forEach(u -> recipients.put(u.getId(), u));
        // distributors and safety managers hear about changes of status, not about which requirements are missing
        List<UserAccount> distributors = levelChanged ? users.distributorsServing(f) : List.of();
        distributors.forEach(u -> recipients.put(u.getId(), u));
        if (levelChanged && to.needsAttention()) {
            users.enabledWithRole(Role.SAFETY_MANAGER).stream()
                    .filter(u -> ofManufacturerOrNotManufacturerStaff(u, manufacturer))
                    .forEach(u -> recipients.put(u.getId(), u));
        }
        NotificationMessage message = statusMessage(change, to, failing);
        for (UserAccount u : recipients.values()) {
            deliver(u, message, now);
        }
        callWebhooks(distributors, STATUS_EVENT, statusEvent(change, failing, to, now), now);
    }

    /** Queues one webhook call of the event for every active subscription of the distributors. */
    private void callWebhooks(List<UserAccount> distributors, String event, String json,
            Instant now) {
        for (UserAccount d : distributors) {
            for (WebhookSubscription w : notifications.activeWebhooksOf(d.getId())) {
                notifications.queue(OutboundMessage.webhook(w, event, json, now));
            }
        }
    }

    /**
     * Warns a facility's administrators and MRs about tocilizumab running short ahead of time; each warning (lot and
     * threshold, or product and date) is given once.
     *
     * @param facility  the facility
     * @param readiness its readiness today
     * @param now       when
     */
    public void readiness(Facility facility, FacilityViews.Readiness readiness,
            Instant now) {
        List<NotificationMessage> messages = new ArrayList<>();
        // a product's minimum is its own manufacturer's news (issue 10); a lot's expiry is every tied party's
        Map<NotificationMessage, Long> manufacturerOf = new java.util.HashMap<>();
        String where = facility.getName() + "（" + facility.getCode().value() + "）";
        for (FacilityViews.ExpiringLot lot : readiness.expiringLots()) {
            int days = lot.within30() ? TocilizumabReadiness.SOON_DAYS : TocilizumabReadiness.HORIZON_DAYS;
            messages.add(new NotificationMessage(lot.within30() ? NotificationKind.LOT_EXPIRING_30
                    : NotificationKind.LOT_EXPIRING_60, Severity.WARNING, facility, null,
                    bilingual("mail.lot-expiring.subject", " / ", lot.lotNumber(), days) + ": " + where,
                    bilingual("mail.lot-expiring.body", "\n\n", lot.lotNumber(), where, lot.yjCode(), lot.vials(),
                            lot.mg(), lot.expiryDate(), lot.daysLeft()),
                    "lot-" + days + ":" + lot.lotNumber() + ":" + lot.yjCode() + ":" + lot.expiryDate()));
        }
        for (FacilityViews.ProductReadiness p : readiness.products()) {
            if (p.fallsBelowOn() == null || p.daysUntilBelow() <= 0
                    || p.daysUntilBelow() > TocilizumabReadiness.HORIZON_DAYS) {
                continue;
            }
            messages.add(new NotificationMessage(NotificationKind.STOCK_BELOW_MINIMUM_AHEAD, Severity.WARNING,
                    facility, null,
                    bilingual("mail.stock-below.subject", " / ", p.fallsBelowOn(),
                            new Reason(p.productNameJa(), p.productKey())) + ": " + where,
                    bilingual("mail.stock-below.body", "\n\n", p.fallsBelowOn(),
                            new Reason(p.productNameJa(), p.productKey()), where, p.requirementId(), p.minimumMg(),
                            p.onHandMg(), p.daysUntilBelow()),
                    "below:" + p.productKey() + ":" + p.fallsBelowOn()));
            products.manufacturerOf(p.productKey()).ifPresent(m -> manufacturerOf.put(messages.get(messages.size() - 1), m));
        }
        if (messages.isEmpty()) {
            return;
        }
        List<UserAccount> people = users.peopleOf(facility);
        for (NotificationMessage m : messages) {
            Long manufacturer = manufacturerOf.get(m);
            for (UserAccount u : people) {
                if (manufacturer == null || ofManufacturerOrNotManufacturerStaff(u, manufacturer)) {
                    deliver(u, m, now);
                }
            }
        }
    }

    /**
     * Tells everyone a supply suspension concerns (issue 11) that it was made or lifted: the distributors with an
     * agreement in force for a product it covers (inbox, e-mail, webhook {@value #SUPPLY_SUSPENDED_EVENT} or
     * {@value #SUPPLY_RESUMED_EVENT}), the facility's administrators and the manufacturer's MRs assigned there.
     *
     * @param s         the suspension
     * @param suspended true when made, false when lifted
     * @param now       when
     */
    public void supply(SupplySuspension s, boolean suspended, Instant now) {
        Facility f = s.getFacility();
        LocalDate today = now.atZone(ClockProducer.JAPAN).toLocalDate();
        Set<Long> productIds = s.getProduct() != null ? Set.of(s.getProduct().getId())
                : products.productIdsOf(s.getManufacturerId());
        Set<Long> distributors = agreements.ofManufacturer(s.getManufacturerId()).stream()
                .filter(a -> productIds.stream().anyMatch(p -> a.authorises(p, today)))
                .map(jp.sitegate.domain.model.organisation.DistributionAgreement::getDistributorId).collect(Collectors.toSet());
        Map<Long, UserAccount> recipients = new LinkedHashMap<>();
        users.peopleOf(f).stream().filter(u -> ofManufacturerOrNotManufacturerStaff(u, s.getManufacturerId()))
                .forEach(u -> recipients.put(u.getId(), u));
        List<UserAccount> distributorUsers = users.enabledOf(distributors, Role.DISTRIBUTOR);
        distributorUsers.forEach(u -> recipients.put(u.getId(), u));
        Reason product = s.getProduct() == null ? Reason.of("mail.all-products")
                : new Reason(s.getProduct().getNameJa(), s.getProduct().getKey());
        String subject = bilingual(suspended ? "mail.suspended.subject" : "mail.resumed.subject", " / ", f.getName(),
                product);
        String body = suspended
                ? bilingual("mail.suspended.body", "\n\n", f.getName(), f.getCode().value(), product, s.getReason(),
                        s.getSuspendedBy(), s.getUntilDate() == null ? Reason.of("mail.until-lifted") : s.getUntilDate())
                : bilingual("mail.resumed.body", "\n\n", f.getName(), f.getCode().value(), product, s.getLiftedBy());
        NotificationMessage message = new NotificationMessage(suspended ? NotificationKind.SUPPLY_SUSPENDED
                : NotificationKind.SUPPLY_RESUMED, suspended ? Severity.CRITICAL : Severity.INFO, f, s.getProduct(),
                subject, body, "supply:" + s.getId() + (suspended ? ":suspended" : ":resumed"));
        recipients.values().forEach(u -> deliver(u, message, now));
        String event = suspended ? SUPPLY_SUSPENDED_EVENT : SUPPLY_RESUMED_EVENT;
        String json = Json.createObjectBuilder().add("event", event)
                .add("eventId", "supply-" + s.getId() + (suspended ? "-suspended" : "-resumed"))
                .add("occurredAt", now.toString()).add("facilityCode", f.getCode().value())
                .add("facilityName", f.getName())
                .add("product", s.getProduct() == null ? "" : s.getProduct().getKey())
                .add("allProducts", s.getProduct() == null).add("reason", s.getReason())
                .add("until", s.getUntilDate() == null ? "" : s.getUntilDate().toString())
                .add("rule", "REQUIREMENTS.md §8").build().toString();
        callWebhooks(distributorUsers, event, json, now);
    }

    /** Days before a confirmation lapses that the facility and the confirming manufacturer's MRs are reminded. */
    public static final int CONFIRMATION_REMINDER_DAYS = 30;

    /**
     * Reminds the facility's administrators and the confirming manufacturer's MRs there that the manufacturer's
     * confirmation of one of the facility's declarations lapses within {@value #CONFIRMATION_REMINDER_DAYS} days
     * (issue 11; the default validity of 12 months — a profile may set another {@code confirmationMonths}); once per
     * confirmation. Only each manufacturer's standing (newest) decision about a declaration in force counts.
     *
     * @param f   the facility
     * @param now the moment (the nightly run's)
     */
    public void confirmationLapsing(Facility f, Instant now) {
        LocalDate today = now.atZone(ClockProducer.JAPAN).toLocalDate();
        java.util.Map<String, jp.sitegate.domain.model.declaration.DeclarationConfirmation> standing =
                new java.util.LinkedHashMap<>();
        declarations.decisionsInForce(f).forEach(c -> standing.put(c.getDeclaration().getId() + ":" + c.getOrganisationId(), c));
        for (jp.sitegate.domain.model.declaration.DeclarationConfirmation c : standing.values()) {
            LocalDate seen = c.getSeenOn();
            LocalDate lapses = seen.plusMonths(jp.sitegate.domain.model.eligibility.ConfirmationRule.DEFAULT_MONTHS);
            if (c.getDecision() != jp.sitegate.domain.model.declaration.ConfirmationDecision.CONFIRMED
                    || today.isBefore(lapses.minusDays(CONFIRMATION_REMINDER_DAYS)) || !today.isBefore(lapses)) {
                continue;
            }
            jp.sitegate.domain.model.declaration.DeclaredFact fact = c.getDeclaration().fact();
            String where = f.getName() + "（" + f.getCode().value() + "）";
            NotificationMessage m = new NotificationMessage(NotificationKind.CONFIRMATION_LAPSING, Severity.WARNING, f,
                    null, bilingual("mail.confirmation-lapsing.subject", " / ",
                            new Reason(fact.labelJa(), fact.labelEn()), lapses) + ": " + where,
                    bilingual("mail.confirmation-lapsing.body", "\n\n", new Reason(fact.labelJa(), fact.labelEn()),
                            lapses, where, seen, c.getDecidedBy()),
                    "confirmation-lapsing:" + c.getDeclaration().getId() + ":" + c.getOrganisationId() + ":" + seen);
            long org = c.getOrganisationId();
            users.peopleOf(f).stream().filter(u -> ofManufacturerOrNotManufacturerStaff(u, org))
                    .forEach(u -> deliver(u, m, now));
        }
    }

    /**
     * @param key     a key of the messages bundle whose two languages make one bilingual mail text (issue 13)
     * @param between what stands between the Japanese and the English (" / " in a subject, a blank line in a body)
     * @param args    the message's arguments
     * @return the Japanese text, {@code between}, the English text
     */
    private static String bilingual(String key, String between, Object... args) {
        Reason r = Reason.of(key, args);
        return r.ja() + between + r.en();
    }

    /**
     * Puts a message in a user's inbox (once per dedup key) and queues its e-mail when the user has an address.
     *
     * @param user    recipient
     * @param message content
     * @param now     when
     */
    void deliver(UserAccount user, NotificationMessage message, Instant now) {
        if (notifications.delivered(user.getId(), message.dedupKey())) {
            return;
        }
        Notification n = new Notification(user, message, now);
        notifications.add(n);
        if (user.getEmail() != null) {
            notifications.queue(OutboundMessage.email(n, user.getEmail(), now));
        }
    }

    private static NotificationMessage statusMessage(StatusChange c, StatusLevel to, List<String> failing) {
        Facility f = c.getFacility();
        StatusLevel from = StatusLevel.valueOf(c.getFromStatus());
        // issue 14: the three statuses in words in both languages (納入可 / Eligible …), the product by its name
        Reason fromLabel = label(from);
        Reason toLabel = label(to);
        Reason product = new Reason(c.getProduct().getNameJa(), c.getProduct().getNameEn());
        // the same status with other requirements unmet reads as such, not as "納入不可 → 納入不可"
        String subject = bilingual(from == to ? "mail.status.subject-same" : "mail.status.subject", " / ",
                f.getName(), product, c.getProduct().getKey(), fromLabel, toLabel);
        String body = bilingual("mail.status.body", "\n\n", f.getName(), f.getCode().value(),
                product, c.getProduct().getKey(), fromLabel, toLabel, c.getFindingsChanged(),
                String.join(", ", failing), Reason.split(c.getCause()),
                new Reason(JST.format(c.getChangedAt()), String.valueOf(c.getChangedAt())), explanation(to));
        Severity severity = switch (to) {
            case NOT_ELIGIBLE -> Severity.CRITICAL;
            case FLAGGED -> Severity.WARNING;
            case ELIGIBLE -> Severity.INFO;
        };
        return new NotificationMessage(NotificationKind.STATUS_CHANGED, severity, f, c.getProduct(), subject, body,
                "status:" + c.getId());
    }

    /**
     * @param level a status
     * @return its Japanese label, the words every page uses (issue 14: 納入可 / 要確認 / 納入不可)
     */
    public static String ja(StatusLevel level) {
        return switch (level) {
            case ELIGIBLE -> Reason.of("mail.status.eligible").ja();
            case FLAGGED -> Reason.of("mail.status.flagged").ja();
            case NOT_ELIGIBLE -> Reason.of("mail.status.not-eligible").ja();
        };
    }

    /**
     * @param level a status
     * @return its words in both languages: 納入可 / Eligible, 要確認 / Needs checking, 納入不可 / Not eligible
     */
    static Reason label(StatusLevel level) {
        return switch (level) {
            case ELIGIBLE -> Reason.of("mail.status.eligible");
            case FLAGGED -> Reason.of("mail.status.flagged");
            case NOT_ELIGIBLE -> Reason.of("mail.status.not-eligible");
        };
    }

    private static Reason explanation(StatusLevel to) {
        return switch (to) {
            case ELIGIBLE -> Reason.of("mail.status.eligible.explanation");
            case FLAGGED -> Reason.of("mail.status.flagged.explanation");
            case NOT_ELIGIBLE -> Reason.of("mail.status.not-eligible.explanation");
        };
    }

    /**
     * @param u            a user
     * @param manufacturer the product's manufacturer organisation id
     * @return true for a facility's or distributor's user, or a manufacturer's user of that manufacturer
     */
    static boolean ofManufacturerOrNotManufacturerStaff(UserAccount u, Long manufacturer) {
        boolean staff = u.roles().contains(Role.MR) || u.roles().contains(Role.SAFETY_MANAGER);
        return !staff || u.getOrganisationId().equals(manufacturer);
    }

    private static List<String> split(String ids) {
        return ids == null || ids.isEmpty() ? List.of() : List.of(ids.split(","));
    }

    /**
     * The JSON body of a {@value #STATUS_EVENT} webhook call, signed as sent: {@code event}, {@code eventId}
     * (unique per status change; receivers de-duplicate retries by it), {@code occurredAt}, {@code facilityCode},
     * {@code facilityName}, {@code product}, {@code productNameJa}, {@code from}, {@code to} (ELIGIBLE, FLAGGED or
     * NOT_ELIGIBLE), {@code findingsChanged}, {@code notMet}, {@code cause}, {@code changedAt} and {@code rule}
     * (LUN-DST-1 for the gate, LUN-DST-2 for a flag after release).
     */
    private static String statusEvent(StatusChange c, List<String> failing, StatusLevel to, Instant now) {
        JsonArrayBuilder changed = Json.createArrayBuilder();
        split(c.getFindingsChanged()).forEach(changed::add);
        JsonArrayBuilder notMet = Json.createArrayBuilder();
        failing.forEach(notMet::add);
        return Json.createObjectBuilder().add("event", STATUS_EVENT).add("eventId", "status-change-" + c.getId())
                .add("occurredAt", now.toString()).add("facilityCode", c.getFacility().getCode().value())
                .add("facilityName", c.getFacility().getName()).add("product", c.getProduct().getKey())
                .add("productNameJa", c.getProduct().getNameJa()).add("from", c.getFromStatus())
                .add("to", c.getToStatus()).add("findingsChanged", changed).add("notMet", notMet)
                .add("cause", c.getCause()).add("changedAt", c.getChangedAt().toString())
                .add("rule", to == StatusLevel.FLAGGED ? "LUN-DST-2" : "LUN-DST-1").build().toString();
    }
}
