package jp.sitegate.domain.model.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One requirement of a profile: its REQUIREMENTS.md id, clause, titles and criteria (JSON array). */
@Entity
@Table(name = "profile_requirement")
public class ProfileRequirement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "profile_id")
    private RequirementProfile profile;

    @Column(nullable = false)
    private int seq;

    @Column(name = "requirement_id", nullable = false)
    private String requirementId;

    @Column(name = "clause_ja", nullable = false)
    private String clauseJa;

    @Column(name = "title_ja", nullable = false)
    private String titleJa;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(nullable = false)
    private String criteria;

    protected ProfileRequirement() {
    }

    ProfileRequirement(RequirementProfile profile, int seq, String requirementId, String clauseJa, String titleJa,
            String titleEn, String criteria) {
        this.profile = profile;
        this.seq = seq;
        this.requirementId = requirementId;
        this.clauseJa = clauseJa;
        this.titleJa = titleJa;
        this.titleEn = titleEn;
        this.criteria = criteria;
    }

    /** @return the profile version this requirement belongs to */
    public RequirementProfile getProfile() {
        return profile;
    }

    /** @return the requirement id */
    public String getRequirementId() {
        return requirementId;
    }

    /** @return the clause ja */
    public String getClauseJa() {
        return clauseJa;
    }

    /** @return the title ja */
    public String getTitleJa() {
        return titleJa;
    }

    /** @return the title en */
    public String getTitleEn() {
        return titleEn;
    }

    /** @return the criteria as a JSON array text */
    public String getCriteria() {
        return criteria;
    }

    /** @return the seq */
    public int getSeq() {
        return seq;
    }
}
