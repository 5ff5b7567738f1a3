package jp.sitegate.domain.model.declaration;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import jp.sitegate.domain.shared.InvalidInputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * An uploaded evidence document that has passed validation: a PDF, PNG or JPEG of at most {@link #MAX_BYTES},
 * its type decided by its content (never by its name), a PDF parseable, unencrypted and free of JavaScript, an
 * image decodable. This is the evidence seen by the manufacturer's MR or safety manager when confirming a
 * hospital's declaration (issue 11, REQUIREMENTS.md §8).
 *
 * <p>Immutable; the content is copied in and out.
 */
public final class EvidenceFile {

    /** Largest accepted content, in bytes (10 MiB). */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final String FIELD = "evidence";
    private static final String DEFAULT_NAME = "evidence";
    private static final int MAX_NAME_CODE_POINTS = 200;
    /** Images are decoded subsampled to at most about this many pixels, so validation memory stays bounded. */
    private static final long DECODE_PIXELS = 1_000_000L;

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private static final String PDF = "application/pdf";
    private static final String PNG = "image/png";
    private static final String JPEG = "image/jpeg";

    private final String fileName;
    private final String mediaType;
    private final byte[] content;
    private final String sha256;

    private EvidenceFile(String fileName, String mediaType, byte[] content) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content;
        this.sha256 = sha256Hex(content);
    }

    /**
     * Validates an uploaded document.
     *
     * @param fileName the name the uploader gave (may be {@code null}; any directory part and control characters are
     *                 dropped, see {@link #fileName()}); it plays no part in deciding the type
     * @param content  the file's bytes (copied)
     * @return the validated evidence
     * @throws InvalidInputException (field {@code "evidence"}) when the content is null or empty, larger than
     *                               {@link #MAX_BYTES}, not a PDF, PNG or JPEG by its leading bytes, a PDF that cannot
     *                               be parsed, is encrypted or contains JavaScript, or an image that cannot be decoded
     */
    public static EvidenceFile of(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw invalid("evidence.file-empty");
        }
        if (content.length > MAX_BYTES) {
            throw invalid("evidence.file-10-mb-smaller");
        }
        byte[] copy = content.clone();
        String type;
        if (startsWith(copy, PDF_MAGIC)) {
            type = PDF;
            checkPdf(copy);
        } else if (startsWith(copy, PNG_MAGIC)) {
            type = PNG;
            checkImage(copy, "png");
        } else if (startsWith(copy, JPEG_MAGIC)) {
            type = JPEG;
            checkImage(copy, "jpeg");
        } else {
            throw invalid("evidence.only-pdf-png-jpeg");
        }
        return new EvidenceFile(sanitise(fileName), type, copy);
    }

    /**
     * @return the uploader's file name without any directory part or control/format characters, at most 200
     *         characters, or {@code "evidence"} when nothing is left
     */
    public String fileName() {
        return fileName;
    }

    /** @return {@code "application/pdf"}, {@code "image/png"} or {@code "image/jpeg"}, as decided by the content */
    public String mediaType() {
        return mediaType;
    }

    /** @return the content's length in bytes */
    public long size() {
        return content.length;
    }

    /** @return the SHA-256 of the content as 64 lowercase hexadecimal characters */
    public String sha256() {
        return sha256;
    }

    /** @return a copy of the content */
    public byte[] content() {
        return content.clone();
    }

    // ---------------------------------------------------------------- PDF

    private static void checkPdf(byte[] content) {
        boolean encrypted;
        boolean javaScript;
        try (PDDocument doc = Loader.loadPDF(content)) {
            encrypted = doc.isEncrypted() || doc.getDocument().isEncrypted();
            javaScript = !encrypted && containsJavaScript(doc);
        } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
            // the document needs a user password to open at all
            encrypted = true;
            javaScript = false;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw invalid("evidence.pdf-cannot-read-damaged");
        }
        if (encrypted) {
            throw invalid("evidence.encrypted-password-protected-pdfs");
        }
        if (javaScript) {
            throw invalid("evidence.pdfs-containing-javascript-are");
        }
    }

    /**
     * Whether any object of the document is a JavaScript action or carries script: every indirect object listed in
     * the cross-reference table (PDFBox 3 lists the objects stored inside compressed object streams there too, and
     * dereferences them from their stream), everything reachable from the trailer, and every direct object nested in
     * those, are scanned for a dictionary with {@code /JS} or {@code /S /JavaScript}; the catalog's {@code /Names}
     * must not have a {@code /JavaScript} tree.
     */
    private static boolean containsJavaScript(PDDocument doc) {
        COSDictionary names = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.NAMES);
        if (names != null && names.containsKey(COSName.JAVA_SCRIPT)) {
            return true;
        }
        COSDocument cos = doc.getDocument();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> pending = new ArrayDeque<>();
        pending.push(cos.getTrailer());
        for (COSObjectKey key : cos.getXrefTable().keySet()) {
            COSObject object = cos.getObjectFromPool(key);
            if (object != null) {
                pending.push(object);
            }
        }
        while (!pending.isEmpty()) {
            COSBase base = pending.pop();
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSObject) {
                pending.push(((COSObject) base).getObject());
            } else if (base instanceof COSDictionary) { // COSStream included: its dictionary, not its data
                COSDictionary dict = (COSDictionary) base;
                if (dict.containsKey(COSName.JS) || COSName.JAVA_SCRIPT.equals(dict.getDictionaryObject(COSName.S))) {
                    return true;
                }
                for (Map.Entry<COSName, COSBase> e : dict.entrySet()) {
                    pending.push(e.getValue());
                }
            } else if (base instanceof COSArray) {
                for (Iterator<COSBase> it = ((COSArray) base).iterator(); it.hasNext();) {
                    pending.push(it.next());
                }
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- images

    private static void checkImage(byte[] content, String format) {
        boolean decoded;
        try {
            decoded = decodes(content, format);
        } catch (IOException | RuntimeException e) {
            decoded = false;
        }
        if (!decoded) {
            throw invalid("evidence.image-cannot-decoded-damaged");
        }
    }

    /**
     * Decodes the whole image as {@code ImageIO.read} would, with the reader for the detected format, but subsampled
     * so that a large picture does not need its full raster in memory.
     */
    private static boolean decodes(byte[] content, String format) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            return false;
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels <= 0) {
                return false;
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.min(Integer.MAX_VALUE, (long) Math.ceil(Math.sqrt((double) pixels / DECODE_PIXELS)));
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            return reader.read(0, param) != null;
        } finally {
            reader.dispose();
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String sanitise(String name) {
        if (name == null) {
            return DEFAULT_NAME;
        }
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        String s = kept.toString();
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1).strip();
        if (s.isEmpty() || s.equals(".") || s.equals("..")) {
            return DEFAULT_NAME;
        }
        if (s.codePointCount(0, s.length()) > MAX_NAME_CODE_POINTS) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_NAME_CODE_POINTS)).strip();
        }
        return s;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String sha256Hex(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            StringBuilder hex = new StringBuilder(digest.length * 2);
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static InvalidInputException invalid(String key) {
        return InvalidInputException.of(FIELD, key);
    }
}
