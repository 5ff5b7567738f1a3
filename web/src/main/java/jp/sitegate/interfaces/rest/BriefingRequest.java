package jp.sitegate.interfaces.rest;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.sitegate.application.briefing.BriefingCommand;
import jp.sitegate.domain.model.briefing.AttendeeRole;
import jp.sitegate.domain.model.briefing.BriefingMaterial;
import jp.sitegate.domain.model.briefing.BriefingMode;
import jp.sitegate.domain.model.briefing.VisitRestrictionKind;
import jp.sitegate.domain.shared.InvalidInputException;

/**
 * JSON body of {@code POST /api/v1/facilities/{code}/briefings}. Enumerations and dates arrive as strings and are
 * checked here so an error names the field.
 */
public class BriefingRequest {
    /** YJ code of the product. */
    public String product;
    /** ISO date. */
    public String briefedOn;
    /** IN_PERSON or ONLINE. */
    public String mode;
    /** Visit restriction (reason for online). */
    public String visitRestriction;
    /**
     * Kind of the facility's visit restriction an online briefing was held under (LUN-BRF-2, issue 11):
     * INFECTION_CONTROL, FACILITY_POLICY, DISASTER or OTHER (then describe it in {@code visitRestriction}).
     */
    public String visitRestrictionKind;
    /** Since when the facility restricts visits (YYYY-MM-DD, on or before briefedOn); required with a kind. */
    public String visitRestrictionSince;
    /** Role (PHYSICIAN, PHARMACIST, NURSE, OTHER) → count. */
    public Map<String, Integer> attendees;
    /** Material names. */
    public List<String> materials;
    /** Request names. */
    public List<String> requests;

    /**
     * @param facilityCode facility from the path
     * @return the command
     * @throws InvalidInputException naming the field
     */
    BriefingCommand toCommand(String facilityCode) {
        if (product == null || product.isBlank()) {
            throw new InvalidInputException("product", "製品のYJコードが必要です", "product (YJ code) is required");
        }
        Map<AttendeeRole, Integer> roles = new EnumMap<>(AttendeeRole.class);
        if (attendees != null) {
            attendees.forEach((k, v) -> roles.put(RequestBodies.enumValue(AttendeeRole.class, k, "attendees"), v));
        }
        Set<BriefingMaterial> mats = EnumSet.noneOf(BriefingMaterial.class);
        if (materials != null) {
            materials.forEach(m -> mats.add(RequestBodies.enumValue(BriefingMaterial.class, m, "materials")));
        }
        Set<jp.sitegate.domain.model.briefing.BriefingRequest> reqs =
                EnumSet.noneOf(jp.sitegate.domain.model.briefing.BriefingRequest.class);
        if (requests != null) {
            requests.forEach(r -> reqs.add(RequestBodies.enumValue(jp.sitegate.domain.model.briefing.BriefingRequest.class, r,
                    "requests")));
        }
        return new BriefingCommand(facilityCode, product, Moments.date(briefedOn, "briefedOn"),
                RequestBodies.enumValue(BriefingMode.class, mode, "mode"), visitRestriction, roles, mats, reqs,
                RequestBodies.enumValue(VisitRestrictionKind.class, visitRestrictionKind, "visitRestrictionKind"),
                visitRestrictionSince == null || visitRestrictionSince.isBlank() ? null
                        : Moments.date(visitRestrictionSince, "visitRestrictionSince"));
    }
}
