package org.warta.model.testing;

import java.util.Random;

/** Garbage text for the robustness tests of parsers and stages: characters drawn from an alphabet. */
public final class RandomText {
    private RandomText() {
    }

    /** {@code count} texts of {@link #of}, drawn with a random generator seeded with {@code seed}: the same every run. */
    public static java.util.List<String> samples(long seed, String alphabet, int maxLength, int count) {
        Random random = new Random(seed);
        java.util.List<String> out = new java.util.ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(of(random, alphabet, maxLength));
        }
        return out;
    }

    /**
     * Up to {@code maxLength - 1} characters drawn from {@code alphabet}; a high surrogate drawn brings its low half
     * when the alphabet has it next, so whole characters beyond the basic plane occur as well as broken halves.
     */
    public static String of(Random random, String alphabet, int maxLength) {
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(maxLength); i > 0; i--) {
            int k = random.nextInt(alphabet.length());
            char c = alphabet.charAt(k);
            b.append(c);
            if (Character.isHighSurrogate(c) && k + 1 < alphabet.length()) {
                b.append(alphabet.charAt(k + 1));
            }
        }
        return b.toString();
    }
}
