package jp.sitegate.domain.model.eligibility;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import jp.sitegate.domain.model.facility.Prefectures;
import jp.sitegate.domain.shared.Reason;

/**
 * Whether the regional health bureau lists can carry an ICU finding on a day (issue 12, REQUIREMENTS.md §6): the
 * prefecture has a list; the newest list current on or before the day is at most the profile version's
 * {@code maxListAgeDays} old (the lists are published monthly; SiteGate never decides silently from last year's); and,
 * for a day before the prefecture's oldest list, the absence of a filing is no evidence (re-filings reset start dates),
 * so only a filing known to be in force then counts.
 */
public final class BureauListCoverage {
    private BureauListCoverage() {
    }

    /**
     * @param facts       the facility's facts (their {@code bureauLists}; {@code null} = not checked)
     * @param facilityCode the code of the facility whose filings the finding reads (its prefecture's lists count)
     * @param context     the day and the profile version's {@code maxListAgeDays}
     * @param knownActive true when the finding rests on a filing in force that day (MET), false when on the absence
     *                    of one (NOT_MET)
     * @return {@code null} when the lists carry the finding, else the UNKNOWN result naming the gap
     */
    public static CriterionResult gap(FacilityFacts facts, String facilityCode, EvaluationContext context,
            boolean knownActive) {
        if (facts.bureauLists() == null) {
            return null;
        }
        String pref = facilityCode.substring(0, 2);
        Evidence.Label prefecture = prefecture(pref);
        List<LocalDate> dates = facts.bureauLists().getOrDefault(pref, List.of());
        LocalDate day = context.date();
        if (dates.isEmpty()) {
            return CriterionResult.unknown(List.of(Evidence.of(EvidenceKind.LIST_MISSING, "prefecture", prefecture)),
                    "finding.list.missing", new Reason(prefecture.ja(), prefecture.en()));
        }
        LocalDate newest = newestOnOrBefore(dates, day);
        if (newest == null) {
            if (knownActive) {
                return null;
            }
            LocalDate oldest = dates.get(0);
            return CriterionResult.unknown(List.of(Evidence.of(EvidenceKind.LIST_NOT_COVERING, "prefecture",
                    prefecture, "day", day, "oldest", oldest)), "finding.list.not-covering",
                    new Reason(prefecture.ja(), prefecture.en()), new Reason(wareki(day), day.toString()),
                    new Reason(wareki(oldest), oldest.toString()));
        }
        long age = ChronoUnit.DAYS.between(newest, day);
        if (age > context.maxListAgeDays()) {
            return CriterionResult.unknown(List.of(Evidence.of(EvidenceKind.LIST_STALE, "prefecture", prefecture,
                    "listDate", newest, "ageDays", age, "maxDays", context.maxListAgeDays())), "finding.list.stale",
                    new Reason(wareki(newest), newest.toString()), age, context.maxListAgeDays());
        }
        return null;
    }

    /**
     * @param facts        the facility's facts
     * @param facilityCode the facility whose list is named
     * @param day          the day
     * @return LIST_CURRENT for the newest list on or before the day, or {@code null} when unknown
     */
    public static Evidence current(FacilityFacts facts, String facilityCode, LocalDate day) {
        if (facts.bureauLists() == null) {
            return null;
        }
        String pref = facilityCode.substring(0, 2);
        LocalDate newest = newestOnOrBefore(facts.bureauLists().getOrDefault(pref, List.of()), day);
        return newest == null ? null
                : Evidence.of(EvidenceKind.LIST_CURRENT, "prefecture", prefecture(pref), "listDate", newest);
    }

    /** The list a finding on {@code day} reads: the newest current on or before it, or {@code null}. */
    private static LocalDate newestOnOrBefore(List<LocalDate> listDates, LocalDate day) {
        return listDates.stream().filter(d -> !d.isAfter(day)).max(LocalDate::compareTo).orElse(null);
    }

    private static Evidence.Label prefecture(String code) {
        return new Evidence.Label(Prefectures.name(code, false), Prefectures.name(code, true));
    }

    /**
     * @param day a day
     * @return it in the Japanese era, e.g. 令和7年9月1日
     */
    public static String wareki(LocalDate day) {
        return jp.sitegate.domain.shared.Wareki.format(day);
    }
}
