package org.warta.eval.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.model.testing.SharedData;

/** Warta's HTML extractor on the article-extraction benchmark's dev half; fails when the score drops. */
class ContentEvalFloorTest {
    /** Measured 0.978 (P 0.975, R 0.980) on 91 pages; the floor sits just under. */
    private static final double F1_FLOOR = 0.974;

    @Test
    void articleBodiesOfAebDevScoreAboveTheFloor() {
        Path dir = SharedData.require("data/aeb-dev");
        List<GoldPage> pages = ContentGold.load(dir.resolve("ground-truth.json"), dir.resolve("html"));
        ContentScores scores = ContentEvaluation.score(pages, ContentEvaluation.warta());
        System.out.println("aeb-dev content: " + scores.summary());
        assertThat(scores.pages()).hasSize(91);
        assertThat(scores.f1()).as(scores.summary()).isGreaterThanOrEqualTo(F1_FLOOR);
        assertThat(scores.precision()).as(scores.summary()).isGreaterThanOrEqualTo(0.965);
        assertThat(scores.recall()).as(scores.summary()).isGreaterThanOrEqualTo(0.970);
    }
}
