package org.warta.bench.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.warta.extract.RawArticle;
import org.warta.extract.html.HtmlCharsets;

/**
 * The bench's inputs: plain-text articles (the sentences of id-news-ner grouped into articles of about 3 KB,
 * plus the project's golden plain-text articles) and web pages (the aeb-dev pages plus the golden HTML pages),
 * each repeated to the size asked for.
 */
record Corpus(List<RawArticle> texts, List<RawArticle> pages) {
    private static final int ARTICLE_CHARS = 3000;

    static Corpus load(Path shared, Path golden, int textDocs, int htmlDocs) throws IOException {
        Corpus once = once(shared, golden);
        return new Corpus(repeat(once.texts(), textDocs), repeat(once.pages(), htmlDocs));
    }

    /** Each input once. */
    static Corpus once(Path shared, Path golden) throws IOException {
        List<RawArticle> texts = new ArrayList<>();
        StringBuilder article = new StringBuilder();
        for (String line : Files.readAllLines(shared.resolve("data/id-news-ner/data_train.txt"))) {
            article.append(line.replaceAll("</?[A-Z]+>", "")).append(article.length() % 3 == 0 ? "\n\n" : " ");
            if (article.length() >= ARTICLE_CHARS) {
                texts.add(RawArticle.text(article.toString()));
                article.setLength(0);
            }
        }
        List<RawArticle> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(shared.resolve("data/aeb-dev/html"))) {
            for (Path p : files.sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                    pages.add(RawArticle.html(HtmlCharsets.decode(in.readAllBytes(), null), null));
                }
            }
        }
        if (Files.isDirectory(golden)) {
            try (Stream<Path> files = Files.walk(golden)) {
                for (Path p : files.sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (name.equals("input.txt")) {
                        texts.add(RawArticle.text(Files.readString(p)));
                    } else if (name.equals("input.html")) {
                        pages.add(RawArticle.html(Files.readString(p), null));
                    }
                }
            }
        }
        return new Corpus(texts, pages);
    }

    private static List<RawArticle> repeat(List<RawArticle> base, int n) {
        if (base.isEmpty()) {
            throw new UncheckedIOException(new IOException("no input documents found"));
        }
        List<RawArticle> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(base.get(i % base.size()));
        }
        return out;
    }

    static long bytes(List<RawArticle> docs) {
        long n = 0;
        for (RawArticle a : docs) {
            n += (a.isHtml() ? a.html() : a.text()).getBytes(StandardCharsets.UTF_8).length;
        }
        return n;
    }
}
