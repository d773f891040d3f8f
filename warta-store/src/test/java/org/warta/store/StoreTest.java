package org.warta.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.Record;
import org.warta.model.RecordJson;
import org.warta.model.Stance;
import org.warta.store.index.SearchHit;
import org.warta.store.index.SearchQuery;

class StoreTest {
    @TempDir
    Path dir;

    private static List<Record> records() {
        return List.of(
                TestRecords.claim("a1", "aze.example", "2020-09-28", "AZE", "ARM", 2300, Stance.NO_COMMENT),
                TestRecords.claim("a2", "arm.example", "2020-09-28", "ARM", "AZE", 400, Stance.DENIED),
                TestRecords.claim("a3", "aze.example", "2020-09-29", "AZE", "ARM", 130, null),
                TestRecords.plain("e1", "news.example", "2020-10-01",
                        "Ministers met in Moscow for ceasefire talks on Friday, officials said."));
    }

    @Test
    void storesEachArticleOnceByContentHash() {
        try (Store s = Store.open(dir)) {
            AddResult first = s.add(records());
            AddResult again = s.add(records());
            assertThat(first.added()).containsExactly("a1", "a2", "a3", "e1");
            assertThat(again.added()).isEmpty();
            assertThat(again.duplicates()).isEqualTo(4);
            assertThat(s.queries().stats()).containsEntry("articles", 4L).containsEntry("claims", 3L);
        }
        assertThat(Files.exists(dir.resolve(Store.DATABASE))).isTrue();
    }

    @Test
    void knowsTheArticlesItHoldsAfterReopeningAndStoresOnlyTheNewOnesOfAMixedBatch() {
        List<Record> more = List.of(
                TestRecords.plain("n1", "news.example", "2020-10-02", "A truce was agreed in the evening, officials said."),
                TestRecords.plain("n2", "news.example", "2020-10-03", "The truce broke down before dawn, witnesses said."));
        try (Store s = Store.open(dir)) {
            assertThat(s.add(records()).added()).hasSize(4);
        }
        try (Store s = Store.open(dir)) {
            List<Record> mixed = new java.util.ArrayList<>(records());
            mixed.add(1, more.get(0));
            mixed.add(more.get(1));
            mixed.add(more.get(0)); // twice in the batch: one is a duplicate of the other
            AddResult r = s.add(mixed);
            assertThat(r.added()).containsExactly("n1", "n2");
            assertThat(r.duplicates()).isEqualTo(5);
            AddResult again = s.add(mixed);
            assertThat(again.added()).isEmpty();
            assertThat(again.duplicates()).isEqualTo(7);
            assertThat(s.queries().stats()).containsEntry("articles", 6L);
        }
        try (Store s = Store.open(dir)) {
            assertThat(s.add(more).added()).isEmpty();
            assertThat(s.add(records()).duplicates()).isEqualTo(4);
            assertThat(s.queries().stats()).containsEntry("articles", 6L);
        }
    }

    @Test
    void keepsRecordsAcrossReopeningAndReturnsTheFullRecord() {
        try (Store s = Store.open(dir)) {
            s.add(records());
        }
        try (Store s = Store.open(dir)) {
            String json = s.queries().articleJson("a2").orElseThrow();
            assertThat(RecordJson.read(json)).isEqualTo(records().get(1));
            assertThat(s.indexed()).isEqualTo(4);
            assertThat(s.schemaVersion()).isEqualTo(2);
        }
    }

    @Test
    void fetchesAnArticleByIdOrContentHashThroughTheIndexAndByTheDatabaseAlone() {
        try (Store s = Store.open(dir)) {
            s.add(records());
            String key = s.search(SearchQuery.text("minister"), 1, 10).items().get(0).key();
            for (String idOrKey : List.of("e1", key)) {
                assertThat(s.articleJson(idOrKey)).as(idOrKey).isEqualTo(s.queries().articleJson(idOrKey));
                assertThat(RecordJson.read(s.articleJson(idOrKey).orElseThrow()).id()).isEqualTo("e1");
            }
            assertThat(s.articleJson("a2").map(RecordJson::read)).contains(records().get(1));
            assertThat(s.articleJson("no-such-article")).isEmpty();
        }
    }

    @Test
    void findsIndonesianWordsThroughInflectedFormsButNotDerivedOnes() {
        try (Store s = Store.open(dir)) {
            s.add(records());
            s.add(List.of(TestRecords.plain("x1", "id.example", "2020-10-02", "unused")));
            // 'klaimnya' -> 'klaim' (possessive -nya is inflectional)
            List<SearchHit> hits = s.search(SearchQuery.text("klaimnya"), 1, 10).items();
            assertThat(hits).extracting(SearchHit::id).contains("a1", "a2", "a3");
            // English stemming: 'ministers' finds 'Ministers', 'talk' finds 'talks'
            assertThat(s.search(SearchQuery.text("minister talk"), 1, 10).items()).extracting(SearchHit::id)
                    .containsExactly("e1");
            // 'tewas' is in the titles; derivational 'menewaskan' is not reduced to it
            assertThat(s.search(new SearchQuery("tewas", "id", "arm.example", null, null), 1, 10).items())
                    .extracting(SearchHit::id).containsExactly("a2");
        }
    }

    @Test
    void pagesEqualScoresInStoreOrderAcrossSegmentsWithoutRepeatsOrGaps() {
        try (Store s = Store.open(dir)) {
            List<String> stored = new java.util.ArrayList<>();
            for (int batch = 0; batch < 6; batch++) {
                List<Record> rs = new java.util.ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    int n = batch * 50 + i;
                    // same words and length in every article: every one scores the same for 'artileri'
                    rs.add(TestRecords.claim(String.format(java.util.Locale.ROOT, "t%03d", n), "aze.example",
                            "2020-09-28", "AZE", "ARM", 1000 + n, null));
                    stored.add(String.format(java.util.Locale.ROOT, "t%03d", n));
                }
                s.add(rs);
                s.search(SearchQuery.text("artileri"), 1, 1); // a new segment for each batch
            }
            List<String> paged = new java.util.ArrayList<>();
            for (int page = 1; page <= 43; page++) {
                Page<SearchHit> p = s.search(SearchQuery.text("artileri"), page, 7);
                assertThat(p.total()).isEqualTo(300);
                p.items().forEach(h -> paged.add(h.id()));
            }
            assertThat(paged).containsExactlyElementsOf(stored);
        }
    }

    @Test
    void filtersClaimsBySideAndDate() {
        try (Store s = Store.open(dir)) {
            s.add(records());
            Page<Map<String, Object>> p = s.queries().claims(new ClaimFilter("AZE", "armenia", "killed", null, null,
                    LocalDate.parse("2020-09-28"), LocalDate.parse("2020-09-28")), 1, 10);
            assertThat(p.total()).isEqualTo(1);
            assertThat(p.items().get(0)).containsEntry("article_id", "a1").containsEntry("value", 2300.0)
                    .containsEntry("claimant_country", "AZE").containsEntry("via", "Anadolu Agency");
            assertThat(p.items().get(0).get("responses").toString()).contains("NO_COMMENT");
        }
    }

    @Test
    void comparesEachSidesClaimsWithTheOthersResponses() {
        try (Store s = Store.open(dir)) {
            s.add(records());
            Page<Map<String, Object>> p = s.queries().compare("AZE", "ARM", null, null, 1, 10);
            assertThat(p.total()).isEqualTo(3);
            Map<String, Object> armDay = p.items().stream().filter(m -> m.get("claimant").equals("ARM")).findFirst()
                    .orElseThrow();
            assertThat(armDay).containsEntry("total", 400.0).containsEntry("denied", 1L);
        }
    }

    @Test
    void stopsAQueryThatRunsPastItsTimeLimit() {
        try (Store s = Store.open(dir)) {
            s.queries().limitTime(java.time.Duration.ofMillis(500));
            long start = System.nanoTime();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.queries().rows(
                    "SELECT count(*) FROM range(1000000000000) t(x) WHERE x % 7 = 3", new Where()))
                    .hasMessageContaining("ran longer than 1 s and was stopped");
            assertThat((System.nanoTime() - start) / 1e9).as("seconds until stopped").isLessThan(10);
        }
    }

    @Test
    void paginatesWithATotal() {
        try (Store s = Store.open(dir)) {
            s.add(records());
            Page<Map<String, Object>> p2 = s.queries().quotes(null, null, 2, 2);
            assertThat(p2.total()).isEqualTo(3);
            assertThat(p2.items()).hasSize(1);
        }
    }

    @Test
    void linksReprintsOfOneStoryAsOneCluster() {
        Record original = records().get(0);
        Record reprint = new Record(original.schema(), "r1", new org.warta.model.Source(null, "other.example", null),
                original.language(), original.title(), original.published(), null,
                original.text().replace("sepanjang hari", "sepanjang  hari ini"), original.entities(),
                original.quantities(), original.dates(), original.quotes(), original.claims(), original.events(),
                List.of());
        try (Store s = Store.open(dir)) {
            s.add(records());
            s.add(List.of(reprint));
            // a3 is the same wire text with another figure: a reprint too
            assertThat(s.queries().storyOf("r1")).extracting(m -> m.get("id")).containsExactly("a1", "a3", "r1");
            assertThat(s.queries().storyOf("e1")).extracting(m -> m.get("id")).containsExactly("e1");
        }
    }

    @Test
    void linksAReprintToTheClusterStoredByAnEarlierRun() {
        Record original = records().get(0);
        Record reprint = new Record(original.schema(), "r2", new org.warta.model.Source(null, "other.example", null),
                original.language(), original.title(), original.published(), null,
                original.text() + " Laporan ini dikutip dari kantor berita.", original.entities(),
                original.quantities(), original.dates(), original.quotes(), original.claims(), original.events(),
                List.of());
        try (Store s = Store.open(dir)) {
            s.add(records());
        }
        try (Store s = Store.open(dir)) {
            s.add(List.of(reprint));
            assertThat(s.queries().storyOf("r2")).extracting(m -> m.get("id")).containsExactly("a1", "a3", "r2");
            assertThat(s.queries().storyOf("e1")).extracting(m -> m.get("id")).containsExactly("e1");
        }
    }
}
