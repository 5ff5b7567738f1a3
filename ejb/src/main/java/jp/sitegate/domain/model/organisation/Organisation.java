package jp.sitegate.domain.model.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.Reason;

/**
 * 組織 (issue 10): the company or facility a user speaks for. A manufacturer (製造販売業者) owns products, a
 * distributor (卸売販売業者) ships them under agreements, a facility (医療機関) is one per facility record and
 * created with it, the operator runs SiteGate. Companies may carry their corporate number (法人番号, validated by
 * {@link CorporateNumber}); a facility is identified by its facility's 医療機関コード.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = "Organisation.ofFacility", query = "SELECT o FROM Organisation o WHERE o.facility = :facility")
@NamedQuery(name = "Organisation.byCorporateNumber",
        query = "SELECT o FROM Organisation o WHERE o.corporateNumber = :number")
public class Organisation {
    /** Longest name (ja or en), as the column allows. */
    public static final int MAX_NAME = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private OrganisationKind kind;

    @Column(name = "name_ja", nullable = false)
    private String nameJa;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationStatus status = OrganisationStatus.ACTIVE;

    @Column(name = "corporate_number")
    private String corporateNumber;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "facility_id", updatable = false)
    private Facility facility;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
    }

    private Organisation(OrganisationKind kind, String nameJa, String nameEn, CorporateNumber number,
            Facility facility, Instant now) {
        this.kind = kind;
        this.nameJa = name(nameJa, "nameJa", "名称（日本語）");
        this.nameEn = nameEn == null || nameEn.isBlank() ? this.nameJa : name(nameEn, "nameEn", "名称（英語）");
        this.corporateNumber = number == null ? null : number.value();
        this.facility = facility;
        this.createdAt = now;
    }

    /**
     * A company: manufacturer, distributor or the operator.
     *
     * @param kind   MANUFACTURER, DISTRIBUTOR or OPERATOR
     * @param nameJa name in Japanese (1–{@value #MAX_NAME} characters)
     * @param nameEn name in English, or {@code null}/blank to use the Japanese name
     * @param number corporate number, or {@code null}
     * @param now    creation moment
     * @return the organisation, active
     * @throws InvalidInputException naming {@code kind} for FACILITY (use {@link #forFacility}), or the name field
     */
    public static Organisation company(OrganisationKind kind, String nameJa, String nameEn, CorporateNumber number,
            Instant now) {
        if (kind == null || kind == OrganisationKind.FACILITY) {
            throw InvalidInputException.of("kind", "organisation.facility-s-organisation-created");
        }
        return new Organisation(kind, nameJa, nameEn, number, null, now);
    }

    /**
     * The organisation of a facility record, named as the facility.
     *
     * @param facility the facility
     * @param now      creation moment
     * @return the organisation, active
     */
    public static Organisation forFacility(Facility facility, Instant now) {
        return new Organisation(OrganisationKind.FACILITY, facility.getName(), facility.getName(), null, facility,
                now);
    }

    private static String name(String raw, String field, String labelJa) {
        if (raw == null || raw.isBlank() || raw.strip().length() > MAX_NAME) {
            throw InvalidInputException.of(field, "organisation.name-length", new Reason(labelJa, field), MAX_NAME);
        }
        return raw.strip();
    }

    /**
     * Renames the organisation.
     *
     * @param ja name in Japanese
     * @param en name in English, or {@code null}/blank for the Japanese name
     * @throws InvalidInputException naming the field
     */
    public void rename(String ja, String en) {
        this.nameJa = name(ja, "nameJa", "名称（日本語）");
        this.nameEn = en == null || en.isBlank() ? this.nameJa : name(en, "nameEn", "名称（英語）");
    }

    /** @param active whether its members may act */
    public void changeStatus(boolean active) {
        this.status = active ? OrganisationStatus.ACTIVE : OrganisationStatus.INACTIVE;
    }

    /** @return true while active */
    public boolean isActive() {
        return status == OrganisationStatus.ACTIVE;
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the kind */
    public OrganisationKind getKind() {
        return kind;
    }

    /** @return the name in Japanese */
    public String getNameJa() {
        return nameJa;
    }

    /** @return the name in English */
    public String getNameEn() {
        return nameEn;
    }

    /** @return the status */
    public OrganisationStatus getStatus() {
        return status;
    }

    /** @return the corporate number (13 digits), or {@code null} */
    public String getCorporateNumber() {
        return corporateNumber;
    }

    /** @return the facility of a FACILITY organisation, else {@code null} */
    public Facility getFacility() {
        return facility;
    }

    /** @return when it was created */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @return the optimistic-lock version */
    public long getVersion() {
        return version;
    }
}
