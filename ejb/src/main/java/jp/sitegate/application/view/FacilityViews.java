package jp.sitegate.application.view;

import java.util.List;
import java.util.Map;

/** Read models of facilities and what belongs to them, for the REST API and the pages. */
public final class FacilityViews {
    private FacilityViews() {
    }

    /**
     * @param code           medical institution code
     * @param name           name
     * @param prefectureCode 2-digit prefecture
     * @param address        address
     * @param beds           total beds or {@code null}
     * @param icuLevels      A301 levels in force today
     */
    public record Summary(String code, String name, String prefectureCode, String address, Integer beds,
            List<Integer> icuLevels) {
    }

    /**
     * @param code                    code
     * @param name                    name
     * @param prefectureCode          prefecture
     * @param postalCode              postal code
     * @param address                 address
     * @param bedsText                病床数 as listed
     * @param beds                    total beds
     * @param icuEquivalentDeclared   ICU-equivalent declaration
     * @param icuEquivalentConfirmedBy confirming MR
     * @param transplantCategory      JSTCT category
     * @param capabilities            capability → declared (null = undeclared)
     * @param icuFilings              filings
     * @param partners                partnerships
     * @param version                 optimistic-lock version
     */
    public record Detail(String code, String name, String prefectureCode, String postalCode, String address,
            String bedsText, Integer beds, Boolean icuEquivalentDeclared, String icuEquivalentConfirmedBy,
            String transplantCategory, Map<String, Boolean> capabilities, List<Filing> icuFilings,
            List<Partner> partners, long version) {
    }

    /**
     * @param level      A301 level
     * @param symbol     受理記号
     * @param startDate  start
     * @param endDate    end or {@code null}
     * @param sourceList list
     * @param sourceDate list date
     */
    public record Filing(int level, String symbol, String startDate, String endDate, String sourceList,
            String sourceDate) {
    }

    /**
     * @param code      partner code
     * @param name      partner name
     * @param coverage  what it covers
     * @param validFrom from
     * @param validTo   to or {@code null}
     * @param id        partnership id
     * @param agreed    both sides stand behind it (issue 11): the partner accepted, or an MR confirmed the document
     * @param acceptedBy the partner's administrator who accepted it, or {@code null}
     * @param confirmedBy the MR or safety manager who confirmed the document, or {@code null}
     * @param facilityCode the facility that entered it (for the partner's list of requests)
     * @param facilityName its name
     */
    public record Partner(String code, String name, List<String> coverage, String validFrom, String validTo, long id,
            boolean agreed, String acceptedBy, String confirmedBy, String facilityCode, String facilityName) {
    }

    /**
     * @param id                       physician id
     * @param name                     name
     * @param licenceRegisteredOn      licence date
     * @param hematologyTrainingYears  years
     * @param chemotherapyExperienceYears years
     * @param transplantTrainingYears  years
     * @param allogeneicTransplants    count
     * @param attestsMrMeetings        LUN-PHY-2
     * @param attestsSafetyCooperation LUN-PHY-3
     * @param fullTime                 常勤
     * @param treatmentLead            治療の責任者
     * @param employedFrom             from
     * @param employedTo               to
     * @param trainings                product key → completion date
     * @param employmentId             the employment at this facility
     * @param version                  the physician's optimistic-lock version
     * @param registrationNumber       医籍登録番号 (issue 11), or {@code null}
     */
    public record Physician(long id, String name, String licenceRegisteredOn, Integer hematologyTrainingYears,
            Integer chemotherapyExperienceYears, Integer transplantTrainingYears, Integer allogeneicTransplants,
            boolean attestsMrMeetings, boolean attestsSafetyCooperation, boolean fullTime, boolean treatmentLead,
            String employedFrom, String employedTo, Map<String, String> trainings, long employmentId, long version,
            String registrationNumber) {
    }

    /**
     * @param id               id
     * @param product          product key
     * @param mrName           MR
     * @param briefedOn        date
     * @param mode             IN_PERSON or ONLINE
     * @param visitRestriction reason for online
     * @param attendees        role → count
     * @param materials        materials handed over
     * @param requests         requests conveyed
     * @param complete         covers everything the product's profile asks
     * @param missing          what is missing when incomplete
     * @param lateEntry        recorded more than 14 days after it took place (issue 11)
     * @param visitRestrictionKind  the facility's visit restriction's kind (LUN-BRF-2), or {@code null}
     * @param visitRestrictionSince since when (YYYY-MM-DD), or {@code null}
     * @param missingText      {@code missing} in Japanese, in the same order (issue 13: labels, not enum names)
     * @param missingTextEn    {@code missing} in English
     * @param productName      the product's Japanese name (issue 14: pages show names, not keys)
     * @param productNameEn    its English name
     * @param attendeesText    the attendees in Japanese, e.g. 「医師 2名、薬剤師 1名」
     * @param attendeesTextEn  the attendees in English, e.g. "physician 2, pharmacist 1"
     */
    public record BriefingView(long id, String product, String mrName, String briefedOn, String mode,
            String visitRestriction, Map<String, Integer> attendees, List<String> materials, List<String> requests,
            boolean complete, List<String> missing, boolean lateEntry, String visitRestrictionKind,
            String visitRestrictionSince, List<String> missingText, List<String> missingTextEn, String productName,
            String productNameEn, String attendeesText, String attendeesTextEn) {
    }

    /**
     * @param yjCode      strength
     * @param name        strength name
     * @param lotNumber   lot
     * @param expiryDate  expiry
     * @param vialsOnHand vials now
     * @param mgOnHand    mg now
     * @param counted     counts towards readiness (IV, unexpired)
     * @param note        why not counted, in Japanese ({@code null} when counted)
     * @param noteEn      the same in English
     */
    public record Lot(String yjCode, String name, String lotNumber, String expiryDate, int vialsOnHand,
            long mgOnHand, boolean counted, String note, String noteEn) {
    }

    /**
     * @param facilityCode     facility
     * @param at               moment
     * @param onHandMg         unexpired IV mg on hand (REQUIREMENTS.md §5)
     * @param lots             lots with stock
     */
    public record Stock(String facilityCode, String at, long onHandMg, List<Lot> lots) {
    }

    /**
     * One entry of a facility's status history.
     *
     * @param product         product key
     * @param fromStatus      previous outcome, or {@code null} for the first evaluation
     * @param toStatus        new outcome
     * @param changedAt       when (ISO-8601)
     * @param cause           what caused it
     * @param findingsChanged requirement ids whose status changed
     * @param productName     the product's Japanese name (issue 14: pages show names, not keys)
     * @param productNameEn   its English name
     */
    public record StatusHistoryEntry(String product, String fromStatus, String toStatus, String changedAt, String cause,
            List<String> findingsChanged, String productName, String productNameEn) {
    }

    /**
     * Tocilizumab readiness ahead of time (issue 5; REQUIREMENTS.md §5, LUN-FAC-4, ABE-ADV-2, IMD-BAS-1).
     *
     * @param today        the day it was computed for (ISO)
     * @param expiringLots counted lots with vials on hand that expire within 60 days, soonest first
     * @param products     per product with a stock minimum in its profile in force
     */
    public record Readiness(String today, List<ExpiringLot> expiringLots, List<ProductReadiness> products) {
    }

    /**
     * A lot expiring soon.
     *
     * @param lotNumber  lot number
     * @param yjCode     YJ code of the strength
     * @param expiryDate last day of use (ISO)
     * @param vials      vials on hand
     * @param mg         mg on hand
     * @param daysLeft   days from today to the expiry date (0 = expires today)
     * @param within30   true when it expires within 30 days
     */
    public record ExpiringLot(String lotNumber, String yjCode, String expiryDate, int vials, long mg, long daysLeft,
            boolean within30) {
    }

    /**
     * When stock falls below a product's minimum if nothing is received.
     *
     * @param productKey     product key
     * @param productNameJa  product name in Japanese
     * @param requirementId  the requirement with the minimum (e.g. LUN-FAC-4)
     * @param minimumMg      the profile's minimum (mg)
     * @param onHandMg       unexpired IV mg on hand today
     * @param fallsBelowOn   first day below the minimum (ISO; today when already below), or {@code null}
     * @param daysUntilBelow days from today to that day (0 = already below)
     */
    public record ProductReadiness(String productKey, String productNameJa, String requirementId, int minimumMg,
            long onHandMg, String fallsBelowOn, long daysUntilBelow) {
    }

    /**
     * One line of a facility's tocilizumab ledger (受払簿, issue 14).
     *
     * @param lotNumber  the lot
     * @param yjCode     its strength
     * @param name       the strength's name, or {@code null} for an unknown code
     * @param expiryDate the lot's expiry (YYYY-MM-DD)
     * @param at         when (ISO-8601)
     * @param type       RECEIVED, USED, EXPIRED or RETURNED
     * @param typeJa     the movement in Japanese (入庫, 使用, 期限切れ, 返品)
     * @param typeEn     the same in English
     * @param vials      vials in (positive) or out (negative)
     * @param balance    the lot's vials after the movement
     * @param note       the note recorded with it, or {@code null}
     */
    public record LedgerEntry(String lotNumber, String yjCode, String name, String expiryDate, String at, String type,
            String typeJa, String typeEn, int vials, int balance, String note) {
    }
}
