package org.warta.bench.quantity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.warta.bench.corpus.TaggedSentences;
import org.warta.extract.date.DateFinder;
import org.warta.extract.entity.EntityFinder;
import org.warta.extract.quantity.QuantityFinder;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Segmenter;

/**
 * Throughput of the quantity, date and entity finders on real Indonesian news: id-news-ner's sentences without their tags,
 * in articles of 20 sentences. The {@code bytes} counter is the UTF-8 input read per second: divide by 10^6 for
 * MB/s. Run: {@code java -jar warta-bench/target/warta-bench.jar FinderBenchmark -f 1 -wi 2 -i 3}
 * (the corpus path from {@code -Dwarta.corpus}, else ../shared/data/id-news-ner/data_train.txt).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class FinderBenchmark {
    /** The articles, read once. */
    @State(Scope.Benchmark)
    public static class Corpus {
        List<Document> articles;
        /** The same articles split into sentences and tokens, for the finders that read tokens. */
        List<Document> segmented;
        long bytes;
        final QuantityFinder quantities = QuantityFinder.standard();
        final DateFinder dates = DateFinder.standard();
        final EntityFinder entities = new EntityFinder();

        @Setup(Level.Trial)
        public void read() throws IOException {
            List<String> lines = TaggedSentences.read();
            articles = new ArrayList<>();
            segmented = new ArrayList<>();
            for (int i = 0; i < lines.size(); i += 20) {
                StringBuilder sb = new StringBuilder();
                for (String l : lines.subList(i, Math.min(lines.size(), i + 20))) {
                    sb.append(l).append('\n');
                }
                String text = sb.toString();
                bytes += text.getBytes(StandardCharsets.UTF_8).length;
                articles.add(new Document(text, "id", null, List.of()));
                segmented.add(Segmenter.standard().segment(text, "id", null));
            }
        }
    }

    /** Counts the bytes read, reported by JMH as bytes per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;
    }

    @Benchmark
    public void quantities(Corpus c, Bytes counter, Blackhole bh) {
        for (Document d : c.articles) {
            bh.consume(c.quantities.find(d));
        }
        counter.bytes += c.bytes;
    }

    @Benchmark
    public void dates(Corpus c, Bytes counter, Blackhole bh) {
        for (Document d : c.articles) {
            bh.consume(c.dates.find(d));
        }
        counter.bytes += c.bytes;
    }

    @Benchmark
    public void entities(Corpus c, Bytes counter, Blackhole bh) {
        for (Document d : c.segmented) {
            bh.consume(c.entities.find(d));
        }
        counter.bytes += c.bytes;
    }
}
