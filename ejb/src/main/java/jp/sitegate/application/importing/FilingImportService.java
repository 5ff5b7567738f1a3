package jp.sitegate.application.importing;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.status.FactsChanged;
import jp.sitegate.application.view.ImportSummary;
import jp.sitegate.application.view.ImportViews;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.facility.FilingImport;
import jp.sitegate.domain.model.facility.IcuFiling;
import jp.sitegate.domain.model.facility.MedicalInstitutionCode;
import jp.sitegate.domain.model.facility.Prefectures;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.Reason;
import jp.sitegate.infrastructure.importing.BureauList;
import jp.sitegate.infrastructure.importing.BureauListParser;
import jp.sitegate.infrastructure.importing.BureauRow;
import jp.sitegate.infrastructure.importing.ImportRejectedException;
import jp.sitegate.infrastructure.importing.JapaneseDates;
import jp.sitegate.infrastructure.importing.RowError;

/**
 * Imports a regional health bureau list (届出受理医療機関名簿, REQUIREMENTS.md §6): validates the whole file first
 * and imports nothing when any row is bad; then creates or updates 医科 facilities and their A301 ICU filings
 * (受理記号 集１…集６), and ends filings missing from a newer list of the same prefecture. Importing the same
 * list again changes nothing. One transaction: all or nothing.
 */
@Stateless
public class FilingImportService {
    private static final Pattern ICU_SYMBOL = Pattern.compile("^集([1-6])$");
    private static final Pattern BED_NUMBER = Pattern.compile("(\\d+)\\s*$");

    /** Issue 13: facts a profile reads changed; StatusTracker re-evaluates in this transaction. */
    @jakarta.inject.Inject
    private jakarta.enterprise.event.Event<FactsChanged> factsChanged;

    @jakarta.inject.Inject
    private jp.sitegate.domain.shared.UnitOfWork work;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.status.FacilityStatusRepository statuses;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.facility.PartnershipRepository partnerships;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.facility.FacilityRepository facilityRepository;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.facility.BureauListRepository bureauLists;

    @Inject
    private Clock clock;

    @Inject
    private Authorization authorization;

    /**
     * Who may import a bureau list: a safety manager or a system administrator (issue 4). Callers that parse input
     * before {@link #importList} call this first, so a caller without the right gets 403 whatever the input.
     *
     * @throws jp.sitegate.domain.shared.ForbiddenException otherwise
     */
    public void requireImporter() {
        authorization.anyRole(Role.SAFETY_MANAGER, Role.SYSTEM_ADMIN);
    }

    /**
     * @param fileName name of the uploaded file (for the summary and the record)
     * @param content  the workbook (xlsx/xls) or CSV bytes
     * @param listDate date the list is current to when the file does not say, or {@code null}
     * @return the summary
     * @throws ImportRejectedException with every bad row (row, column, reason) when the file is invalid
     * @throws jp.sitegate.domain.shared.ForbiddenException unless {@link #requireImporter} lets the caller through
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public ImportSummary importList(String fileName, byte[] content, LocalDate listDate) {
        var importer = authorization.anyRole(Role.SAFETY_MANAGER, Role.SYSTEM_ADMIN);
        String importedBy = importer == null ? null : importer.username();
        BureauList list = BureauListParser.parse(content);
        LocalDate date = list.listDate() != null ? list.listDate() : listDate;
        Validated v = validate(list, date);
        return apply(fileName == null ? "upload" : fileName, content, date, v, importedBy);
    }

    /**
     * Coverage of the 47 prefectures (issue 12): each one's newest list (date, file, rows, facilities, A301 facilities,
     * age), or none. Any signed-in user may read it: it says why an ICU finding is UNKNOWN.
     *
     * @return 47 rows in prefecture order
     * @throws jp.sitegate.domain.shared.ForbiddenException when not signed in
     */
    public List<ImportViews.Coverage> coverage() {
        authorization.anyRole(Role.values());
        LocalDate today = clock.instant().atZone(jp.sitegate.infrastructure.config.ClockProducer.JAPAN).toLocalDate();
        Map<String, FilingImport> newest = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (FilingImport i : bureauLists.history(Integer.MAX_VALUE)) {
            count.merge(i.getPrefectureCode(), 1, Integer::sum);
            FilingImport n = newest.get(i.getPrefectureCode());
            if (n == null || i.getListDate().isAfter(n.getListDate())) {
                newest.put(i.getPrefectureCode(), i);
            }
        }
        List<ImportViews.Coverage> out = new ArrayList<>();
        for (String code : Prefectures.codes()) {
            FilingImport i = newest.get(code);
            Long age = i == null ? null : java.time.temporal.ChronoUnit.DAYS.between(i.getListDate(), today);
            out.add(new ImportViews.Coverage(code, Prefectures.name(code, false), Prefectures.name(code, true),
                    i == null ? null : i.getListDate().toString(), i == null ? null : i.getFileName(),
                    i == null ? null : i.getRowsRead(), i == null ? null : i.getFacilities(),
                    i == null ? null : i.getIcuFacilities(), age,
                    age != null && age > jp.sitegate.domain.model.product.RequirementProfile.DEFAULT_MAX_LIST_AGE_DAYS,
                    count.getOrDefault(code, 0)));
        }
        return out;
    }

    /**
     * The import history (issue 12): who imported which file of which prefecture and date, with its SHA-256, newest
     * first.
     *
     * @param max most records returned (1–1,000)
     * @return the records
     * @throws jp.sitegate.domain.shared.ForbiddenException unless a safety manager or a system administrator
     */
    public List<ImportViews.ImportRecord> history(int max) {
        requireImporter();
        return bureauLists.history(Math.max(1, Math.min(max, 1_000))).stream()
                .map(i -> new ImportViews.ImportRecord(i.getPrefectureCode(), i.getListDate().toString(),
                        i.getFileName(), i.getSha256(), i.getRowsRead(), i.getFacilities(), i.getIcuFacilities(),
                        i.getFilingsAdded(), i.getFilingsEnded(), i.getImportedBy(), i.getImportedAt().toString()))
                .toList();
    }

    /** A validated 医科 row. */
    private record ValidRow(BureauRow row, MedicalInstitutionCode code, Integer icuLevel, LocalDate start) {
    }

    /** The valid 医科 rows, the non-blank rows read, and the dental/pharmacy rows skipped. */
    private record Validated(List<ValidRow> rows, int rowsRead, int skipped) {
    }

    private static Validated validate(BureauList list, LocalDate date) {
        List<RowError> errors = new ArrayList<>();
        if (date == null) {
            errors.add(RowError.of(2, null, "import.list-date-title-row"));
        }
        List<ValidRow> valid = new ArrayList<>();
        Set<String> prefectures = new TreeSet<>();
        int read = 0;
        int skipped = 0;
        for (BureauRow r : list.rows()) {
            if (r.isBlank()) {
                continue;
            }
            read++;
            int before = errors.size();
            String pref = pad(r.prefectureCode(), 2);
            if (!pref.matches("\\d{2}") || Integer.parseInt(pref) < 1 || Integer.parseInt(pref) > 47) {
                errors.add(RowError.of(r.rowNumber(), BureauListParser.PREF, "import.2-digits-01-47"));
            }
            char fee = switch (r.kind()) {
                case "医科" -> '1';
                case "歯科" -> '3';
                case "薬局" -> '4';
                default -> '?';
            };
            if (fee == '?') {
                errors.add(RowError.of(r.rowNumber(), BureauListParser.KIND, "import.kind-one-of"));
            }
            String number = pad(r.number(), 7);
            if (!number.matches("\\d{7}")) {
                errors.add(RowError.of(r.rowNumber(), BureauListParser.NUMBER, "import.7-digits"));
            }
            if (r.name().isBlank()) {
                errors.add(RowError.of(r.rowNumber(), BureauListParser.NAME, "import.name-missing"));
            }
            if (errors.size() > before) {
                continue;
            }
            String code10 = pref + fee + number;
            if (!MedicalInstitutionCode.isValid(code10)) {
                errors.add(RowError.of(r.rowNumber(), BureauListParser.NUMBER, "import.check-digit-code-does", code10));
                continue;
            }
            prefectures.add(pref);
            if (fee != '1') {
                skipped++;
                continue;
            }
            Matcher m = ICU_SYMBOL.matcher(JapaneseDates.normalize(r.symbol()).strip());
            Integer level = m.matches() ? Integer.parseInt(m.group(1)) : null;
            LocalDate start = null;
            if (level != null) {
                try {
                    start = JapaneseDates.find(r.startDate());
                } catch (JapaneseDates.NoSuchDateException e) {
                    // issue 12: a start date that does not exist is refused, never rolled to another day
                    errors.add(RowError.of(r.rowNumber(), BureauListParser.START, "import.start-date",
                            new Reason(e.reason().ja(), e.reason().en())));
                    continue;
                }
                if (start == null) {
                    errors.add(RowError.of(r.rowNumber(), BureauListParser.START, "import.unreadable-start-date-e",
                            r.startDate()));
                    continue;
                }
            }
            valid.add(new ValidRow(r, MedicalInstitutionCode.of(code10), level, start));
        }
        if (prefectures.size() > 1) {
            errors.add(RowError.of(0, BureauListParser.PREF, "import.one-file-hold-one", prefectures));
        }
        if (valid.isEmpty() && errors.isEmpty()) {
            errors.add(RowError.of(0, null, "import.no-rows-file"));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors, false);
        }
        return new Validated(valid, read, skipped);
    }

    private ImportSummary apply(String fileName, byte[] content, LocalDate listDate, Validated validated,
            String importedBy) {
        List<ValidRow> rows = validated.rows();
        Instant now = clock.instant();
        String pref = rows.get(0).code().prefectureCode();
        String source = "届出受理医療機関名簿 " + pref + " " + listDate;
        LocalDate newestBefore = bureauLists.newestListDate(pref);
        boolean newest = newestBefore == null || !listDate.isBefore(newestBefore);
        // issue 12: an older list imported after a newer one adds history only — a filing it alone shows was dropped
        // by the next newer list ("last seen in the list of D1, absent from the list of D2"), never current state
        LocalDate nextNewer = newest ? null : bureauLists.nextListDateAfter(pref, listDate);

        Map<MedicalInstitutionCode, Facility> facilities = new HashMap<>();
        facilityRepository.ofPrefecture(pref).forEach(f -> facilities.put(f.getCode(), f));
        Map<String, IcuFiling> filings = new HashMap<>();
        bureauLists.filingsOf(pref).forEach(i -> filings.put(key(i.getFacility().getCode(), i.getLevel(), i.getStartDate()), i));

        Map<MedicalInstitutionCode, ValidRow> firstRowPerFacility = new LinkedHashMap<>();
        rows.forEach(r -> firstRowPerFacility.putIfAbsent(r.code(), r));
        int created = 0;
        int updated = 0;
        for (ValidRow v : firstRowPerFacility.values()) {
            BureauRow r = v.row();
            Facility f = facilities.get(v.code());
            Integer beds = totalBeds(r.beds());
            if (f == null) {
                f = new Facility(v.code(), r.name(), now);
                f.updateListing(r.name(), blankToNull(r.postalCode()), blankToNull(r.address()),
                        blankToNull(r.beds()), beds, now);
                work.add(f);
                // one organisation per facility record, created with it (issue 10)
                work.add(jp.sitegate.domain.model.organisation.Organisation.forFacility(f, now));
                facilities.put(v.code(), f);
                created++;
            } else if (newest && f.updateListing(r.name(), blankToNull(r.postalCode()), blankToNull(r.address()),
                    blankToNull(r.beds()), beds, now)) {
                updated++;
            }
        }
        int added = 0;
        int history = 0;
        Set<Facility> changedFacilities = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (ValidRow v : rows) {
            if (v.icuLevel() == null) {
                continue;
            }
            String k = key(v.code(), v.icuLevel(), v.start());
            if (!seen.add(k)) {
                continue;
            }
            IcuFiling existing = filings.get(k);
            if (existing == null) {
                IcuFiling i = new IcuFiling(facilities.get(v.code()), v.icuLevel(), v.row().symbol(),
                        blankToNull(v.row().acceptanceNo()), v.start(), source, listDate);
                if (newest) {
                    added++;
                    changedFacilities.add(i.getFacility());
                } else {
                    i.lapse(nextNewer);
                    history++;
                }
                work.add(i);
                filings.put(k, i);
            } else if (!newest && existing.getEndDate() != null && existing.getSourceDate().isBefore(listDate)) {
                // seen later than known before, and still dropped by a newer list
                existing.seenInOlderList(source, listDate);
            } else if (newest && (existing.getEndDate() != null || existing.getSourceDate().isBefore(listDate))) {
                if (existing.getEndDate() != null) {
                    added++;
                }
                existing.seenIn(source, listDate);
            }
        }
        int ended = 0;
        if (!newest) {
            for (Map.Entry<String, IcuFiling> e : filings.entrySet()) {
                IcuFiling i = e.getValue();
                // absent from this list already: it had lapsed by this list's date, not only by the newer one's
                if (!seen.contains(e.getKey()) && i.getEndDate() != null && i.getSourceDate().isBefore(listDate)
                        && listDate.isBefore(i.getEndDate())) {
                    i.lapse(listDate);
                }
            }
        }
        if (newest) {
            for (Map.Entry<String, IcuFiling> e : filings.entrySet()) {
                IcuFiling i = e.getValue();
                if (i.getEndDate() == null && !seen.contains(e.getKey()) && i.getSourceDate().isBefore(listDate)) {
                    i.lapse(listDate);
                    ended++;
                    changedFacilities.add(i.getFacility());
                }
            }
        }
        long icuFacilities = rows.stream().filter(r -> r.icuLevel() != null).map(ValidRow::code).distinct().count();
        bureauLists.add(new FilingImport(pref, listDate, fileName, sha256(content), validated.rowsRead(), created,
                updated, added, ended, now).by(importedBy, firstRowPerFacility.size(), (int) icuFacilities));
        List<String> statusChanges = new ArrayList<>();
        List<String> statusChangesText = new ArrayList<>();
        List<String> statusChangesTextEn = new ArrayList<>();
        if (!changedFacilities.isEmpty()) {
            // a facility whose partner's ICU filing changed reads that filing too (LUN-FAC-3 *2, ABE-ADV-1)
            changedFacilities.addAll(partnerships.naming(changedFacilities));
        }
        for (Facility f : changedFacilities) {
            if (hasStatus(f)) {
                reevaluate(f, now, jp.sitegate.application.status.FactsChanged.cause("cause.bureau-list", pref, listDate.toString(),
                        fileName))
                        .forEach(c -> {
                            statusChanges.add(c.describe());
                            jp.sitegate.domain.shared.Reason text = c.text();
                            statusChangesText.add(text.ja());
                            statusChangesTextEn.add(text.en());
                        });
            }
        }
        return new ImportSummary(fileName, pref, listDate.toString(), validated.rowsRead(), validated.skipped(),
                created, updated, added, ended, newest, 0, statusChanges, history, statusChangesText, statusChangesTextEn);
    }

    /** Only facilities already tracked are re-evaluated: a new list must not evaluate every clinic in Japan. */
    private boolean hasStatus(Facility f) {
        return statuses.tracked(f);
    }

    private static String key(MedicalInstitutionCode code, int level, LocalDate start) {
        return code.value() + "|" + level + "|" + start;
    }

    /**
     * @param text 病床数 as listed, e.g. "一般　　350／療養　　120"
     * @return the sum of the numbers ending each "／"-separated part, or {@code null} when there is none
     */
    public static Integer totalBeds(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Integer total = null;
        for (String part : JapaneseDates.normalize(text).split("／|/")) {
            Matcher m = BED_NUMBER.matcher(part.strip());
            if (m.find()) {
                total = (total == null ? 0 : total) + Integer.parseInt(m.group(1));
            }
        }
        return total;
    }

    private static String pad(String s, int width) {
        String t = s == null ? "" : JapaneseDates.normalize(s).strip();
        if (t.matches("\\d+") && t.length() < width) {
            return "0".repeat(width - t.length()) + t;
        }
        return t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fires {@link FactsChanged} (issue 13) and returns the status changes the observer recorded. */
    private java.util.List<jp.sitegate.domain.model.status.StatusChange> reevaluate(
            jp.sitegate.domain.model.facility.Facility facility, java.time.Instant at, String cause) {
        FactsChanged event = new FactsChanged(facility, at, cause);
        factsChanged.fire(event);
        return event.changes();
    }
}
