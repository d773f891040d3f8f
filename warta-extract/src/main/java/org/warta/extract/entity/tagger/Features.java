package org.warta.extract.entity.tagger;

import java.util.Arrays;

/**
 * The tagger's features for each token of a sentence, as hashed {@code int} keys: the word and its neighbours
 * (lower-cased, -2..+2), word shape, capitalisation of the window, prefixes and suffixes, the first word of the
 * sentence, and the {@link Clue} bits of the word and its neighbours. Words are hashed char by char, without
 * building strings, so a sentence costs a few arrays. Changing a template changes every key: retrain then.
 */
final class Features {
    /** Bumped whenever the keys change, and written into the model file, so an old model is refused. */
    static final int VERSION = 1;
    private static final int BIAS = 1, W = 2, W_M1 = 3, W_P1 = 4, W_M2 = 5, W_P2 = 6, SHAPE = 7, SHAPE_M1 = 8,
            SHAPE_P1 = 9, PRE2 = 10, PRE3 = 11, PRE4 = 12, SUF2 = 13, SUF3 = 14, SUF4 = 15, BI_M1 = 16, BI_P1 = 17,
            CAPS3 = 18, FIRST = 19, CLUE = 20, CLUE_M1 = 21, CLUE_P1 = 22, W_M1_CAP = 23, W_P1_CAP = 24, CAP_W = 25,
            LENGTH = 26, CLUE_M2 = 27, CLUE_P2 = 28, CAPS5 = 29, RUN_FIRST = 30, RUN_LAST = 31, RUN_SHAPE = 32;
    /** The most keys a token has. */
    static final int MAX_PER_TOKEN = 24 + 5 * 32;
    private static final int LOWER = 0, CAPITALISED = 1, UPPER = 2, DIGIT = 3, OTHER = 4, NONE = 5;

    private Features() {
    }

    /** Feature keys of a sentence: those of token {@code i} are {@code keys[offsets[i]..offsets[i + 1])}. */
    record Rows(int[] keys, int[] offsets) {
        int size() {
            return offsets.length - 1;
        }
    }

    static Rows of(String[] words, int[] clues) {
        int n = words.length;
        int[] lower = new int[n];
        int[] shape = new int[n];
        int[] caps = new int[n];
        for (int i = 0; i < n; i++) {
            lower[i] = lowerHash(words[i], 0, words[i].length());
            shape[i] = shapeHash(words[i]);
            caps[i] = caps(words[i]);
        }
        Runs runs = Runs.of(caps);
        int[] keys = new int[n * 48 + MAX_PER_TOKEN];
        int[] offsets = new int[n + 1];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (keys.length - k < MAX_PER_TOKEN) {
                keys = Arrays.copyOf(keys, keys.length * 2);
            }
            for (int key : ownKeys(words[i])) {
                keys[k++] = key;
            }
            for (int side : SIDES) {
                int j = i + side;
                boolean in = j >= 0 && j < n;
                int none = side < 0 ? NO_PREVIOUS : NO_NEXT;
                for (int key : neighbourKeys(in ? lower[j] : none, in ? shape[j] : none, side)) {
                    keys[k++] = key;
                }
            }
            k = contextKeys(lower, caps, runs, clues, i, keys, k);
            offsets[i + 1] = k;
        }
        return new Rows(keys, offsets);
    }

    /*
     * The same keys as of() gives, in three parts, for a decoder that sums a word's weights once and reuses them
     * (WordScores): the keys of a word alone, the keys a word gives a neighbour, and the rest. Keep them in step with
     * of(): FeaturesTest checks that the parts hold the same keys for every token.
     */

    /** The most keys {@link #contextKeys} adds for one token. */
    static final int MAX_CONTEXT = 10 + 5 * 32;
    /** A neighbour's place from the token: {@code -2}, {@code -1}, {@code +1}, {@code +2}, and a missing one's key values. */
    static final int[] SIDES = {-2, -1, 1, 2};
    static final int NO_PREVIOUS = -1, NO_NEXT = -2;

    /** The keys of word {@code w} that depend on the word alone: bias, word, shape, affixes, length, case. */
    static int[] ownKeys(String w) {
        int len = w.length();
        int[] keys = new int[len >= 6 ? 11 : len >= 4 ? 9 : 5];
        int k = 0;
        int lower = lowerHash(w, 0, len);
        keys[k++] = mix(BIAS, 0);
        keys[k++] = mix(W, lower);
        keys[k++] = mix(SHAPE, shapeHash(w));
        if (len >= 4) {
            keys[k++] = mix(PRE2, lowerHash(w, 0, 2));
            keys[k++] = mix(PRE3, lowerHash(w, 0, 3));
            keys[k++] = mix(SUF2, lowerHash(w, len - 2, len));
            keys[k++] = mix(SUF3, lowerHash(w, len - 3, len));
        }
        if (len >= 6) {
            keys[k++] = mix(PRE4, lowerHash(w, 0, 4));
            keys[k++] = mix(SUF4, lowerHash(w, len - 4, len));
        }
        keys[k++] = mix(mix(CAP_W, lower), caps(w));
        keys[k] = mix(LENGTH, Math.min(len, 12));
        return keys;
    }

    /**
     * The keys that a word (its {@link #lowerHash} and shape hash; {@link #NO_PREVIOUS} or {@link #NO_NEXT} for
     * both where the sentence has none) gives the token {@code side} places from it: {@code side} -1 means the word
     * stands just before the token.
     */
    static int[] neighbourKeys(int lower, int shape, int side) {
        return switch (side) {
            case -2 -> new int[] {mix(W_M2, lower)};
            case -1 -> new int[] {mix(W_M1, lower), mix(SHAPE_M1, shape)};
            case 1 -> new int[] {mix(W_P1, lower), mix(SHAPE_P1, shape)};
            case 2 -> new int[] {mix(W_P2, lower)};
            default -> throw new IllegalArgumentException("side " + side + " is no neighbour's; expected -2, -1, 1 or 2");
        };
    }

    /** The hash of {@code w}'s shape, runs collapsed, as the shape templates use it. */
    static int shapeOf(String w) {
        return shapeHash(w);
    }

    /** The word's case class, as the templates use it. */
    static int capsOf(String w) {
        return caps(w);
    }

    /** Each token's capitalised run: {@code start[i]}, and {@code end[i]} (past its last word; {@code i} if none). */
    record Runs(int[] start, int[] end) {
        static Runs of(int[] caps) {
            int n = caps.length;
            int[] runStart = new int[n];
            int[] runEnd = new int[n];
            for (int i = 0; i < n; i++) {
                boolean capital = caps[i] == CAPITALISED || caps[i] == UPPER;
                runStart[i] = capital && i > 0 && runEnd[i - 1] > i - 1 ? runStart[i - 1] : i;
                runEnd[i] = i;
                if (capital) {
                    int j = i;
                    while (j < n && (caps[j] == CAPITALISED || caps[j] == UPPER)) {
                        j++;
                    }
                    runEnd[i] = j;
                }
            }
            return new Runs(runStart, runEnd);
        }
    }

    /**
     * Token {@code i}'s keys that depend on more than one word and are not a neighbour's alone: word pairs, the
     * case of the window, the first word, the capitalised run and the clues; written from {@code keys[k]}, the end
     * returned.
     */
    static int contextKeys(int[] lower, int[] caps, Runs runs, int[] clues, int i, int[] keys, int k) {
        int n = lower.length;
        int cm2 = i >= 2 ? caps[i - 2] : NONE, cm1 = i >= 1 ? caps[i - 1] : NONE;
        int cp1 = i + 1 < n ? caps[i + 1] : NONE, cp2 = i + 2 < n ? caps[i + 2] : NONE;
        int wm1 = i >= 1 ? lower[i - 1] : -1, wp1 = i + 1 < n ? lower[i + 1] : -2;
        keys[k++] = mix(mix(BI_M1, wm1), lower[i]);
        keys[k++] = mix(mix(BI_P1, lower[i]), wp1);
        keys[k++] = mix(CAPS3, cm1 * 49 + caps[i] * 7 + cp1);
        keys[k++] = mix(CAPS5, (((cm2 * 7 + cm1) * 7 + caps[i]) * 7 + cp1) * 7 + cp2);
        if (i == 0 || i == 1 && caps[0] == OTHER) {
            keys[k++] = mix(FIRST, caps[i]);
        }
        keys[k++] = mix(mix(W_M1_CAP, wm1), caps[i]);
        keys[k++] = mix(mix(W_P1_CAP, wp1), caps[i]);
        int[] runStart = runs.start(), runEnd = runs.end();
        if (runEnd[i] > i) {
            int runLength = runEnd[i] - runStart[i];
            int pos = i == runStart[i] ? 0 : i == runEnd[i] - 1 ? 2 : 1;
            keys[k++] = mix(mix(RUN_FIRST, lower[runStart[i]]), pos);
            keys[k++] = mix(mix(RUN_LAST, lower[runEnd[i] - 1]), pos);
            keys[k++] = mix(RUN_SHAPE, Math.min(runLength, 5) * 3 + pos);
        }
        k = clues(CLUE, clues[i], caps[i], keys, k);
        k = clues(CLUE_M1, i >= 1 ? clues[i - 1] : 0, caps[i], keys, k);
        k = clues(CLUE_P1, i + 1 < n ? clues[i + 1] : 0, caps[i], keys, k);
        k = clues(CLUE_M2, i >= 2 ? clues[i - 2] : 0, caps[i], keys, k);
        return clues(CLUE_P2, i + 2 < n ? clues[i + 2] : 0, caps[i], keys, k);
    }

    /*
     * The same context keys again, in two parts, for the decoder: those of a template whose value comes from a small
     * set (the case of the three-word window, the first word's case, the run's shape, the clues), as places in one dense table
     * that TaggerModel fills once from the weights (SmallContext), and the rest, which join words' hashes. Keep them in
     * step with contextKeys(): FeaturesTest checks that the two parts hold its keys for every token.
     */

    /** Places in the dense table: where each small template's values start, and how many it has. */
    private static final int CASES = 7, CAPS3_AT = 0, FIRST_AT = CAPS3_AT + CASES * CASES * CASES,
            RUN_SHAPE_AT = FIRST_AT + CASES,
            CLUE_AT = RUN_SHAPE_AT + 6 * 3, CLUE_VALUES = Clue.ALL.length * 8;
    private static final int[] CLUE_TEMPLATES = {CLUE, CLUE_M1, CLUE_P1, CLUE_M2, CLUE_P2};
    /** How many places the dense table has. */
    static final int SMALL_PLACES = CLUE_AT + CLUE_TEMPLATES.length * CLUE_VALUES;
    /** The most places {@link #smallContext} gives one token. */
    static final int MAX_SMALL = 3 + CLUE_TEMPLATES.length * 32;

    /** The key of the dense table's place {@code place}: what contextKeys writes for that template and value. */
    static int smallKey(int place) {
        if (place < FIRST_AT) {
            return mix(CAPS3, place - CAPS3_AT);
        } else if (place < RUN_SHAPE_AT) {
            return mix(FIRST, place - FIRST_AT);
        } else if (place < CLUE_AT) {
            return mix(RUN_SHAPE, place - RUN_SHAPE_AT);
        }
        int c = place - CLUE_AT;
        return mix(CLUE_TEMPLATES[c / CLUE_VALUES], c % CLUE_VALUES);
    }

    /** Token {@code i}'s small-valued context keys as places in the dense table, written from {@code places[k]}. */
    static int smallContext(int[] caps, Runs runs, int[] clues, int i, int[] places, int k) {
        int n = caps.length;
        int cm1 = i >= 1 ? caps[i - 1] : NONE, cp1 = i + 1 < n ? caps[i + 1] : NONE;
        places[k++] = CAPS3_AT + cm1 * 49 + caps[i] * 7 + cp1;
        if (i == 0 || i == 1 && caps[0] == OTHER) {
            places[k++] = FIRST_AT + caps[i];
        }
        int[] runStart = runs.start(), runEnd = runs.end();
        if (runEnd[i] > i) {
            int pos = i == runStart[i] ? 0 : i == runEnd[i] - 1 ? 2 : 1;
            places[k++] = RUN_SHAPE_AT + Math.min(runEnd[i] - runStart[i], 5) * 3 + pos;
        }
        int capsClass = Math.min(caps[i], 2);
        k = cluePlaces(0, clues[i], capsClass, places, k);
        k = cluePlaces(1, i >= 1 ? clues[i - 1] : 0, capsClass, places, k);
        k = cluePlaces(2, i + 1 < n ? clues[i + 1] : 0, capsClass, places, k);
        k = cluePlaces(3, i >= 2 ? clues[i - 2] : 0, capsClass, places, k);
        return cluePlaces(4, i + 2 < n ? clues[i + 2] : 0, capsClass, places, k);
    }

    private static int cluePlaces(int template, int bits, int capsClass, int[] places, int k) {
        int out = k;
        for (int rest = bits & (1 << Clue.ALL.length) - 1; rest != 0; rest &= rest - 1) {
            places[out++] = CLUE_AT + template * CLUE_VALUES + Integer.numberOfTrailingZeros(rest) * 8 + capsClass;
        }
        return out;
    }

    /** The most keys {@link #wordContextKeys} adds for one token. */
    static final int MAX_WORD_CONTEXT = 7;

    /**
     * Token {@code i}'s other context keys: those that join words' hashes (word pairs, a word with the token's case,
     * the run's ends) and the case of the five-word window, whose 16,807 values would cost a start-up more to tabulate
     * than they save.
     */
    static int wordContextKeys(int[] lower, int[] caps, Runs runs, int i, int[] keys, int k) {
        int n = lower.length;
        int cm2 = i >= 2 ? caps[i - 2] : NONE, cm1 = i >= 1 ? caps[i - 1] : NONE;
        int cp1 = i + 1 < n ? caps[i + 1] : NONE, cp2 = i + 2 < n ? caps[i + 2] : NONE;
        keys[k++] = mix(CAPS5, (((cm2 * 7 + cm1) * 7 + caps[i]) * 7 + cp1) * 7 + cp2);
        int wm1 = i >= 1 ? lower[i - 1] : -1, wp1 = i + 1 < n ? lower[i + 1] : -2;
        keys[k++] = mix(mix(BI_M1, wm1), lower[i]);
        keys[k++] = mix(mix(BI_P1, lower[i]), wp1);
        keys[k++] = mix(mix(W_M1_CAP, wm1), caps[i]);
        keys[k++] = mix(mix(W_P1_CAP, wp1), caps[i]);
        int[] runStart = runs.start(), runEnd = runs.end();
        if (runEnd[i] > i) {
            int pos = i == runStart[i] ? 0 : i == runEnd[i] - 1 ? 2 : 1;
            keys[k++] = mix(mix(RUN_FIRST, lower[runStart[i]]), pos);
            keys[k++] = mix(mix(RUN_LAST, lower[runEnd[i] - 1]), pos);
        }
        return k;
    }

    private static int clues(int template, int bits, int caps, int[] keys, int k) {
        int out = k;
        for (int rest = bits & (1 << Clue.ALL.length) - 1; rest != 0; rest &= rest - 1) {
            int b = Integer.numberOfTrailingZeros(rest); // the set bits, lowest first
            keys[out++] = mix(template, b * 8 + Math.min(caps, 2));
        }
        return out;
    }

    /** The hash of {@code w[from..to)} lower-cased, with every digit read as 0. */
    static int lowerHash(String w, int from, int to) {
        int h = 17;
        for (int i = from; i < to; i++) {
            char c = w.charAt(i);
            int x;
            if (c < 128) { // ASCII without the Unicode tables: the same digits and lower case
                x = c >= '0' && c <= '9' ? '0' : c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
            } else {
                x = Character.isDigit(c) ? '0' : Character.toLowerCase(c);
            }
            h = 31 * h + x;
        }
        return h;
    }

    /** The word's shape, runs collapsed: {@code Jakarta} Xx, {@code PBB} X, {@code 2020} d, {@code Al-Qaeda} Xx-Xx. */
    private static int shapeHash(String w) {
        int h = 7;
        int last = -1;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            int cls = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (cls != last) {
                h = 31 * h + cls;
                last = cls;
            }
        }
        return h;
    }

    private static int caps(String w) {
        if (w.isEmpty()) {
            return OTHER;
        }
        char c = w.charAt(0);
        if (Character.isDigit(c)) {
            return DIGIT;
        }
        if (!Character.isLetter(c)) {
            return OTHER;
        }
        if (Character.isLowerCase(c)) {
            return LOWER;
        }
        for (int i = 1; i < w.length(); i++) {
            if (Character.isLowerCase(w.charAt(i))) {
                return CAPITALISED;
            }
        }
        return w.length() > 1 ? UPPER : CAPITALISED;
    }

    /** Murmur3's finaliser over a template and a value; never 0, which marks an empty slot in the weight table. */
    static int mix(int template, int value) {
        int h = template * 0x9E3779B9 ^ value;
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h == 0 ? 1 : h;
    }
}
