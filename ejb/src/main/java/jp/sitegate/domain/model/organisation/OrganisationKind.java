package jp.sitegate.domain.model.organisation;

import java.util.EnumSet;
import java.util.Set;
import jp.sitegate.domain.model.user.Role;

/**
 * The kinds of organisation a SiteGate user speaks for (issue 10), and the roles each kind allows: MR and
 * SAFETY_MANAGER work for a manufacturer, DISTRIBUTOR for a distributor, FACILITY_ADMIN for a facility,
 * SYSTEM_ADMIN for the operator.
 */
public enum OrganisationKind {
    /** 製造販売業者: owns products and their requirement profiles, employs MRs and safety managers. */
    MANUFACTURER(EnumSet.of(Role.MR, Role.SAFETY_MANAGER)),
    /** 卸売販売業者: checks facilities and ships the products it has agreements for. */
    DISTRIBUTOR(EnumSet.of(Role.DISTRIBUTOR)),
    /** 医療機関: one per facility record, created with it. */
    FACILITY(EnumSet.of(Role.FACILITY_ADMIN)),
    /** The party running SiteGate. */
    OPERATOR(EnumSet.of(Role.SYSTEM_ADMIN));

    private final Set<Role> roles;

    OrganisationKind(Set<Role> roles) {
        this.roles = roles;
    }

    /** @return the roles a member of this kind of organisation may have (a copy) */
    public Set<Role> allowedRoles() {
        return EnumSet.copyOf(roles);
    }
}
