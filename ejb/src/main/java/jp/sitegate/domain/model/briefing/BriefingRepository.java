package jp.sitegate.domain.model.briefing;

/**
 * The MR's briefings (事前説明) at facilities (REQUIREMENTS.md §5) (issue 13: the JPA adapter is
 * {@code infrastructure.persistence.JpaBriefingRepository}).
 */
public interface BriefingRepository {

    /**
     * @param facilityId a facility
     * @return its briefings with their products, newest first
     */
    java.util.List<Briefing> ofFacility(long facilityId);

    /**
     * @param prefix the start of an MR's name
     * @return true when some briefing was given by an MR whose name starts so
     */
    boolean anyByMrNameStarting(String prefix);
}
