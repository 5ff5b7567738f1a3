package jp.sitegate.domain.model.physician;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A physician and the qualifications the profiles read (LUN-PHY-1..3, ABE-PHY-LEAD (1)–(3), IMD-PHY-1).
 * Numeric qualifications are {@code null} while unknown, which makes dependent findings UNKNOWN rather than
 * NOT_MET.
 */
@Entity
@Table(name = "physician")
public class Physician {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "licence_registered_on")
    private LocalDate licenceRegisteredOn;

    @Column(name = "hematology_training_years")
    private Integer hematologyTrainingYears;

    @Column(name = "chemotherapy_experience_years")
    private Integer chemotherapyExperienceYears;

    @Column(name = "transplant_training_years")
    private Integer transplantTrainingYears;

    @Column(name = "allogeneic_transplants")
    private Integer allogeneicTransplants;

    @Column(name = "attests_mr_meetings")
    private boolean attestsMrMeetings;

    @Column(name = "attests_safety_cooperation")
    private boolean attestsSafetyCooperation;

    /** 医籍登録番号 (issue 11): the physician's identity across facilities; {@code null} when not recorded. */
    @Column(name = "registration_number", unique = true, length = 7)
    private String registrationNumber;

    @Version
    private long version;

    protected Physician() {
    }

    /**
     * @param name                physician's name (not blank)
     * @param licenceRegisteredOn date of licence registration (医籍登録日), or {@code null} when unknown
     */
    public Physician(String name, LocalDate licenceRegisteredOn) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("physician name must not be blank");
        }
        this.name = name.strip();
        this.licenceRegisteredOn = licenceRegisteredOn;
    }

    /**
     * Records the medical registration number (医籍登録番号), 1–7 digits.
     *
     * @param number the number, or {@code null}
     * @throws jp.sitegate.domain.shared.InvalidInputException naming {@code registrationNumber} when not 1–7 digits
     */
    public void recordRegistrationNumber(String number) {
        this.registrationNumber = checkedRegistrationNumber(number);
    }

    /**
     * @param number a medical registration number as typed, or {@code null}/blank
     * @return it stripped, or {@code null} when blank
     * @throws jp.sitegate.domain.shared.InvalidInputException naming {@code registrationNumber} when not 1–7 digits
     */
    public static String checkedRegistrationNumber(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String n = number.strip();
        if (!n.matches("[0-9]{1,7}")) {
            throw jp.sitegate.domain.shared.InvalidInputException.of("registrationNumber",
                    "physician.registrationnumber-1-7-digits");
        }
        return n;
    }

    /** @return the medical registration number (医籍登録番号), or {@code null} */
    public String getRegistrationNumber() {
        return registrationNumber;
    }

    /**
     * Records training and experience, each in whole years or count; {@code null} for unknown.
     *
     * @param hematologyYears        years of haematological-malignancy training
     * @param chemotherapyYears      years of cancer-chemotherapy experience
     * @param transplantTrainingYears years of haematopoietic-cell-transplant training
     * @param allogeneicTransplants  allogeneic transplants performed
     * @throws IllegalArgumentException when a value is negative
     */
    public void recordExperience(Integer hematologyYears, Integer chemotherapyYears, Integer transplantTrainingYears,
            Integer allogeneicTransplants) {
        for (Integer v : new Integer[] {hematologyYears, chemotherapyYears, transplantTrainingYears,
            allogeneicTransplants}) {
            if (v != null && v < 0) {
                throw new IllegalArgumentException("experience values must not be negative");
            }
        }
        this.hematologyTrainingYears = hematologyYears;
        this.chemotherapyExperienceYears = chemotherapyYears;
        this.transplantTrainingYears = transplantTrainingYears;
        this.allogeneicTransplants = allogeneicTransplants;
    }

    /**
     * Records the LUN-PHY-2 and LUN-PHY-3 attestations.
     *
     * @param mrMeetings        can meet the MR regularly (LUN-PHY-2)
     * @param safetyCooperation can cooperate with the manufacturer's safety measures (LUN-PHY-3)
     */
    public void attest(boolean mrMeetings, boolean safetyCooperation) {
        this.attestsMrMeetings = mrMeetings;
        this.attestsSafetyCooperation = safetyCooperation;
    }

    /**
     * Renames the physician (correction of a typo).
     *
     * @param newName the name (not blank)
     */
    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("physician name must not be blank");
        }
        this.name = newName.strip();
    }

    /** @param date the licence registration date, or {@code null} when unknown */
    public void recordLicence(LocalDate date) {
        this.licenceRegisteredOn = date;
    }

    /** @return the optimistic-lock version */
    public long getVersion() {
        return version;
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the name */
    public String getName() {
        return name;
    }

    /** @return the licence registered on */
    public LocalDate getLicenceRegisteredOn() {
        return licenceRegisteredOn;
    }

    /** @return the hematology training years */
    public Integer getHematologyTrainingYears() {
        return hematologyTrainingYears;
    }

    /** @return the chemotherapy experience years */
    public Integer getChemotherapyExperienceYears() {
        return chemotherapyExperienceYears;
    }

    /** @return the transplant training years */
    public Integer getTransplantTrainingYears() {
        return transplantTrainingYears;
    }

    /** @return the allogeneic transplants */
    public Integer getAllogeneicTransplants() {
        return allogeneicTransplants;
    }

    /** @return whether attests mr meetings */
    public boolean isAttestsMrMeetings() {
        return attestsMrMeetings;
    }

    /** @return whether attests safety cooperation */
    public boolean isAttestsSafetyCooperation() {
        return attestsSafetyCooperation;
    }
}
