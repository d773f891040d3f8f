package org.warta.extract.entity.tagger;

/**
 * One word's part of the tagger's scores, summed once for every place it takes: the weights of its own features
 * (the word, its shape, affixes, length and case) and those it gives the tokens one and two places before and after
 * it. A word met again costs one map lookup instead of seventeen probes of the weight table. {@code lower} and
 * {@code caps} are the word's hash and case class, which the features that join words need.
 */
record WordScores(int lower, int caps, double[] scores) {
    /** Where each part starts in {@code scores}: the word's own, then one per {@link Features#SIDES} entry. */
    static final int OWN = 0;

    /** The scores of {@code word}. */
    static WordScores of(String word, WeightTable weights) {
        int lower = Features.lowerHash(word, 0, word.length());
        int shape = Features.shapeOf(word);
        double[] scores = new double[(1 + Features.SIDES.length) * BioLabel.COUNT];
        for (int key : Features.ownKeys(word)) {
            weights.addTo(key, scores, OWN);
        }
        addSides(lower, shape, lower, shape, weights, scores);
        return new WordScores(lower, Features.capsOf(word), scores);
    }

    /** What a missing neighbour gives: the key values the features use before a sentence's first word and after its last. */
    static WordScores edge(WeightTable weights) {
        double[] scores = new double[(1 + Features.SIDES.length) * BioLabel.COUNT];
        addSides(Features.NO_PREVIOUS, Features.NO_PREVIOUS, Features.NO_NEXT, Features.NO_NEXT, weights, scores);
        return new WordScores(0, 0, scores);
    }

    private static void addSides(int lowerBefore, int shapeBefore, int lowerAfter, int shapeAfter,
                                 WeightTable weights, double[] scores) {
        for (int s = 0; s < Features.SIDES.length; s++) {
            int side = Features.SIDES[s];
            int[] keys = side < 0 ? Features.neighbourKeys(lowerBefore, shapeBefore, side)
                    : Features.neighbourKeys(lowerAfter, shapeAfter, side);
            for (int key : keys) {
                weights.addTo(key, scores, at(side));
            }
        }
    }

    /** Where, in {@code scores}, the part starts that the word gives the token {@code side} places from it. */
    static int at(int side) {
        return (side < 0 ? side + 3 : side + 2) * BioLabel.COUNT;
    }
}
