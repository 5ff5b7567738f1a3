package jp.sitegate.application.scale;

import java.util.List;
import java.util.Map;

/**
 * The steps of the national-scale generator, each one transaction: {@link ScaleDataGenerator} in the server, the
 * same bean wired by hand in the tests. Chunk steps write records {@code from} (inclusive) to {@code to}
 * (exclusive) of their kind and return how many of each kind they wrote (each one audit event).
 */
public interface ScaleSteps {

    /**
     * @param plan the plan
     * @return ids of the facilities that receive the generated records (stored facilities ordered by code, shuffled
     *         with the seed, the first {@code plan.facilities()}); empty when none is stored
     */
    List<Long> facilities(ScalePlan plan);

    /**
     * @param facilityIds facility ids
     * @param max         how many to return at most
     * @return the medical institution codes of the first {@code max} of them, in the same order
     */
    List<String> codes(List<Long> facilityIds, int max);

    /** @return how many events the audit trail holds */
    long auditEvents();

    /**
     * @param plan the plan
     * @return whether records of this seed are already stored (a second run would collide with them)
     */
    boolean alreadyGenerated(ScalePlan plan);

    /**
     * Declares every capability for about half of facilities {@code from}..{@code to} of the list.
     *
     * @param plan        the plan
     * @param facilityIds the facilities of {@link #facilities}
     * @param from        first index, inclusive
     * @param to          last index, exclusive
     * @return records written by kind
     */
    Map<ScaleKind, Integer> declarations(ScalePlan plan, List<Long> facilityIds, int from, int to);

    /**
     * @param plan        the plan
     * @param facilityIds the facilities of {@link #facilities}
     * @param from        first physician, inclusive
     * @param to          last physician, exclusive
     * @return records written by kind (physicians, employments, trainings)
     */
    Map<ScaleKind, Integer> physicians(ScalePlan plan, List<Long> facilityIds, int from, int to);

    /**
     * @param plan        the plan
     * @param facilityIds the facilities of {@link #facilities}
     * @param from        first briefing, inclusive
     * @param to          last briefing, exclusive
     * @return records written by kind
     */
    Map<ScaleKind, Integer> briefings(ScalePlan plan, List<Long> facilityIds, int from, int to);

    /**
     * @param plan        the plan
     * @param facilityIds the facilities of {@link #facilities}
     * @param from        first lot, inclusive
     * @param to          last lot, exclusive
     * @return records written by kind (lots and their receipt movements)
     */
    Map<ScaleKind, Integer> lots(ScalePlan plan, List<Long> facilityIds, int from, int to);

    /**
     * @param plan        the plan
     * @param facilityIds the facilities of {@link #facilities}
     * @param from        first order, inclusive
     * @param to          last order, exclusive
     * @return records written by kind (decisions, shipments, releases)
     */
    Map<ScaleKind, Integer> shipments(ScalePlan plan, List<Long> facilityIds, int from, int to);
}
