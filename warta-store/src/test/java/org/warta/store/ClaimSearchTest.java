package org.warta.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.Claim;
import org.warta.model.ClaimStatus;
import org.warta.model.Count;
import org.warta.model.ObjectCategory;
import org.warta.model.Period;
import org.warta.model.Predicate;
import org.warta.model.Record;
import org.warta.model.RecordJson;
import org.warta.model.Response;
import org.warta.model.Span;
import org.warta.model.Stance;

/**
 * The claims list from the search index against the database's claims query, which it replaces in the API:
 * the same rows, order and totals for every filter, over records with several claims, responses by more than
 * one party, undated claims and claims dated by their period.
 */
class ClaimSearchTest {
    private static final String[] SIDES = {"AZE", "ARM", "RUS", "UKR"};
    private static final Predicate[] PREDICATES = {Predicate.KILLED, Predicate.WOUNDED, Predicate.DESTROYED};
    private static final ObjectCategory[] OBJECTS = {ObjectCategory.PERSONNEL, ObjectCategory.ARMOURED_VEHICLE, null};

    @TempDir
    Path dir;

    /** Random claim records: 1-4 claims each, some undated, some with two responses, some without a claimant. */
    static List<Record> varied(int n, long seed) {
        Random rnd = new Random(seed);
        List<Record> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String a = SIDES[rnd.nextInt(SIDES.length)];
            String b = SIDES[rnd.nextInt(SIDES.length)];
            String published = rnd.nextInt(10) == 0 ? null : LocalDate.of(2020, 1 + rnd.nextInt(3), 1 + rnd.nextInt(28)).toString();
            Record base = TestRecords.claim("r" + i, "site" + rnd.nextInt(4) + ".example", published, a, b,
                    10 + rnd.nextInt(3000), null);
            List<Claim> claims = new ArrayList<>();
            for (int k = 1, m = 1 + rnd.nextInt(4); k <= m; k++) {
                String day = rnd.nextBoolean() ? null : LocalDate.of(2020, 1 + rnd.nextInt(3), 1 + rnd.nextInt(28)).toString();
                List<Response> responses = new ArrayList<>();
                if (rnd.nextBoolean()) {
                    responses.add(new Response("e2", rnd.nextBoolean() ? Stance.DENIED : Stance.CONFIRMED, null, null));
                }
                if (rnd.nextInt(3) == 0) {
                    responses.add(0, new Response("e3", Stance.DISPUTED, 5, 9));
                }
                Count count = rnd.nextBoolean() ? Count.exact(rnd.nextInt(500))
                        : new Count(null, (double) rnd.nextInt(100), 100.0 + rnd.nextInt(100), true);
                claims.add(new Claim("c" + k, PREDICATES[rnd.nextInt(PREDICATES.length)], count,
                        OBJECTS[rnd.nextInt(OBJECTS.length)], "objek " + k, rnd.nextInt(5) == 0 ? null : "e1",
                        List.of(), "e1", rnd.nextBoolean() ? "e2" : "e3", rnd.nextBoolean() ? "e2" : null,
                        day == null ? null : new Period(day, day), ClaimStatus.CLAIMED, responses,
                        List.of(Span.of(0, 10)), 0.5 + rnd.nextInt(5) / 10.0));
            }
            out.add(new Record(base.schema(), base.id(), base.source(), base.language(), base.title(), base.published(),
                    base.dateline(), base.text(), base.entities(), base.quantities(), base.dates(), base.quotes(),
                    claims, base.events(), base.diagnostics()));
        }
        return out;
    }

    private static List<ClaimFilter> filters() {
        List<ClaimFilter> out = new ArrayList<>();
        out.add(ClaimFilter.ALL);
        LocalDate feb = LocalDate.parse("2020-02-01");
        for (String side : List.of("AZE", "UKR", "azerbaijan", "Kementerian", "e3", "vagif", "rus%a", "a_m")) {
            out.add(new ClaimFilter(side, null, null, null, null, null, null));
            out.add(new ClaimFilter(null, side, "KILLED", null, null, null, null));
            out.add(new ClaimFilter(null, null, null, null, side, feb, null));
        }
        out.add(new ClaimFilter("ARM", "AZE", "destroyed", "armoured_vehicle", null, null, null));
        out.add(new ClaimFilter(null, null, null, "personnel", null, feb, LocalDate.parse("2020-02-29")));
        out.add(new ClaimFilter(null, null, null, null, null, null, LocalDate.parse("2020-01-15")));
        return out;
    }

    @Test
    void listsTheSameClaimsInTheSameOrderAsTheDatabaseForEveryFilter() {
        try (Store s = Store.open(dir)) {
            s.add(varied(300, 7));
            int compared = 0;
            for (ClaimFilter f : filters()) {
                for (int page = 1; page <= 3; page++) {
                    Page<Map<String, Object>> fromIndex = s.claims(f, page, 7);
                    Page<Map<String, Object>> fromDb = s.queries().claims(f, page, 7);
                    assertThat(RecordJson.line(fromIndex)).as(f + " page " + page).isEqualTo(RecordJson.line(fromDb));
                    compared += fromDb.items().size();
                }
            }
            assertThat(compared).as("rows compared").isGreaterThan(300);
        }
    }

    @Test
    void comparesTwoSidesAsTheDatabaseDoes() {
        try (Store s = Store.open(dir)) {
            s.add(varied(300, 5));
            LocalDate feb = LocalDate.parse("2020-02-01");
            int groups = 0;
            for (String[] sides : new String[][] {{"AZE", "ARM"}, {"ARM", "AZE"}, {"RUS", "UKR"}, {"AZE", "UKR"}}) {
                for (LocalDate[] range : new LocalDate[][] {{null, null}, {feb, null}, {feb, feb.plusDays(20)}}) {
                    for (int page = 1; page <= 2; page++) {
                        Page<Map<String, Object>> fromIndex = s.compare(sides[0], sides[1], range[0], range[1], page, 9);
                        Page<Map<String, Object>> fromDb = s.queries().compare(sides[0], sides[1], range[0], range[1],
                                page, 9);
                        assertThat(RecordJson.line(fromIndex)).as(String.join("/", sides) + " " + range[0] + ".."
                                + range[1] + " page " + page).isEqualTo(RecordJson.line(fromDb));
                        groups += fromDb.items().size();
                    }
                }
            }
            assertThat(groups).as("groups compared").isGreaterThan(100);
        }
    }

    @Test
    void rebuildsAnIndexWrittenBeforeItHeldClaimsWhenTheStoreOpens() throws Exception {
        List<Record> records = varied(40, 11);
        try (Store s = Store.open(dir)) {
            s.add(records);
        }
        // make the store look as the first layout wrote it: no claims' index, no layout in the index's commit
        try (Stream<Path> files = Files.walk(dir.resolve("claims"))) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir.resolve("index")), new IndexWriterConfig())) {
            w.setLiveCommitData(Map.of("warta.seq", "39").entrySet());
            w.commit();
        }
        try (Store s = Store.open(dir)) {
            Page<Map<String, Object>> all = s.claims(ClaimFilter.ALL, 1, 1000);
            assertThat(all.total()).isEqualTo(records.stream().mapToLong(r -> r.claims().size()).sum());
            assertThat(RecordJson.line(all)).isEqualTo(RecordJson.line(s.queries().claims(ClaimFilter.ALL, 1, 1000)));
            assertThat(s.indexed()).isEqualTo(40);
        }
    }
}
