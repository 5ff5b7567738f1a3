package jp.sitegate.domain.model.physician;

/**
 * Physicians, their employments and product trainings (REQUIREMENTS.md §4) (issue 13: the JPA adapter is
 * {@code infrastructure.persistence.JpaPhysicianRepository}).
 */
public interface PhysicianRepository {

    /**
     * A physician's completion of a product's training, as a row.
     *
     * @param physicianId the physician
     * @param productKey  the product (e.g. {@code LUNSUMIO})
     * @param completedOn the day completed, or {@code null}
     */
    record TrainingRow(long physicianId, String productKey, java.time.LocalDate completedOn) {
    }

    /**
     * @param facilityId a facility
     * @return its employments (current and ended), with their physicians
     */
    java.util.List<Employment> employmentsAt(long facilityId);

    /**
     * @param facilityId a facility
     * @return the product trainings of every physician ever employed there
     */
    java.util.List<TrainingRow> trainingsOfStaff(long facilityId);

    /**
     * @param registrationNumber a medical registration number (医籍登録番号)
     * @return the physician with that number, if known
     */
    java.util.Optional<Physician> byRegistrationNumber(String registrationNumber);

    /**
     * @param physician a physician
     * @param facility  a facility
     * @return true when the physician has an employment there that has not ended
     */
    boolean employedAt(Physician physician, jp.sitegate.domain.model.facility.Facility facility);

    /**
     * @param physician a physician
     * @param code      a facility code
     * @return true when the physician was ever employed at that facility
     */
    boolean everEmployedAt(Physician physician, jp.sitegate.domain.model.facility.MedicalInstitutionCode code);

    /**
     * @param facilityId  a facility
     * @param physicianId a physician
     * @param day         a day
     * @return the physician when employed at the facility that day
     */
    java.util.Optional<Physician> employedOn(long facilityId, long physicianId, java.time.LocalDate day);

    /** @return the open full-time employments of physicians full-time at two or more facilities, by physician */
    java.util.List<Employment> fullTimeAtSeveral();

    /**
     * @param physician a physician
     * @return the physician's employments that have not ended, with their facilities
     */
    java.util.List<Employment> openEmployments(Physician physician);

    /**
     * @param physician a physician
     * @return every facility the physician was ever employed at
     */
    java.util.List<jp.sitegate.domain.model.facility.Facility> facilitiesOf(Physician physician);

    /**
     * @param physician a physician
     * @param product   a product
     * @return the physician's training record for the product, if any
     */
    java.util.Optional<ProductTraining> training(Physician physician, jp.sitegate.domain.model.product.Product product);
}
