package jp.sitegate.application.view;

/**
 * An evidence document to download (issue 11): never served inline.
 *
 * @param fileName  file name as uploaded (sanitised)
 * @param mediaType application/pdf, image/png or image/jpeg
 * @param sha256    SHA-256 of the content (hex)
 * @param content   the bytes
 */
public record EvidenceDownload(String fileName, String mediaType, String sha256, byte[] content) {
}
