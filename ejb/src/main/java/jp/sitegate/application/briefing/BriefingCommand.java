package jp.sitegate.application.briefing;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import jp.sitegate.domain.model.briefing.AttendeeRole;
import jp.sitegate.domain.model.briefing.BriefingMaterial;
import jp.sitegate.domain.model.briefing.BriefingMode;
import jp.sitegate.domain.model.briefing.BriefingRequest;

/**
 * Request to record a briefing (LUN-BRF-1..4). The MR is the signed-in MR (issue 10), never a field.
 *
 * @param facilityCode     facility
 * @param yjCode           any YJ code of the product
 * @param briefedOn        date
 * @param mode             IN_PERSON or ONLINE
 * @param visitRestriction the facility's visit restriction (reason for online), or {@code null}
 * @param restrictionKind  its kind (LUN-BRF-2, issue 11), or {@code null}
 * @param restrictionSince since when the facility restricts visits, or {@code null}
 * @param attendees        role → count
 * @param materials        materials handed over
 * @param requests         requests conveyed
 */
public record BriefingCommand(String facilityCode, String yjCode,
        @NotNull(message = "{briefing.briefed-on}") LocalDate briefedOn,
        @NotNull(message = "{briefing.mode}") BriefingMode mode,
        @Size(max = 500, message = "{briefing.visit-restriction}") String visitRestriction,
        Map<AttendeeRole, Integer> attendees,
        Set<BriefingMaterial> materials, Set<BriefingRequest> requests,
        jp.sitegate.domain.model.briefing.VisitRestrictionKind restrictionKind, LocalDate restrictionSince) {
}
