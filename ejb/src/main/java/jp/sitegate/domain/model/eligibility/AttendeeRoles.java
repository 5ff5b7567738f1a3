package jp.sitegate.domain.model.eligibility;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import jp.sitegate.domain.model.briefing.AttendeeRole;

/** Helper: the roles that had at least one attendee. */
final class AttendeeRoles {
    private AttendeeRoles() {
    }

    static Set<AttendeeRole> present(Map<AttendeeRole, Integer> counts) {
        Set<AttendeeRole> s = EnumSet.noneOf(AttendeeRole.class);
        counts.forEach((role, n) -> {
            if (n != null && n > 0) {
                s.add(role);
            }
        });
        return s;
    }
}
