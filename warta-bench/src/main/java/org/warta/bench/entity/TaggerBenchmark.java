package org.warta.bench.entity;

import java.io.IOException;
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
import org.warta.extract.entity.TokenClues;
import org.warta.extract.entity.tagger.NameTagger;
import org.warta.extract.segment.Segmenter;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;

/**
 * Throughput of the Indonesian name tagger alone (features, weight lookups and Viterbi decoding; the biggest part
 * of the entity stage) on id-news-ner's sentences without their tags, with each sentence's words and clue bits
 * computed once beforehand. The {@code tokens} counter is the tokens tagged per second. Run:
 * {@code java -jar warta-bench/target/warta-bench.jar TaggerBenchmark -f 1 -wi 2 -i 3} (the corpus path from
 * {@code -Dwarta.corpus}, else ../shared/data/id-news-ner/data_train.txt).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class TaggerBenchmark {
    /** The sentences as the tagger sees them, read once. */
    @State(Scope.Benchmark)
    public static class Sentences {
        final List<String[]> words = new ArrayList<>();
        final List<int[]> clues = new ArrayList<>();
        final NameTagger tagger = NameTagger.indonesian();
        long tokens;

        @Setup(Level.Trial)
        public void read() throws IOException {
            TokenClues lexicon = TokenClues.standard();
            for (String text : TaggedSentences.read()) {
                for (Sentence s : Segmenter.standard().segment(text, "id", null).sentences()) {
                    List<Token> toks = s.tokens();
                    if (toks.isEmpty()) {
                        continue;
                    }
                    words.add(toks.stream().map(Token::text).toArray(String[]::new));
                    clues.add(lexicon.of(toks));
                    tokens += toks.size();
                }
            }
        }
    }

    /** Counts the tokens tagged, reported by JMH as tokens per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Tokens {
        public long tokens;
    }

    @Benchmark
    public void labels(Sentences s, Tokens counter, Blackhole bh) {
        for (int i = 0; i < s.words.size(); i++) {
            bh.consume(s.tagger.labels(s.words.get(i), s.clues.get(i)));
        }
        counter.tokens += s.tokens;
    }
}
