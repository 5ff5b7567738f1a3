package jp.sitegate.application.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.admin.UserAccountService;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.application.view.NotificationViews;
import jp.sitegate.application.view.Page;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.notification.DeliveryAttempt;
import jp.sitegate.domain.model.notification.Notification;
import jp.sitegate.domain.model.notification.OutboundMessage;
import jp.sitegate.domain.model.notification.ServedFacility;
import jp.sitegate.domain.model.notification.WebhookSubscription;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.model.user.UserAccount;
import jp.sitegate.domain.shared.ForbiddenException;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The user's side of notifications (issue 5): the inbox, distributors' webhook subscriptions with their delivery
 * log, and the record of which facilities a distributor serves (checked or shipped to). Every method works on the
 * calling user's own data only.
 */
@Stateless
public class NotificationService {
    /** Largest inbox or delivery-log page. */
    public static final int MAX_PAGE = 200;
    private static final int MAX_KNOWN = 100_000;
    private static final Set<String> KNOWN_SERVED = ConcurrentHashMap.newKeySet();
    private static final SecureRandom RANDOM = new SecureRandom();

    @jakarta.inject.Inject
    private jp.sitegate.domain.shared.UnitOfWork work;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.notification.NotificationRepository inboxes;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.EligibilityEngine engine;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.user.UserAccountRepository userAccounts;

    @Inject
    private jp.sitegate.domain.model.facility.FacilityRepository facilities;

    @Inject
    private Clock clock;

    @Inject
    private Authorization authorization;

    @Inject
    @ConfigProperty(name = "sitegate.webhook.allow-http", defaultValue = "false")
    private boolean allowHttp;

    /** Hosts a webhook may name although not public (issue 15; the tests' receiver), comma-separated. */
    @Inject
    @ConfigProperty(name = "sitegate.webhook.allowed-hosts", defaultValue = " ")
    private String allowedHosts;

    /**
     * The signed-in user's own account (issue 10: the service reads the caller, never a user name passed in).
     *
     * @param roles roles that may do it
     * @return the account
     * @throws ForbiddenException when the caller has none of the roles, or is the system
     */
    private UserAccount me(Role... roles) {
        AuthenticatedUser a = authorization.anyRole(roles);
        if (a == null) {
            throw ForbiddenException.of("user", "notification.sign-as-user");
        }
        return user(a.username());
    }

    /**
     * @param page 0-based page
     * @param size 1..{@value #MAX_PAGE}
     * @return the signed-in user's inbox, newest first
     * @throws InvalidInputException for a bad page or size
     */
    public Page<NotificationViews.InboxEntry> inbox(int page, int size) {
        return inbox(jp.sitegate.domain.shared.Sorting.NONE, page, size);
    }

    /**
     * The inbox in the order its reader sorted it (issue 14).
     *
     * @param sorting by createdAt, severity or read; {@code Sorting.NONE} for newest first
     * @param page    0-based page
     * @param size    1..{@value #MAX_PAGE}
     * @return the signed-in user's inbox in that order
     * @throws InvalidInputException for a bad page or size, or naming {@code sort} for another column
     */
    public Page<NotificationViews.InboxEntry> inbox(jp.sitegate.domain.shared.Sorting sorting, int page, int size) {
        UserAccount u = me(Role.values());
        Page.check(page, size, MAX_PAGE);
        jp.sitegate.domain.shared.Slice<Notification> found = inboxes.inbox(u.getId(), sorting, page * size, size);
        return new Page<>(found.items().stream().map(NotificationService::view).toList(), page, size, found.total());
    }

    /** @return the signed-in user's unread inbox entries */
    public long unread() {
        return inboxes.unreadCount(me(Role.values()).getId());
    }

    /**
     * @param id an entry of the signed-in user's own inbox
     * @return the entry, now read
     * @throws NotFoundException when the user has no such entry (another user's entry included)
     */
    public NotificationViews.InboxEntry markRead(long id) {
        UserAccount me = me(Role.values());
        Notification n = work.find(Notification.class, id);
        if (n == null || !n.getRecipient().getId().equals(me.getId())) {
            throw NotFoundException.of("id", "notification.no-notification", id);
        }
        n.markRead(clock.instant());
        return view(n);
    }

    /** @return the signed-in user's entries marked read */
    public int markAllRead() {
        UserAccount me = me(Role.values());
        Instant now = clock.instant();
        List<Notification> unread = inboxes.unread(me.getId());
        unread.forEach(n -> n.markRead(now));
        return unread.size();
    }

    /**
     * Subscribes a distributor's system to status changes of the facilities the distributor serves.
     *
     * @param url    https URL (http only when {@code sitegate.webhook.allow-http=true}), ≤ 500 characters
     * @param secret HMAC secret of 16–200 characters, or {@code null}/blank to have one generated
     * @return the subscription with its secret (shown this once)
     * @throws InvalidInputException for a bad URL ({@code url}) or secret ({@code secret})
     * @throws ForbiddenException    when the signed-in user is not a distributor (checked before the input)
     */
    public NotificationViews.Webhook subscribe(String url, String secret) {
        UserAccount u = me(Role.DISTRIBUTOR);
        String checkedUrl = checkUrl(url);
        String key = secret == null || secret.isBlank() ? generatedSecret() : secret;
        if (key.length() < 16 || key.length() > 200) {
            throw InvalidInputException.of("secret", "notification.secret-have-16-200");
        }
        WebhookSubscription w = new WebhookSubscription(u, checkedUrl, key, clock.instant());
        work.add(w);
        work.flush();
        return new NotificationViews.Webhook(w.getId(), w.getUrl(), true, w.getCreatedAt().toString(), key);
    }

    /**
     * @return the subscriptions of the signed-in distributor's organisation, without secrets
     * @throws ForbiddenException when the signed-in user is not a distributor
     */
    public List<NotificationViews.Webhook> webhooks() {
        return inboxes.webhooksOf(me(Role.DISTRIBUTOR).getOrganisationId()).stream()
                .map(w -> new NotificationViews.Webhook(w.getId(), w.getUrl(), w.isActive(),
                        w.getCreatedAt().toString(), null)).toList();
    }

    /**
     * Cancels a subscription; its delivery log stays.
     *
     * @param id one of the signed-in distributor's organisation's subscriptions
     * @throws NotFoundException  when it has no such subscription
     * @throws ForbiddenException when the signed-in user is not a distributor
     */
    public void cancel(long id) {
        own(me(Role.DISTRIBUTOR), id).cancel();
    }

    /**
     * @param id   one of the signed-in distributor's organisation's subscriptions
     * @param page 0-based page
     * @param size 1..{@value #MAX_PAGE}
     * @return the delivery log, newest first
     * @throws NotFoundException  when it has no such subscription
     * @throws ForbiddenException when the signed-in user is not a distributor
     */
    public Page<NotificationViews.Delivery> deliveries(long id, int page, int size) {
        WebhookSubscription w = own(me(Role.DISTRIBUTOR), id);
        Page.check(page, size, MAX_PAGE);
        jp.sitegate.domain.shared.Slice<OutboundMessage> found = inboxes.callsOf(w.getId(), page * size, size);
        return new Page<>(found.items().stream().map(this::delivery).toList(), page, size, found.total());
    }

    /**
     * Records that a distributor serves a facility (checked it or shipped to it), so the distributor hears about
     * its status changes. Idempotent; in its own transaction so it never affects the check or shipment itself.
     *
     * @param username     the user (nothing happens unless a distributor)
     * @param facilityCode the facility
     * @param reason       CHECK or SHIPMENT
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void noteServed(String username, String facilityCode, String reason) {
        String known = username + "|" + facilityCode;
        if (KNOWN_SERVED.contains(known)) {
            return;
        }
        UserAccount u = user(username);
        if (!u.roles().contains(Role.DISTRIBUTOR)) {
            return;
        }
        Facility f = engine.facility(facilityCode);
        if (work.find(ServedFacility.class, new ServedFacility.Key(u.getId(), f.getId())) == null) {
            try {
                work.add(new ServedFacility(u.getId(), f.getId(), reason, clock.instant()));
                work.flush();
            } catch (jakarta.persistence.PersistenceException concurrentlyNoted) {
                return; // another request noted it first; this transaction is rolled back quietly
            }
        }
        if (KNOWN_SERVED.size() > MAX_KNOWN) {
            KNOWN_SERVED.clear();
        }
        KNOWN_SERVED.add(known);
    }

    private NotificationViews.Delivery delivery(OutboundMessage m) {
        List<NotificationViews.Attempt> log = inboxes.attemptsAt(m.getId()).stream()
                .map(a -> new NotificationViews.Attempt(a.getAttemptedAt().toString(), a.isSucceeded(),
                        a.getHttpStatus(), a.getDetail())).toList();
        return new NotificationViews.Delivery(m.getId(), m.getSubject(), m.getStatus().name(), m.getAttempts(),
                m.getCreatedAt().toString(), m.getSentAt() == null ? null : m.getSentAt().toString(),
                m.getNextAttemptAt().toString(), m.getLastError(), log, m.getBody());
    }

    private WebhookSubscription own(UserAccount me, long id) {
        WebhookSubscription w = work.find(WebhookSubscription.class, id);
        // a distributor's subscriptions belong to its organisation (issue 10): colleagues see and cancel them
        if (w == null || !w.getOwner().getOrganisationId().equals(me.getOrganisationId())) {
            throw NotFoundException.of("id", "notification.no-webhook-subscription", id);
        }
        return w;
    }

    private String checkUrl(String url) {
        if (url == null || url.isBlank() || url.length() > 500) {
            throw InvalidInputException.of("url", "notification.url-required-500-characters");
        }
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
            boolean schemeOk = scheme.equals("https") || (allowHttp && scheme.equals("http"));
            if (!schemeOk || u.getHost() == null || u.getUserInfo() != null) {
                throw InvalidInputException.of("url", allowHttp ? "notification.url-http" : "notification.url-https");
            }
            // issue 15: no webhook to this network's own machines (server-side request forgery); a name that does not
            // resolve now is kept (DNS may be down), and every delivery checks it again
            if (jp.sitegate.domain.model.notification.WebhookAddresses.of(allowedHosts).check(u.getHost())
                    == jp.sitegate.domain.model.notification.WebhookAddresses.Refusal.NOT_PUBLIC) {
                throw InvalidInputException.of("url", "notification.url-not-public");
            }
            return u.toString();
        } catch (URISyntaxException e) {
            throw InvalidInputException.of("url", "notification.url-malformed", e.getReason());
        }
    }

    private static String generatedSecret() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /**
     * As {@link #noteServed} for the facilities of a batch check, set-wise (issue 16): the user, the facilities and
     * which of them are already served are read in one query each, the new ones written in this one transaction.
     *
     * @param username      the user (nothing happens unless a distributor)
     * @param facilityCodes the facilities' codes (validated; unknown ones are ignored)
     * @param reason        CHECK or SHIPMENT
     * @throws RuntimeException when a concurrent request noted one of them first (the transaction rolls back; the
     *                          caller notes them one at a time, {@link ServedNotes#noteChecked})
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void noteServedAll(String username, java.util.Collection<String> facilityCodes, String reason) {
        List<jp.sitegate.domain.model.facility.MedicalInstitutionCode> codes = facilityCodes.stream()
                .map(jp.sitegate.domain.model.facility.MedicalInstitutionCode::of).distinct()
                .filter(c -> !KNOWN_SERVED.contains(username + "|" + c.value())).toList();
        if (codes.isEmpty()) {
            return;
        }
        UserAccount u = user(username);
        if (!u.roles().contains(Role.DISTRIBUTOR)) {
            return;
        }
        List<Facility> found = facilities.byCodes(codes);
        if (found.isEmpty()) {
            return;
        }
        java.util.Set<Long> served = inboxes.servedAmong(u.getId(), found.stream().map(Facility::getId).toList());
        Instant now = clock.instant();
        found.stream().filter(f -> !served.contains(f.getId()))
                .forEach(f -> work.add(new ServedFacility(u.getId(), f.getId(), reason, now)));
        work.flush();
        if (KNOWN_SERVED.size() > MAX_KNOWN) {
            KNOWN_SERVED.clear();
        }
        found.forEach(f -> KNOWN_SERVED.add(username + "|" + f.getCode().value()));
    }

    /** Forgets which served notes this server wrote (tests start from a fresh database). */
    static void forgetServed() {
        KNOWN_SERVED.clear();
    }

    private UserAccount user(String username) {
        return userAccounts.byName(username).orElseThrow(() -> NotFoundException.of("username",
                "notification.no-user", username));
    }

    private static NotificationViews.InboxEntry view(Notification n) {
        return new NotificationViews.InboxEntry(n.getId(), n.getKind().name(), n.getSeverity().name(),
                n.getFacility() == null ? null : n.getFacility().getCode().value(),
                n.getFacility() == null ? null : n.getFacility().getName(),
                n.getProduct() == null ? null : n.getProduct().getKey(), n.getSubject(), n.getBody(),
                n.getCreatedAt().toString(), n.getReadAt() == null ? null : n.getReadAt().toString());
    }
}
