package org.warta.extract.entity.tagger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeaturesTest {
    /** The hash as the trained model's keys were made: Unicode digit and lower-case tables for every character. */
    private static int reference(String w) {
        int h = 17;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            h = 31 * h + (Character.isDigit(c) ? '0' : Character.toLowerCase(c));
        }
        return h;
    }

    @Test
    void hashesEveryCharacterAsTheUnicodeTablesFoldIt() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String w = "A" + (char) c + "9z";
            assertThat(Features.lowerHash(w, 0, w.length())).as("U+%04X", c).isEqualTo(reference(w));
        }
    }

    @Test
    void hashesAPartOfTheWord() {
        assertThat(Features.lowerHash("Jakarta", 0, 3)).isEqualTo(reference("jak"));
        assertThat(Features.lowerHash("Jakarta2020", 7, 11)).isEqualTo(reference("0000"));
    }

    /** Words of every case class, digits, punctuation, accents and lengths 1 to 9, so every template fires. */
    static String[] randomSentence(Random random) {
        String[] pieces = {"Jakarta", "PBB", "2020", "al-Qaeda", "di", "\u00e9t\u00e9", ",", ".", "Rp5", "iPhone", "X", "kata",
                "Kata", "menyerang", "(", "\u0130stanbul", "dan", "K.H.", "AS", "1,5"};
        String[] words = new String[1 + random.nextInt(25)];
        for (int i = 0; i < words.length; i++) {
            String w = pieces[random.nextInt(pieces.length)];
            words[i] = random.nextBoolean() ? w : w + pieces[random.nextInt(pieces.length)].substring(0, 1);
        }
        return words;
    }

    /** A random sentence with random clue bits, and the hashes, case classes and runs the decoder reads from it. */
    private record Read(String[] words, int[] clues, int[] lower, int[] caps, Features.Runs runs) {
        static Read random(Random random) {
            String[] words = randomSentence(random);
            int[] clues = random.ints(words.length, 0, 1 << Clue.ALL.length).map(b -> b & random.nextInt()).toArray();
            int n = words.length;
            int[] lower = new int[n];
            int[] caps = new int[n];
            for (int i = 0; i < n; i++) {
                lower[i] = Features.lowerHash(words[i], 0, words[i].length());
                caps[i] = Features.capsOf(words[i]);
            }
            return new Read(words, clues, lower, caps, Features.Runs.of(caps));
        }

        /** Token {@code i}'s context keys, as one row has them. */
        int[] context(int i) {
            int[] keys = new int[Features.MAX_CONTEXT];
            return Arrays.copyOf(keys, Features.contextKeys(lower, caps, runs, clues, i, keys, 0));
        }
    }

    @Test
    void givesEachTokenTheSameKeysInPartsAsInOneRow() {
        Random random = new Random(11);
        for (int s = 0; s < 2_000; s++) {
            Read r = Read.random(random);
            String[] words = r.words();
            int[] lower = r.lower();
            Features.Rows rows = Features.of(words, r.clues());
            int n = words.length;
            for (int i = 0; i < n; i++) {
                int[] parts = Features.ownKeys(words[i]);
                for (int side : Features.SIDES) {
                    int j = i + side;
                    boolean there = j >= 0 && j < n;
                    int none = side < 0 ? Features.NO_PREVIOUS : Features.NO_NEXT;
                    parts = concat(parts, Features.neighbourKeys(there ? lower[j] : none,
                            there ? Features.shapeOf(words[j]) : none, side));
                }
                parts = concat(parts, r.context(i));
                int[] row = Arrays.copyOfRange(rows.keys(), rows.offsets()[i], rows.offsets()[i + 1]);
                Arrays.sort(parts);
                Arrays.sort(row);
                assertThat(parts).as("%s, token %d", String.join(" ", words), i).isEqualTo(row);
            }
        }
    }

    @Test
    void givesTheContextKeysInTheDecodersTwoParts() {
        Random random = new Random(12);
        for (int s = 0; s < 2_000; s++) {
            Read r = Read.random(random);
            for (int i = 0; i < r.words().length; i++) {
                int[] context = r.context(i);
                int[] keys = new int[Features.MAX_WORD_CONTEXT];
                keys = Arrays.copyOf(keys, Features.wordContextKeys(r.lower(), r.caps(), r.runs(), i, keys, 0));
                int[] places = new int[Features.MAX_SMALL];
                places = Arrays.copyOf(places, Features.smallContext(r.caps(), r.runs(), r.clues(), i, places, 0));
                for (int place : places) {
                    assertThat(place).isBetween(0, Features.SMALL_PLACES - 1);
                }
                int[] parts = concat(keys, Arrays.stream(places).map(Features::smallKey).toArray());
                Arrays.sort(parts);
                Arrays.sort(context);
                assertThat(parts).as("%s, token %d", String.join(" ", r.words()), i).isEqualTo(context);
            }
        }
    }

    @Test
    void givesEverySmallPlaceItsOwnKey() {
        java.util.Set<Integer> keys = new java.util.HashSet<>();
        for (int place = 0; place < Features.SMALL_PLACES; place++) {
            keys.add(Features.smallKey(place));
        }
        assertThat(keys).hasSize(Features.SMALL_PLACES);
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
