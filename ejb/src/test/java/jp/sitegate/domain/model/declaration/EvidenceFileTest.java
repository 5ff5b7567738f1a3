package jp.sitegate.domain.model.declaration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;
import jp.sitegate.domain.shared.InvalidInputException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDJavascriptNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Test;

/** Evidence uploads: type by content, size bounds, PDF safety (parseable, unencrypted, no JavaScript), names. */
class EvidenceFileTest {

    private static final String SCRIPT = "app.alert('evidence');";

    // ---------------------------------------------------------------- fixtures

    @FunctionalInterface
    private interface Customiser {
        void apply(PDDocument doc, PDPage page) throws IOException;
    }

    private static byte[] pdf(Customiser customiser, CompressParameters compression) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            customiser.apply(doc, page);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, compression);
            return out.toByteArray();
        }
    }

    private static byte[] cleanPdf() throws IOException {
        return pdf((doc, page) -> { }, CompressParameters.NO_COMPRESSION);
    }

    private static void openActionScript(PDDocument doc, PDPage page) {
        doc.getDocumentCatalog().setOpenAction(new PDActionJavaScript(SCRIPT));
    }

    private static void linkScript(PDDocument doc, PDPage page) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(50, 50, 100, 20));
        link.setAction(new PDActionJavaScript(SCRIPT));
        page.getAnnotations().add(link);
    }

    private static void nameTreeScript(PDDocument doc, PDPage page) {
        PDJavascriptNameTreeNode tree = new PDJavascriptNameTreeNode();
        tree.setNames(Map.of("init", new PDActionJavaScript(SCRIPT)));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setJavascript(tree);
        doc.getDocumentCatalog().setNames(names);
    }

    private static byte[] encryptedPdf(String userPassword) throws IOException {
        return pdf((doc, page) -> {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
        }, CompressParameters.NO_COMPRESSION);
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage img = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, Color.RED.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(img, format, out), "no ImageIO writer for " + format);
        return out.toByteArray();
    }

    private static String independentSha256(byte[] content) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
        StringBuilder hex = new StringBuilder();
        for (byte b : digest) {
            hex.append(String.format("%02x", b & 0xFF));
        }
        return hex.toString();
    }

    private static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    private static InvalidInputException refused(String name, byte[] content, String reasonEnFragment) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EvidenceFile.of(name, content));
        assertEquals("evidence", e.field());
        assertFalse(e.reasonJa().isBlank());
        assertTrue(e.reasonEn().contains(reasonEnFragment), e.reasonEn());
        return e;
    }

    // ---------------------------------------------------------------- accepted

    @Test
    void cleanPdfIsAccepted() throws Exception {
        byte[] bytes = cleanPdf();
        EvidenceFile f = EvidenceFile.of("scan.pdf", bytes);
        assertEquals("application/pdf", f.mediaType());
        assertEquals(bytes.length, f.size());
        assertEquals(independentSha256(bytes), f.sha256());
        assertEquals(64, f.sha256().length());
        assertEquals("scan.pdf", f.fileName());
        assertArrayEquals(bytes, f.content());
    }

    @Test
    void cleanPdfWithCompressedObjectStreamsIsAccepted() throws Exception {
        byte[] bytes = pdf((doc, page) -> { }, CompressParameters.DEFAULT_COMPRESSION);
        assertTrue(contains(bytes, "/ObjStm"), "fixture should use object streams");
        EvidenceFile f = EvidenceFile.of("compressed.pdf", bytes);
        assertEquals("application/pdf", f.mediaType());
        assertEquals(independentSha256(bytes), f.sha256());
    }

    @Test
    void pngIsAccepted() throws Exception {
        byte[] bytes = image("png");
        EvidenceFile f = EvidenceFile.of("photo.png", bytes);
        assertEquals("image/png", f.mediaType());
        assertEquals(bytes.length, f.size());
        assertEquals(independentSha256(bytes), f.sha256());
    }

    @Test
    void jpegIsAccepted() throws Exception {
        byte[] bytes = image("jpeg");
        EvidenceFile f = EvidenceFile.of("photo.jpg", bytes);
        assertEquals("image/jpeg", f.mediaType());
        assertEquals(bytes.length, f.size());
        assertEquals(independentSha256(bytes), f.sha256());
    }

    @Test
    void contentDecidesTypeNotName() throws Exception {
        EvidenceFile f = EvidenceFile.of("report.pdf", image("png"));
        assertEquals("image/png", f.mediaType());
        assertEquals("report.pdf", f.fileName());
    }

    @Test
    void exactlyMaxBytesIsAccepted() throws Exception {
        byte[] png = image("png");
        byte[] padded = Arrays.copyOf(png, (int) EvidenceFile.MAX_BYTES); // zero bytes after IEND are ignored
        EvidenceFile f = EvidenceFile.of("big.png", padded);
        assertEquals(EvidenceFile.MAX_BYTES, f.size());
        assertEquals(independentSha256(padded), f.sha256());
    }

    @Test
    void contentIsCopiedInAndOut() throws Exception {
        byte[] bytes = image("png");
        byte[] original = bytes.clone();
        EvidenceFile f = EvidenceFile.of("a.png", bytes);
        bytes[20] ^= 0x7F;
        f.content()[21] ^= 0x7F;
        assertArrayEquals(original, f.content());
        assertEquals(independentSha256(original), f.sha256());
    }

    // ---------------------------------------------------------------- file names

    @Test
    void fileNameLosesDirectoryParts() throws Exception {
        byte[] png = image("png");
        assertEquals("passwd.pdf", EvidenceFile.of("../../etc/passwd.pdf", png).fileName());
        assertEquals("scan.png", EvidenceFile.of("C:\\Users\\mr\\scan.png", png).fileName());
    }

    @Test
    void fileNameLosesControlAndFormatCharacters() throws Exception {
        byte[] png = image("png");
        assertEquals("abc.pdf", EvidenceFile.of("a\u0000b\r\nc.pdf", png).fileName());
        assertEquals("scanfdp.exe", EvidenceFile.of("scan\u202Efdp.exe", png).fileName());
    }

    @Test
    void blankFileNameBecomesEvidence() throws Exception {
        byte[] png = image("png");
        assertEquals("evidence", EvidenceFile.of(null, png).fileName());
        assertEquals("evidence", EvidenceFile.of("   ", png).fileName());
        assertEquals("evidence", EvidenceFile.of("dir/", png).fileName());
        assertEquals("evidence", EvidenceFile.of("\u0001\u0002", png).fileName());
        assertEquals("evidence", EvidenceFile.of("a/..", png).fileName());
    }

    @Test
    void longFileNameIsClippedTo200Characters() throws Exception {
        String name = "あ".repeat(250) + ".pdf";
        String kept = EvidenceFile.of(name, image("png")).fileName();
        assertEquals(200, kept.length());
        assertEquals("あ".repeat(200), kept);
    }

    // ---------------------------------------------------------------- refused: size and type

    @Test
    void nullContentIsRefused() {
        refused("a.pdf", null, "empty");
    }

    @Test
    void emptyContentIsRefused() {
        InvalidInputException e = refused("a.pdf", new byte[0], "empty");
        assertEquals("ファイルが空です", e.reasonJa());
    }

    @Test
    void moreThanMaxBytesIsRefusedBeforeParsing() {
        byte[] big = new byte[(int) EvidenceFile.MAX_BYTES + 1];
        byte[] magic = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, big, 0, magic.length);
        InvalidInputException e = refused("big.pdf", big, "10 MB");
        assertEquals("10 MB 以下のファイルにしてください", e.reasonJa());
    }

    @Test
    void textNamedPdfIsRefused() {
        InvalidInputException e = refused("x.pdf", "just some text\n".getBytes(StandardCharsets.UTF_8),
                "Only PDF, PNG and JPEG");
        assertEquals("PDF・PNG・JPEG のみ受け付けます（内容で判定）", e.reasonJa());
    }

    @Test
    void partialPngSignatureIsRefusedAsUnknownType() {
        byte[] partial = {(byte) 0x89, 'P', 'N', 'G'};
        refused("x.png", partial, "Only PDF, PNG and JPEG");
    }

    @Test
    void pngSignatureAloneIsRefusedAsUndecodable() {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        refused("x.png", signature, "cannot be decoded");
    }

    @Test
    void truncatedPngIsRefusedAsUndecodable() throws Exception {
        byte[] png = image("png");
        refused("x.png", Arrays.copyOf(png, 40), "cannot be decoded");
    }

    @Test
    void jpegMarkerAloneIsRefusedAsUndecodable() {
        byte[] marker = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
        refused("x.jpg", marker, "cannot be decoded");
    }

    // ---------------------------------------------------------------- refused: PDF

    @Test
    void unparseablePdfIsRefused() {
        byte[] bytes = "%PDF-1.7\nthis is not really a PDF\n".getBytes(StandardCharsets.US_ASCII);
        refused("x.pdf", bytes, "cannot be read");
    }

    @Test
    void truncatedPdfIsRefused() throws Exception {
        byte[] pdf = cleanPdf();
        refused("x.pdf", Arrays.copyOf(pdf, 12), "cannot be read");
    }

    @Test
    void pdfNeedingUserPasswordIsRefused() throws Exception {
        refused("x.pdf", encryptedPdf("user-secret"), "Encrypted");
    }

    @Test
    void pdfEncryptedWithEmptyUserPasswordIsRefused() throws Exception {
        byte[] bytes = encryptedPdf("");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertTrue(doc.isEncrypted(), "fixture should open without a password yet be encrypted");
        }
        refused("x.pdf", bytes, "Encrypted");
    }

    @Test
    void openActionJavaScriptIsRefused() throws Exception {
        InvalidInputException e = refused("x.pdf", pdf(EvidenceFileTest::openActionScript,
                CompressParameters.NO_COMPRESSION), "JavaScript");
        assertEquals("JavaScript を含む PDF は受け付けません", e.reasonJa());
    }

    @Test
    void linkAnnotationJavaScriptIsRefused() throws Exception {
        refused("x.pdf", pdf(EvidenceFileTest::linkScript, CompressParameters.NO_COMPRESSION), "JavaScript");
    }

    @Test
    void documentLevelJavaScriptNameTreeIsRefused() throws Exception {
        refused("x.pdf", pdf(EvidenceFileTest::nameTreeScript, CompressParameters.NO_COMPRESSION), "JavaScript");
    }

    @Test
    void emptyJavaScriptNameTreeIsStillRefused() throws Exception {
        byte[] bytes = pdf((doc, page) -> {
            COSDictionary names = new COSDictionary();
            names.setItem(COSName.JAVA_SCRIPT, new COSDictionary());
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.NAMES, names);
        }, CompressParameters.NO_COMPRESSION);
        assertFalse(contains(bytes, "/JS"), "fixture should hold no /JS key, only the /JavaScript tree");
        refused("x.pdf", bytes, "JavaScript");
    }

    private static void refusedWhenCompressed(Customiser script) throws IOException {
        byte[] bytes = pdf(script, CompressParameters.DEFAULT_COMPRESSION);
        // the action dictionaries are only inside compressed object streams, not visible in the raw bytes
        assertTrue(contains(bytes, "/ObjStm"), "fixture should use object streams");
        assertFalse(contains(bytes, "/JS"), "fixture should hide /JS inside a compressed object stream");
        assertFalse(contains(bytes, "/JavaScript"), "fixture should hide /JavaScript inside an object stream");
        refused("x.pdf", bytes, "JavaScript");
    }

    @Test
    void openActionJavaScriptInsideObjectStreamIsRefused() throws Exception {
        refusedWhenCompressed(EvidenceFileTest::openActionScript);
    }

    @Test
    void linkAnnotationJavaScriptInsideObjectStreamIsRefused() throws Exception {
        refusedWhenCompressed(EvidenceFileTest::linkScript);
    }

    @Test
    void nameTreeJavaScriptInsideObjectStreamIsRefused() throws Exception {
        refusedWhenCompressed(EvidenceFileTest::nameTreeScript);
    }
}
