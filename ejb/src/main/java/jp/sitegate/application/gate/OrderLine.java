package jp.sitegate.application.gate;

/**
 * One line of a distributor's batch file: facility code, product YJ code, quantity, order reference.
 *
 * @param line           line number in the file (1-based)
 * @param facilityCode   10-digit code (validated, normalised)
 * @param yjCode         YJ code (validated, normalised)
 * @param quantity       1–10,000
 * @param orderReference order reference (≤ 100 characters) or empty
 */
public record OrderLine(int line, String facilityCode, String yjCode, int quantity, String orderReference) {
}
