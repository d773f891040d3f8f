package org.warta.extract.entity.tagger;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.warta.model.EntityType;

class NameTaggerTest {
    private static final BioLabel O = BioLabel.O;
    private static final BioLabel BP = BioLabel.B_PERSON;
    private static final BioLabel IP = BioLabel.I_PERSON;
    private static final BioLabel BL = BioLabel.B_LOCATION;

    @Test
    void loadsTheShippedIndonesianModelOnceAndFindsAPersonAndAPlace() {
        NameTagger tagger = NameTagger.indonesian();
        assertThat(NameTagger.indonesian()).isSameAs(tagger);
        String[] words = "Presiden Joko Widodo meresmikan bendungan itu di Kabupaten Bogor , Jawa Barat .".split(" ");
        List<TaggedName> names = tagger.tag(words, new int[words.length]);
        assertThat(names).contains(new TaggedName(1, 3, EntityType.PERSON));
        assertThat(names).anyMatch(n -> n.type() == EntityType.LOCATION && n.from() >= 7);
    }

    @Test
    void scoresEveryWordOfTheShippedModelAlikeWithWordSumsKeptAndWithoutThem() throws IOException {
        TaggerModel model;
        try (var in = NameTagger.class.getClassLoader().getResourceAsStream(NameTagger.INDONESIAN)) {
            model = ModelFile.read(in);
        }
        Random random = new Random(13);
        for (int s = 0; s < 3_000; s++) { // more sentences than the words a thread keeps, so it empties its map
            String[] words = FeaturesTest.randomSentence(random);
            int[] clues = random.ints(words.length, 0, 1 << Clue.ALL.length).map(b -> b & random.nextInt()).toArray();
            assertThat(model.emission(words, clues)).isEqualTo(model.emission(Features.of(words, clues)));
        }
    }

    @Test
    void knowsWhenSumsOfWeightsAreExactInAnyOrder() {
        int[] keys = {1, 2};
        assertThat(WeightTable.of(keys, bits(0.5f, 147.15f)).sumsExactly(Features.MAX_PER_TOKEN)).isTrue();
        assertThat(WeightTable.of(keys, bits(0x1p-40f, 0x1p20f)).sumsExactly(Features.MAX_PER_TOKEN)).isFalse();
        assertThat(WeightTable.of(keys, bits(1f, Float.NaN)).sumsExactly(Features.MAX_PER_TOKEN)).isFalse();
        assertThat(WeightTable.of(keys, bits(0f, -0f)).sumsExactly(Features.MAX_PER_TOKEN)).isTrue();
    }

    /** Two features' weights: the first label's {@code a} and {@code b}, the others 0. */
    private static int[] bits(float a, float b) {
        int[] out = new int[2 * BioLabel.COUNT];
        out[0] = Float.floatToRawIntBits(a);
        out[BioLabel.COUNT] = Float.floatToRawIntBits(b);
        return out;
    }

    @Test
    void scoresFeatureByFeatureWhereWordSumsWouldRound() {
        // 2^-40 and 2^20 in one sum need 60 bits: kept sums could round otherwise than adding in the rows' order
        String[] words = {"Kata", "kata", "KATA"};
        int[] clues = new int[words.length];
        Map<Integer, double[]> features = new HashMap<>();
        Random random = new Random(3);
        for (int key : Features.of(words, clues).keys()) {
            features.put(key, random.doubles(BioLabel.COUNT).map(w -> (float) (random.nextBoolean()
                    ? Math.scalb(w, -40) : Math.scalb(w, 20))).toArray());
        }
        TaggerModel model = new TaggerModel(features, new double[BioLabel.COUNT],
                new double[BioLabel.COUNT * BioLabel.COUNT]);
        assertThat(model.emission(words, clues)).isEqualTo(model.emission(Features.of(words, clues)));
    }

    @Test
    void readsNamesFromLabelsWithAStrayInsideLabelStartingOne() {
        assertThat(NameTagger.names(new BioLabel[] {BP, IP, O, BioLabel.I_LOCATION, BL, IP}))
                .containsExactly(new TaggedName(0, 2, EntityType.PERSON), new TaggedName(3, 4, EntityType.LOCATION),
                        new TaggedName(4, 5, EntityType.LOCATION), new TaggedName(5, 6, EntityType.PERSON));
    }

    @Test
    void neverDecodesAnInsideLabelAfterAnotherType() {
        int n = 3;
        double[] emission = new double[n * BioLabel.COUNT];
        emission[BioLabel.COUNT + BioLabel.I_PERSON.ordinal()] = 10; // the middle token wants I-PERSON after O
        int[] labels = Viterbi.decode(emission, n, new double[BioLabel.COUNT],
                new double[BioLabel.COUNT * BioLabel.COUNT]);
        for (int i = 1; i < n; i++) {
            assertThat(BioLabel.ALL[labels[i]].mayFollow(BioLabel.ALL[labels[i - 1]])).isTrue();
        }
        assertThat(BioLabel.ALL[labels[0]].inside()).isFalse();
    }

    @Test
    void learnsATinyCorpusTheSameWayTwiceAndReadsBackWhatItWrote() throws IOException {
        List<PerceptronTrainer.Example> data = tinyCorpus();
        PerceptronTrainer.Trained a = new PerceptronTrainer(7).train(data, data, 5, line -> { });
        PerceptronTrainer.Trained b = new PerceptronTrainer(7).train(data, data, 5, line -> { });
        ByteArrayOutputStream outA = new ByteArrayOutputStream();
        ByteArrayOutputStream outB = new ByteArrayOutputStream();
        a.write(outA, List.of("test model"), 0.0);
        b.write(outB, List.of("test model"), 0.0);
        assertThat(outA.toByteArray()).isEqualTo(outB.toByteArray());
        assertThat(a.validF1()).isGreaterThan(0.9);
        NameTagger read = NameTagger.read(new ByteArrayInputStream(outA.toByteArray()));
        assertThat(read.f1(data)).isGreaterThan(0.9);
        String[] words = "kata Budi di Bandung".split(" ");
        assertThat(read.tag(words, new int[words.length])).containsExactly(new TaggedName(1, 2, EntityType.PERSON),
                new TaggedName(3, 4, EntityType.LOCATION));
    }

    @Test
    void trainsWithAMarginDeterministicallyAndLearnsPastTheFirstCorrectDecoding() {
        List<PerceptronTrainer.Example> data = tinyCorpus();
        PerceptronTrainer.Trained plain = new PerceptronTrainer(7).train(data, List.of(), 5, line -> { });
        PerceptronTrainer.Trained margin = new PerceptronTrainer(7, 5).train(data, List.of(), 5, line -> { });
        PerceptronTrainer.Trained again = new PerceptronTrainer(7, 5).train(data, List.of(), 5, line -> { });
        assertThat(margin.tagger().f1(data)).isGreaterThan(0.9);
        assertThat(margin.features().keySet()).isEqualTo(again.features().keySet());
        // the plain perceptron stops updating once a sentence decodes right; the margin keeps it learning
        double plainSize = plain.features().values().stream().mapToDouble(w -> Math.abs(w[BP.ordinal()])).sum();
        double marginSize = margin.features().values().stream().mapToDouble(w -> Math.abs(w[BP.ordinal()])).sum();
        assertThat(marginSize).isGreaterThan(plainSize);
    }

    @Test
    void refusesAFileThatIsNotAModelNamingWhatItExpected() {
        byte[] gzippedText = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, '\n'};
        assertThatThrownBy(() -> NameTagger.read(new ByteArrayInputStream(gzippedText)))
                .isInstanceOf(IOException.class).hasMessageContaining(ModelFile.MAGIC)
                .hasMessageContaining("warta train ner");
    }

    @Test
    void refusesAModelCutShortSayingHowManyBytesItExpected() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PerceptronTrainer(7).train(tinyCorpus(), List.of(), 2, line -> { }).write(out, List.of("t"), 0.0);
        byte[] whole = out.toByteArray();
        byte[] cut = Arrays.copyOf(whole, whole.length - 3);
        assertThatThrownBy(() -> NameTagger.read(new ByteArrayInputStream(cut)))
                .isInstanceOf(IOException.class).hasMessageContaining("cut short").hasMessageContaining("expected");
        assertThatThrownBy(() -> NameTagger.read(new ByteArrayInputStream(Arrays.copyOf(whole, 30))))
                .isInstanceOf(IOException.class).hasMessageContaining("no line end");
    }

    @Test
    void refusesAModelOfAnotherFeatureVersion() {
        String head = ModelFile.MAGIC + "\n# x\nweights " + (Features.VERSION + 1) + " " + BioLabel.COUNT + " 0\n";
        assertThatThrownBy(() -> NameTagger.read(new ByteArrayInputStream(head.getBytes(UTF_8))))
                .isInstanceOf(IOException.class).hasMessageContaining("feature version '" + (Features.VERSION + 1));
    }

    @Test
    void decodesEveryRandomSentenceAlikeBeforeWritingAndAfterReadingBack() throws IOException {
        // weights of two decimals are written exactly, so the model read back must decode exactly as the one written
        Random random = new Random(5);
        Map<Integer, double[]> features = new HashMap<>();
        List<Features.Rows> sentences = new ArrayList<>();
        for (int s = 0; s < 200; s++) {
            String[] words = new String[1 + random.nextInt(20)];
            for (int i = 0; i < words.length; i++) {
                words[i] = random.nextBoolean() ? "Kata" + random.nextInt(50) : "kata" + random.nextInt(50);
            }
            Features.Rows rows = Features.of(words, random.ints(words.length, 0, 1 << Clue.ALL.length).toArray());
            sentences.add(rows);
            for (int key : rows.keys()) {
                features.computeIfAbsent(key, k -> random.doubles(BioLabel.COUNT, -30, 30)
                        .map(w -> Math.round(w * 100) / 100.0).toArray());
            }
        }
        double[] start = random.doubles(BioLabel.COUNT, -5, 5).map(w -> Math.round(w * 100) / 100.0).toArray();
        double[] transition = random.doubles(BioLabel.COUNT * BioLabel.COUNT, -5, 5)
                .map(w -> Math.round(w * 100) / 100.0).toArray();
        TaggerModel written = new TaggerModel(features, start, transition);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFile.write(out, List.of("round trip"), features, start, transition, 0.0);
        TaggerModel read = ModelFile.read(new ByteArrayInputStream(out.toByteArray()));
        for (Features.Rows rows : sentences) {
            assertThat(read.decode(rows)).isEqualTo(written.decode(rows));
        }
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        ModelFile.write(again, List.of("round trip"), features, start, transition, 0.0);
        assertThat(again.toByteArray()).isEqualTo(out.toByteArray());
    }

    @Test
    void startsTheShippedModelWithAReadableHeadNamingItsSourceAndLicence() throws IOException {
        try (var in = NameTagger.class.getClassLoader().getResourceAsStream(NameTagger.INDONESIAN)) {
            String head = new String(in.readNBytes(600), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(head).startsWith(ModelFile.MAGIC + "\n# ").contains("# Source: ").contains("# Licence: ")
                    .contains("\nweights " + Features.VERSION + " " + BioLabel.COUNT + " ");
        }
    }

    @Test
    void survivesRandomWordsWithNamesInsideTheSentence() {
        Random random = new Random(11);
        for (int round = 0; round < 200; round++) {
            String[] words = new String[random.nextInt(30)];
            for (int i = 0; i < words.length; i++) {
                char[] cs = new char[1 + random.nextInt(8)];
                for (int c = 0; c < cs.length; c++) {
                    cs[c] = (char) (random.nextBoolean() ? 'A' + random.nextInt(58) : random.nextInt(0x3000));
                }
                words[i] = new String(cs);
            }
            int[] clues = random.ints(words.length, 0, 1 << Clue.ALL.length).toArray();
            for (TaggedName n : NameTagger.indonesian().tag(words, clues)) {
                assertThat(n.from()).isBetween(0, words.length - 1);
                assertThat(n.to()).isBetween(n.from() + 1, words.length);
            }
        }
    }

    private static List<PerceptronTrainer.Example> tinyCorpus() {
        List<PerceptronTrainer.Example> out = new ArrayList<>();
        String[][] people = {{"Budi"}, {"Siti", "Aminah"}, {"Ahmad"}, {"Rina", "Wati"}};
        String[] places = {"Bandung", "Medan", "Solo", "Bogor"};
        for (String[] p : people) {
            for (String place : places) {
                List<String> w = new ArrayList<>(List.of("kata"));
                List<BioLabel> y = new ArrayList<>(List.of(O));
                for (int i = 0; i < p.length; i++) {
                    w.add(p[i]);
                    y.add(i == 0 ? BP : IP);
                }
                w.addAll(List.of("di", place));
                y.addAll(List.of(O, BL));
                out.add(new PerceptronTrainer.Example(w.toArray(String[]::new), new int[w.size()],
                        y.toArray(BioLabel[]::new)));
            }
        }
        return out;
    }

    @Test
    void labelsKnowTheirTypes() {
        assertThat(Arrays.stream(BioLabel.values()).filter(l -> l.type() == EntityType.PERSON)).hasSize(2);
        assertThat(BioLabel.of(EntityType.ORGANIZATION, true)).isEqualTo(BioLabel.I_ORGANIZATION);
    }
}
