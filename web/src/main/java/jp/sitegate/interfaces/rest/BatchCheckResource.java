package jp.sitegate.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import jp.sitegate.application.gate.BatchCheckService;
import jp.sitegate.application.gate.OrderLineParser;
import jp.sitegate.application.view.OrderLineResult;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.infrastructure.importing.RowError;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Batch check of order lines for a distributor's system (REQUIREMENTS.md §7): the same CSV as the batch page
 * (医療機関コード, YJコード, 数量, 注文番号; UTF-8 with or without BOM, or Shift_JIS), every line decided at one moment.
 */
@Path("v1/batch-checks")
@Produces(MediaType.APPLICATION_JSON)
public class BatchCheckResource {
    /** Largest body accepted (bytes). */
    public static final int MAX_BYTES = 4 * 1024 * 1024;

    @Inject
    private BatchCheckService batch;

    /**
     * The answer.
     *
     * @param at       the moment every line was decided for (ISO-8601)
     * @param results  one per good line, in file order
     * @param badLines lines that could not be read, by line number, with the reason
     */
    public record BatchAnswer(String at, List<OrderLineResult> results, List<RowError> badLines) {
    }

    /**
     * @param body the CSV bytes (at most {@value OrderLineParser#MAX_LINES} lines, 4 MB)
     * @return each line's decision and the bad lines
     */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Check a batch of order lines (CSV) at one moment",
            description = "Each good line gets ELIGIBLE or NOT_ELIGIBLE with the failing requirement ids; bad lines are "
                    + "listed by line number. An unreadable file answers 422 with the reason.")
    public BatchAnswer check(byte[] body) {
        Instant at = batch.now();
        BatchCheckService.Permit permit = batch.permit(at);
        if (body == null || body.length == 0) {
            throw new InvalidInputException("body", "ファイルが空です", "request body (the CSV) is empty");
        }
        if (body.length > MAX_BYTES) {
            throw new InvalidInputException("body", "ファイルが大きすぎます（上限 4 MB）", "file too large (max 4 MB)");
        }
        OrderLineParser.Parsed parsed = OrderLineParser.parse(body);
        List<OrderLineResult> results = batch.checkAll(parsed.lines(), at, permit);
        return new BatchAnswer(at.toString(), results, parsed.errors());
    }
}
