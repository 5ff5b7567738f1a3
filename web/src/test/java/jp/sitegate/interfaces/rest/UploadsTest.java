package jp.sitegate.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import jp.sitegate.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Multipart parts read with a limit, and their file names (issue 11, evidence uploads). */
class UploadsTest {

    @Test
    void aUtf8NameReadAsLatin1IsDecodedAgain() {
        String sent = "当直表.png";
        String asRead = new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals(sent, Uploads.fileName(asRead));
        assertEquals("plain.pdf", Uploads.fileName("plain.pdf"));
        assertEquals("café.pdf", Uploads.fileName("café.pdf"), "Latin-1 that is not UTF-8 stays as read");
        assertEquals(sent, Uploads.fileName(sent), "already decoded");
        assertNull(Uploads.fileName(null));
    }

    @Test
    void readingStopsOneByteAfterTheLimit() {
        byte[] big = new byte[1000];
        assertEquals(101, Uploads.read(new ByteArrayInputStream(big), 100, "evidence").length);
        byte[] small = {1, 2, 3};
        assertArrayEquals(small, Uploads.read(new ByteArrayInputStream(small), 100, "evidence"));
    }

    @Test
    void aTooLongTextPartIsRefusedNamingIt() {
        InvalidInputException e = Assertions.assertThrows(InvalidInputException.class,
                () -> Uploads.text(new ByteArrayInputStream(new byte[20_000]), "note"));
        assertEquals("note", e.field());
    }

    @Test
    void aDownloadIsAnAttachmentWithItsUtf8Name() {
        String d = Uploads.attachment("当直表 1.png");
        assertTrue(d.startsWith("attachment; filename=\"____1.png\""), d);
        assertTrue(d.endsWith("filename*=UTF-8''%E5%BD%93%E7%9B%B4%E8%A1%A8%201.png"), d);
    }
}
