package org.warta.extract.quantity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Segmenter;
import org.warta.model.testing.SharedData;

/** The seed's body paragraphs as a document published 2020-09-30 (skips the test when ../shared is missing). */
public final class SeedBody {
    private SeedBody() {
    }

    /** From the first paragraph after the dateline to the last before the blog widgets. */
    public static Document document() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.require("seed/000_ff36bd3fc7d329e5.txt"),
                StandardCharsets.UTF_8);
        int from = 0;
        while (!lines.get(from).startsWith("IMPIANNEWS.COM")) {
            from++;
        }
        int to = lines.size();
        while (!lines.get(to - 1).startsWith("\"Mereka")) {
            to--;
        }
        String body = String.join("\n", lines.subList(from + 1, to)).strip();
        return Segmenter.standard().segment(body, "id", LocalDate.of(2020, 9, 30));
    }
}
