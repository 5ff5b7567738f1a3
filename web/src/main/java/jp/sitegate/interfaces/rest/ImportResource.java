package jp.sitegate.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jp.sitegate.application.importing.FilingImportService;
import jp.sitegate.application.view.ImportSummary;
import jp.sitegate.domain.shared.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Upload of a regional health bureau list (届出受理医療機関名簿), Excel or CSV (REQUIREMENTS.md §6). */
@Path("v1/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    /** Largest accepted upload, bytes. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    @Inject
    private FilingImportService imports;

    /**
     * @param fileName name to record (optional)
     * @param listDate date the list is current to, when the file does not say (optional, YYYY-MM-DD)
     * @param body     the workbook or CSV bytes
     * @return the summary; 422 with every bad row (row, column, reason) when any row is bad, nothing imported
     */
    @POST
    @Path("facility-filings")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import a bureau list (xlsx or CSV) as the request body",
            description = "Creates or updates facilities and ICU filings, ends filings missing from a newer list of "
                    + "the same prefecture; idempotent; validates the whole file first and imports nothing when any "
                    + "row is bad.")
    public ImportSummary importFilings(@QueryParam("fileName") String fileName, @QueryParam("listDate") String listDate,
            byte[] body) {
        imports.requireImporter();
        if (body == null || body.length == 0) {
            throw new InvalidInputException("body", "ファイルが空です", "request body (the file) is empty");
        }
        if (body.length > MAX_BYTES) {
            throw new InvalidInputException("body", "ファイルが大きすぎます（上限 64 MB）", "file too large (max 64 MB)");
        }
        return imports.importList(fileName, body, Moments.date(listDate, "listDate"));
    }

    /**
     * @return the 47 prefectures, each with its newest list (date, file, rows, facilities, A301 facilities, age) or
     *         none (issue 12)
     */
    @GET
    @Path("coverage")
    @Operation(summary = "Coverage of the regional health bureau lists per prefecture (all 47)",
            description = "Newest list date, its file, rows, 医科 facilities, A301 facilities and age in days; "
                    + "prefectures with no list have listDate null. A check for a facility there says the ICU data "
                    + "is missing for the prefecture; one resting on a list older than the profile version allows "
                    + "(120 days by default) is UNKNOWN. Any signed-in user.")
    public java.util.List<jp.sitegate.application.view.ImportViews.Coverage> coverage() {
        return imports.coverage();
    }

    /**
     * @param max most records (default 200, at most 1,000)
     * @return the imports, newest first, with who, when, file and SHA-256 (issue 12)
     */
    @GET
    @Path("history")
    @Operation(summary = "Import history: who imported which list, when, its file and SHA-256 (safety manager or "
            + "system administrator)")
    public java.util.List<jp.sitegate.application.view.ImportViews.ImportRecord> history(
            @QueryParam("max") @jakarta.ws.rs.DefaultValue("200") int max) {
        return imports.history(max);
    }
}
