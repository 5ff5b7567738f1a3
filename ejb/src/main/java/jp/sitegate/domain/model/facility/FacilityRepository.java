package jp.sitegate.domain.model.facility;

import java.util.List;
import java.util.Optional;

/**
 * The facilities (医療機関) SiteGate knows, by code and region (issue 13: the application reads them only through
 * here; the JPA adapter is {@code infrastructure.persistence.JpaFacilityRepository}).
 */
public interface FacilityRepository {
    /**
     * @param code a validated medical institution code
     * @return the facility with that code, if registered
     */
    Optional<Facility> byCode(MedicalInstitutionCode code);

    /**
     * @param codes validated medical institution codes (at most a batch chunk's)
     * @return the registered facilities among them, in one query (issue 16)
     */
    List<Facility> byCodes(java.util.Collection<MedicalInstitutionCode> codes);

    /**
     * @param id a facility id
     * @return the facility, if it exists
     */
    Optional<Facility> byId(long id);

    /**
     * @param prefectureCode two-digit prefecture code (01–47)
     * @return its facilities
     */
    List<Facility> ofPrefecture(String prefectureCode);

    /**
     * @param prefectureCode only this prefecture (two digits), or {@code null}
     * @param code           only the facility with this code, or {@code null}
     * @param nameContains   only facilities whose name contains this text (no wildcards), or {@code null}
     * @param status         only facilities with this stored status for a product (issue 14), or {@code null}
     * @param among          only these facilities (an MR's assigned facilities, issue 14; not empty), or
     *                       {@code null} for all
     * @param sorting        by code, name or prefecture (issue 14), or {@code Sorting.NONE} for by code
     * @param first          index of the first row
     * @param max            at most this many rows
     * @return the facilities in that order (by code among equals), and how many match
     * @throws jp.sitegate.domain.shared.InvalidInputException naming {@code sort} for another column
     */
    jp.sitegate.domain.shared.Slice<Facility> search(String prefectureCode, MedicalInstitutionCode code,
            String nameContains, StatusFilter status, java.util.Collection<MedicalInstitutionCode> among,
            jp.sitegate.domain.shared.Sorting sorting, int first, int max);

    /**
     * A filter on the stored status ({@code facility_status}) of one product.
     *
     * @param productId the product
     * @param level     the stored level, or {@code null} for facilities with no stored status for the product
     *                  (nothing recorded about them yet)
     */
    record StatusFilter(long productId, jp.sitegate.domain.model.status.StatusLevel level) {
    }

    /** @return the ids of every facility, by code */
    List<Long> allIds();

    /**
     * The facilities a typed text may mean, best first (issue 14): hospitals with beds before clinics, a name or
     * code that starts with the text before one that contains it, then more beds, then the code.
     *
     * @param text a partial code (digits) or part of a name, at least 2 characters
     * @param max  at most this many (1–50)
     * @return the facilities
     */
    List<Facility> suggest(String text, int max);
}
