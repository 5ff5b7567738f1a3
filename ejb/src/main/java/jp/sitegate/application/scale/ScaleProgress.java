package jp.sitegate.application.scale;

import java.util.Map;

/**
 * Where a national-scale generation run stands (issue 6), as {@code GET /api/v1/admin/scale-data} shows it.
 *
 * @param state       {@code IDLE} (never run), {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param phase       current or last phase: facilities, declarations, physicians, briefings, lots, shipments
 * @param done        records of the phase written so far (orders for the shipments phase)
 * @param total       records of the phase to write; for shipments an estimate from the events still missing
 * @param auditEvents events in the audit trail (counted at the start and the end, added up in between)
 * @param auditTarget events the plan asks for
 * @param created     records written so far by {@link ScaleKind} name
 * @param sample      codes of up to {@value ScaleRun#SAMPLE} facilities that receive the generated records (for the
 *                    benchmark's per-facility lists)
 * @param plan        the plan, or {@code null} when idle
 * @param startedAt   ISO-8601 instant, or {@code null}
 * @param seconds     seconds since the start (until the end when finished)
 * @param error       why the run failed, or {@code null}; records of chunks committed before the failure stay
 */
public record ScaleProgress(String state, String phase, long done, long total, long auditEvents, long auditTarget,
        Map<String, Long> created, java.util.List<String> sample, ScalePlan plan, String startedAt, double seconds, String error) {

    /** Nothing has run since the server started. */
    public static final ScaleProgress IDLE = new ScaleProgress("IDLE", null, 0, 0, 0, 0, Map.of(), java.util.List.of(), null, null, 0,
            null);
}
