package jp.sitegate.interfaces.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.sitegate.application.gate.BatchCheckService;
import jp.sitegate.application.gate.OrderLine;
import jp.sitegate.application.gate.OrderLineParser;
import jp.sitegate.application.view.OrderLineResult;
import jp.sitegate.infrastructure.importing.ImportRejectedException;
import jp.sitegate.infrastructure.importing.RowError;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * Distributor's batch check: upload a CSV of order lines (facility code, YJ code, quantity, order reference), see
 * progress while the lines are checked in the background, read the results and download them as CSV. Bad lines
 * are reported by line number and column; good lines are still checked.
 */
@Named
@ViewScoped
public class BatchBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(BatchBean.class.getName());

    @Inject
    private BatchCheckService batch;

    @Resource
    private transient ManagedExecutorService executor;

    private transient UploadedFile file;
    private final List<OrderLineResult> results = Collections.synchronizedList(new ArrayList<>());
    /** The finished results as the table shows them (sorted and filtered in place by the table), or {@code null}. */
    private List<OrderLineResult> shown;
    private List<RowError> badLines = List.of();
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile boolean running;
    private volatile boolean failed;

    @Inject
    private jp.sitegate.application.shipment.ShipmentService shipments;

    /** Makes each line's idempotency key: a second click records nothing twice (issue 14). */
    private String runKey = java.util.UUID.randomUUID().toString();
    /** Line → what recording its shipment gave: 出荷 #id, or why it was refused. */
    private final java.util.Map<Integer, String> shipped = new java.util.concurrent.ConcurrentHashMap<>();

    /** Parses the upload and starts checking its lines in the background. */
    public void start() {
        shown = null;
        results.clear();
        shipped.clear();
        runKey = java.util.UUID.randomUUID().toString();
        done.set(0);
        total = 0;
        failed = false;
        if (file == null || file.getSize() == 0) {
            Messages.error("batch:file", Messages.text("batch.nofile"));
            return;
        }
        OrderLineParser.Parsed parsed;
        try {
            parsed = OrderLineParser.parse(file.getContent());
        } catch (ImportRejectedException e) {
            badLines = e.errors();
            Messages.error(null, Messages.text("batch.unreadable"));
            return;
        }
        badLines = parsed.errors();
        List<OrderLine> lines = parsed.lines();
        total = lines.size();
        if (total == 0) {
            Messages.error(null, Messages.text("batch.nolines"));
            return;
        }
        running = true;
        Instant at = batch.now();
        BatchCheckService.Permit permit;
        try {
            permit = batch.permit(at);
        } catch (jp.sitegate.domain.shared.DomainException e) {
            running = false;
            Messages.error(null, e);
            return;
        }
        executor.submit(() -> {
            try {
                for (int i = 0; i < lines.size(); i += BatchCheckService.CHUNK) {
                    List<OrderLine> chunk = lines.subList(i, Math.min(lines.size(), i + BatchCheckService.CHUNK));
                    results.addAll(batch.check(chunk, at, permit));
                    done.addAndGet(chunk.size());
                }
            } catch (RuntimeException e) {
                failed = true;
                LOG.log(Level.SEVERE, "batch check failed", e);
            } finally {
                running = false;
            }
        });
    }

    /**
     * @param status ELIGIBLE, FLAGGED, NOT_ELIGIBLE or ERROR
     * @return results with that status (issue 14: 要確認 counted apart from 納入可)
     */
    public long count(String status) {
        synchronized (results) {
            return results.stream().filter(r -> r.status().equals(status)).count();
        }
    }

    /** The word a page shows for a status (納入可 / 要確認 / 納入不可 / エラー), also in the download (issue 14). */
    private static String statusWord(String status) {
        return Messages.text("ERROR".equals(status) ? "batch.error" : "level." + status);
    }

    /** The download's headings, the results table's columns (the file's order, 注文番号 included; issue 14). */
    private static final List<String> HEADINGS = List.of("batch.line", "batch.orderReference", "facility.code",
            "check.facility", "batch.yj", "check.product", "batch.quantity", "batch.decision", "batch.failing",
            "batch.error");

    /** @return every line in the file's order: the results, then the lines that could not be read */
    private List<List<Object>> lines() {
        List<List<Object>> out = new java.util.ArrayList<>();
        synchronized (results) {
            for (OrderLineResult r : results) {
                out.add(java.util.Arrays.asList(r.line(), r.orderReference(), r.facilityCode(), r.facilityName(),
                        r.yjCode(), r.productName(), r.quantity(), statusWord(r.status()),
                        String.join(" ", r.failingRequirements()), r.error()));
            }
        }
        out.sort(java.util.Comparator.comparingInt(l -> (Integer) l.get(0)));
        for (RowError e : badLines) {
            out.add(java.util.Arrays.asList(e.row(), "", "", "", "", "", "", statusWord("ERROR"), "",
                    e.column() + ": " + e.reason()));
        }
        return out;
    }

    private static jp.sitegate.interfaces.web.export.TableExport<List<Object>> export() {
        List<jp.sitegate.interfaces.web.export.TableExport.Column<List<Object>>> columns = new java.util.ArrayList<>();
        for (int i = 0; i < HEADINGS.size(); i++) {
            int column = i;
            columns.add(new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text(HEADINGS.get(i)),
                    l -> l.get(column)));
        }
        return new jp.sitegate.interfaces.web.export.TableExport<>(columns);
    }

    /**
     * @return the results as a CSV file (UTF-8 with BOM, for Excel), no cell readable as a formula (issue 15)
     */
    public StreamedContent download() {
        return export().csvDownload("sitegate-batch-check", lines());
    }

    /** @return the results as an Excel workbook, the same columns */
    public StreamedContent downloadXlsx() {
        return export().xlsxDownload("sitegate-batch-check", Messages.text("nav.batch"), lines());
    }

    /** @return how many lines are 納入可 (ELIGIBLE) and not yet recorded as shipped */
    public long getShippable() {
        synchronized (results) {
            return results.stream().filter(r -> "ELIGIBLE".equals(r.status()) && !shipped.containsKey(r.line()))
                    .count();
        }
    }

    /**
     * Records a shipment for every 納入可 line, after one confirmation (issue 14): each line through the same service
     * method as {@code POST /api/v1/shipments} (the gate is checked again per line), with an idempotency key of this
     * run and the line, so pressing twice records each line once. A line the gate now refuses is not recorded and says
     * why.
     */
    public void shipAll() {
        List<OrderLineResult> eligible;
        synchronized (results) {
            eligible = results.stream().filter(r -> "ELIGIBLE".equals(r.status())).toList();
        }
        int recorded = 0;
        int refused = 0;
        for (OrderLineResult r : eligible) {
            try {
                var receipt = shipments.record(new jp.sitegate.application.shipment.ShipmentCommand(
                        runKey + ":" + r.line(), r.facilityCode(), r.yjCode(), r.quantity(), r.orderReference()));
                shipped.put(r.line(), Messages.text("batch.shippedAs", receipt.shipmentId()));
                recorded++;
            } catch (jp.sitegate.application.shipment.ShipmentRefusedException e) {
                shipped.put(r.line(), Messages.text("ship.refused", String.join(", ",
                        e.decision().failingRequirements())));
                refused++;
            } catch (jp.sitegate.domain.shared.DomainException e) {
                shipped.put(r.line(), Messages.reason(e));
                refused++;
            }
        }
        Messages.info(Messages.text("batch.shipAllDone", recorded, refused));
    }

    /**
     * @param line a line of the file
     * @return what recording its shipment gave, or {@code ""} when it was not recorded
     */
    public String shipment(int line) {
        return shipped.getOrDefault(line, "");
    }

    /** @return the uploaded file */
    public UploadedFile getFile() {
        return file;
    }

    /** @param file the uploaded file */
    public void setFile(UploadedFile file) {
        this.file = file;
    }

    /**
     * @return results so far, in line order; once every line is checked, the one list the table sorts and filters
     *         in place (issue 14: the user's order, the file's order until they sort)
     */
    public List<OrderLineResult> getResults() {
        if (shown != null) {
            return shown;
        }
        synchronized (results) {
            List<OrderLineResult> copy = new ArrayList<>(results);
            copy.sort(java.util.Comparator.comparingInt(OrderLineResult::line));
            if (isFinished()) {
                shown = copy;
            }
            return copy;
        }
    }

    /** @return the statuses the results' status filter offers, in the order of the page's counts */
    public List<String> getStatuses() {
        return List.of("ELIGIBLE", "FLAGGED", "NOT_ELIGIBLE", "ERROR");
    }

    /** @return lines that could not be read */
    public List<RowError> getBadLines() {
        return badLines;
    }

    /** @return lines checked so far */
    public int getDone() {
        return done.get();
    }

    /** @return lines to check */
    public int getTotal() {
        return total;
    }

    /** @return percent done, 0–100 */
    public int getPercent() {
        return total == 0 ? 0 : done.get() * 100 / total;
    }

    /** @return whether the background check is still running */
    public boolean isRunning() {
        return running;
    }

    /** @return whether every line has been checked */
    public boolean isFinished() {
        return total > 0 && !running && !failed;
    }
}
