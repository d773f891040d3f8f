package org.warta.bench.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.warta.eval.quantity.TaggedLine;

/**
 * The JMH benchmarks' corpus: id-news-ner's sentences (real Indonesian news, one a line) without their inline tags,
 * from {@code -Dwarta.corpus=FILE}, else {@code ../shared/data/id-news-ner/data_train.txt}.
 */
public final class TaggedSentences {
    private TaggedSentences() {
    }

    /** The corpus's sentences as plain text; says how to point at the file when it is missing. */
    public static List<String> read() throws IOException {
        Path p = Paths.get(System.getProperty("warta.corpus", "../shared/data/id-news-ner/data_train.txt"));
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("The benchmark corpus '" + p + "' is missing; give its path with "
                    + "-Dwarta.corpus=FILE (an inline-tagged file, one sentence a line).");
        }
        return Files.readAllLines(p, StandardCharsets.UTF_8).stream().map(l -> TaggedLine.parse(l).text()).toList();
    }
}
