package org.warta.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.warta.extract.Extractor;

class LazyExtractorTest {
    @Test
    void buildsNothingUntilAsked() {
        AtomicInteger builds = new AtomicInteger();
        new LazyExtractor(() -> {
            builds.incrementAndGet();
            return Extractor.standard();
        });
        assertThat(builds).hasValue(0);
    }

    @Test
    void buildsOnceForManyThreadsAskingAtOnce() throws InterruptedException {
        AtomicInteger builds = new AtomicInteger();
        LazyExtractor lazy = new LazyExtractor(() -> {
            builds.incrementAndGet();
            return Extractor.standard();
        });
        CountDownLatch go = new CountDownLatch(1);
        Set<Extractor> seen = ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seen.add(lazy.get());
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(builds).hasValue(1);
        assertThat(seen).hasSize(1);
        assertThat(lazy.get()).isSameAs(seen.iterator().next());
    }

    @Test
    void givesBackAnExtractorAlreadyBuilt() {
        Extractor e = Extractor.standard();
        assertThat(LazyExtractor.of(e).get()).isSameAs(e);
    }
}
