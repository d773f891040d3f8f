package org.warta.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.warta.extract.entity.tagger.NameTagger;
import org.warta.extract.segment.Segmenter;

class LazyTaggerTest {
    private final AtomicInteger asked = new AtomicInteger();
    private final EntityFinder finder = new EntityFinder(ActorDictionary.standard(), () -> {
        asked.incrementAndGet();
        return NameTagger.indonesian();
    });

    @Test
    void englishTextNeverAsksForTheTagger() {
        finder.find(Segmenter.standard().segment("Police chief John Smith said the road was closed on Monday.", "en",
                LocalDate.of(2020, 9, 30)));
        assertThat(asked).hasValue(0);
    }

    @Test
    void indonesianSentenceWithACapitalAsksForIt() {
        finder.find(Segmenter.standard().segment("Kapolres Sukamaju Budi Santoso mengatakan jalan itu ditutup.", "id",
                LocalDate.of(2020, 9, 30)));
        assertThat(asked.get()).isPositive();
    }
}
