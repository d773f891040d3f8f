package org.warta.eval.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageScoreTest {
    @Test
    void identicalTextsScoreOne() {
        PageScore s = PageScore.of("p", "one two three four five", "one two three four five");
        assertThat(s.precision()).isEqualTo(1);
        assertThat(s.recall()).isEqualTo(1);
    }

    @Test
    void countsAreNormalisedByTheirSum() {
        // gold shingles: {a b c d, b c d e}; extracted: {a b c d, b c d x, c d x y}: tp 1, fp 2, fn 1
        PageScore s = PageScore.of("p", "a b c d e", "a b c d x y");
        assertThat(s.tp()).isCloseTo(0.25, within(1e-9));
        assertThat(s.fp()).isCloseTo(0.5, within(1e-9));
        assertThat(s.fn()).isCloseTo(0.25, within(1e-9));
        assertThat(s.precision()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(s.recall()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void emptyExtractionScoresZeroAndBothEmptyScoresOne() {
        assertThat(PageScore.of("p", "a b c d e", "").precision()).isZero();
        assertThat(PageScore.of("p", "a b c d e", "").recall()).isZero();
        assertThat(PageScore.of("p", "", "").precision()).isEqualTo(1);
    }

    @Test
    void f1IsTheHarmonicMeanOfMeanPrecisionAndMeanRecall() {
        ContentScores s = new ContentScores(List.of(new PageScore("a", 0.5, 0.5, 0), new PageScore("b", 0.5, 0, 0.5)));
        // page a: P 0.5, R 1; page b: P 1, R 0.5 -> means 0.75 and 0.75
        assertThat(s.precision()).isCloseTo(0.75, within(1e-9));
        assertThat(s.recall()).isCloseTo(0.75, within(1e-9));
        assertThat(s.f1()).isCloseTo(0.75, within(1e-9));
        assertThat(s.summary()).isEqualTo("P 0.750  R 0.750  F1 0.750  (2 pages)");
    }
}
