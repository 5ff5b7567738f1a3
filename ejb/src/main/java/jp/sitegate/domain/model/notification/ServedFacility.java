package jp.sitegate.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import jp.sitegate.domain.shared.NotAudited;
import java.util.Objects;

/**
 * A facility a distributor serves: the distributor checked it or shipped to it (issue 5). Distributors hear about
 * status changes of these facilities only. Immutable once written.
 */
@Entity
@NotAudited
@Table(name = "served_facility")
@jakarta.persistence.NamedQuery(name = "ServedFacility.among", query = "SELECT s.key.facilityId FROM ServedFacility s "
        + "WHERE s.key.userId = :userId AND s.key.facilityId IN :ids")
public class ServedFacility {
    @EmbeddedId
    private Key key;

    @Column(name = "first_reason", nullable = false, updatable = false)
    private String firstReason;

    @Column(nullable = false, updatable = false)
    private Instant since;

    protected ServedFacility() {
    }

    /**
     * @param userId     the distributor user
     * @param facilityId the facility
     * @param reason     CHECK or SHIPMENT
     * @param now        when
     */
    public ServedFacility(long userId, long facilityId, String reason, Instant now) {
        this.key = new Key(userId, facilityId);
        this.firstReason = reason;
        this.since = now;
    }

    /** Primary key: (user, facility). */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "user_id")
        private long userId;

        @Column(name = "facility_id")
        private long facilityId;

        protected Key() {
        }

        /**
         * @param userId     user id
         * @param facilityId facility id
         */
        public Key(long userId, long facilityId) {
            this.userId = userId;
            this.facilityId = facilityId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.userId == userId && k.facilityId == facilityId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, facilityId);
        }
    }
}
