package jp.sitegate.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * An MR's assignment to a facility (担当施設, issue 10): made by the MR's manufacturer (its safety manager) or the
 * operator; the MR records that manufacturer's briefings only at facilities assigned to them, and the assignment
 * opens the facility's physicians' data to the manufacturer. Audited like any entity.
 */
@Entity
@Table(name = "mr_assignment")
@IdClass(MrAssignment.Key.class)
public class MrAssignment {
    @Id
    @Column(name = "user_id")
    private Long userId;

    @Id
    @Column(name = "facility_id")
    private Long facilityId;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Version
    private long version;

    protected MrAssignment() {
    }

    /**
     * @param userId     the MR's user id
     * @param facilityId the facility's id
     * @param now        when
     */
    public MrAssignment(long userId, long facilityId, Instant now) {
        this.userId = userId;
        this.facilityId = facilityId;
        this.assignedAt = now;
    }

    /** @return the MR's user id */
    public Long getUserId() {
        return userId;
    }

    /** @return the facility id */
    public Long getFacilityId() {
        return facilityId;
    }

    /** Composite key: (user, facility). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long userId;
        private Long facilityId;

        /** For JPA. */
        public Key() {
        }

        /**
         * @param userId     user id
         * @param facilityId facility id
         */
        public Key(Long userId, Long facilityId) {
            this.userId = userId;
            this.facilityId = facilityId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.userId, userId) && Objects.equals(k.facilityId, facilityId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, facilityId);
        }
    }
}
