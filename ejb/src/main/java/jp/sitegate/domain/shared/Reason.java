package jp.sitegate.domain.shared;

/**
 * Why an input was refused, in Japanese (first) and English, before it is tied to a field or a row and column
 * (issue 12: the code value objects say what is wrong with a code; the caller names where it was written).
 *
 * @param ja the reason in Japanese
 * @param en the reason in English
 */
public record Reason(String ja, String en) {
}
