package jp.sitegate.infrastructure.importing;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads uploaded CSV files as Japanese users produce them: UTF-8 with or without BOM, or Windows-31J
 * (CP932/Shift_JIS, what Excel writes), with Commons CSV. Blank lines are kept, so that list index + 1 is the
 * line number users see.
 */
public final class CsvText {
    private CsvText() {
    }

    /**
     * @param content file bytes
     * @return the text: UTF-8 (BOM dropped) when it decodes cleanly, else Windows-31J
     */
    public static String decode(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("Windows-31J"));
        }
    }

    /**
     * @param content file bytes
     * @return one list of stripped cells per line (a blank line gives one empty cell)
     * @throws ImportRejectedException (unreadable) when the CSV is malformed, e.g. an unclosed quote
     */
    public static List<List<String>> read(byte[] content) {
        try (CSVParser parser = CSVParser.parse(new StringReader(decode(content)),
                CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get())) {
            List<List<String>> rows = new ArrayList<>();
            for (CSVRecord rec : parser) {
                rows.add(rec.stream().map(String::strip).collect(Collectors.toList()));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new ImportRejectedException(List.of(RowError.of(0, null, "import.not-readable-csv",
                    e.getMessage())), true);
        }
    }
}
