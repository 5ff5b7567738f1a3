package jp.sitegate.application.notification;

import java.util.logging.Level;
import java.util.logging.Logger;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.domain.model.user.Role;

/**
 * After a distributor checks a facility or ships to it, records that the distributor serves it, so they hear about
 * its status changes (issue 5). Called by the services that check and ship (so a page and the API note alike,
 * issue 10). Never fails the check or shipment it follows.
 */
public final class ServedNotes {
    private static final Logger LOG = Logger.getLogger(ServedNotes.class.getName());

    private ServedNotes() {
    }

    /**
     * @param service      the notification service
     * @param user         who checked or shipped (nothing happens unless a distributor)
     * @param facilityCode the facility
     * @param reason       CHECK or SHIPMENT
     */
    public static void note(NotificationService service, AuthenticatedUser user, String facilityCode,
            String reason) {
        if (user == null || !user.has(Role.DISTRIBUTOR) || facilityCode == null) {
            return;
        }
        try {
            service.noteServed(user.username(), facilityCode, reason);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not note that " + user.username() + " serves " + facilityCode, e);
        }
    }

    /**
     * After a batch check: notes every facility of a line that could be checked, all in one transaction (issue 16),
     * or one at a time when that fails (a concurrent request noted one of them first).
     *
     * @param service the notification service
     * @param user    who checked (nothing happens unless a distributor)
     * @param results the lines checked
     */
    public static void noteChecked(NotificationService service, AuthenticatedUser user,
            java.util.List<jp.sitegate.application.view.OrderLineResult> results) {
        java.util.List<String> codes = results.stream().filter(r -> r.error() == null).map(r -> r.facilityCode())
                .distinct().toList();
        if (user == null || !user.has(Role.DISTRIBUTOR) || codes.isEmpty()) {
            return;
        }
        try {
            service.noteServedAll(user.username(), codes, "CHECK");
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "noting " + codes.size() + " facilities together failed; one at a time", e);
            codes.forEach(code -> note(service, user, code, "CHECK"));
        }
    }
}
