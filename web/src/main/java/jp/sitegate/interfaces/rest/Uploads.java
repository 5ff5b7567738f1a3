package jp.sitegate.interfaces.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jp.sitegate.domain.shared.InvalidInputException;

/** Reading multipart form parts with a size limit, and naming a download (issue 11, evidence documents). */
final class Uploads {
    /** Longest text field of a form, bytes. */
    private static final int MAX_TEXT = 16 * 1024;

    private Uploads() {
    }

    /**
     * @param in    the part's content
     * @param limit largest accepted size, bytes
     * @param field the part's name (for the error)
     * @return the bytes; {@code limit + 1} bytes at most are read, so a larger part is refused by the caller's check
     * @throws InvalidInputException naming {@code field} when the part cannot be read
     */
    static byte[] read(InputStream in, long limit, String field) {
        try (InputStream s = in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = s.read(buf)) > 0) {
                int keep = (int) Math.min(n, limit + 1 - total);
                out.write(buf, 0, keep);
                total += keep;
                if (total > limit) {
                    break;
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new InvalidInputException(field, "アップロードを読み取れませんでした", "the upload could not be read");
        }
    }

    /**
     * @param in    a text part's content
     * @param field its name
     * @return the text (UTF-8)
     * @throws InvalidInputException naming {@code field} when longer than 16 KiB or unreadable
     */
    static String text(InputStream in, String field) {
        byte[] b = read(in, MAX_TEXT, field);
        if (b.length > MAX_TEXT) {
            throw new InvalidInputException(field, "長すぎます", "too long");
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /**
     * The file name of a multipart part as the client sent it: browsers send the name's UTF-8 bytes, which the
     * multipart reader decodes as ISO-8859-1; such a name is decoded again as UTF-8 (a name that is not valid UTF-8
     * stays as read).
     *
     * @param read the name as read, or {@code null}
     * @return the name, or {@code null}
     */
    static String fileName(String read) {
        if (read == null || read.chars().anyMatch(c -> c > 0xFF) || read.chars().allMatch(c -> c < 0x80)) {
            return read;
        }
        java.nio.charset.CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try {
            return utf8.decode(java.nio.ByteBuffer.wrap(read.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return read;
        }
    }

    /**
     * @param fileName a file name
     * @return a {@code Content-Disposition} value that always downloads (RFC 6266, UTF-8 name)
     */
    static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
