package org.warta.store.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.warta.store.Page;

/**
 * Each side's claims about the other's losses, per day and object category, with the other side's responses,
 * from the claims' index: the claims of the two sides are found by their countries and summed from doc values,
 * with the same groups, sums and order as the database's compare query ({@code StoreQueries.compare}).
 */
final class ClaimCompare {
    private static final String CLAIMANT = "compare.claimant";
    private static final String AFFECTED = "compare.affected";
    private static final String OBJECT = "compare.object";
    private static final String SITE = "compare.site";
    private static final String AMOUNT = "compare.amount";
    private static final String APPROXIMATE = "compare.approximate";
    private static final String STANCES = "compare.stances";
    private static final List<String> STANCE_NAMES = List.of("DENIED", "DISPUTED", "CONFIRMED", "NO_COMMENT");

    private ClaimCompare() {
    }

    /** The doc values a claim's document needs for comparing; none for a claim without both countries. */
    static void addValues(Document d, ClaimRow row, String site) {
        Object claimant = row.columns().get("claimant_country");
        Object affected = row.columns().get("affected_country");
        if (claimant == null || affected == null) {
            return;
        }
        d.add(new SortedDocValuesField(CLAIMANT, new BytesRef(claimant.toString())));
        d.add(new SortedDocValuesField(AFFECTED, new BytesRef(affected.toString())));
        if (row.columns().get("object") != null) {
            d.add(new SortedDocValuesField(OBJECT, new BytesRef(row.columns().get("object").toString())));
        }
        if (site != null) {
            d.add(new SortedDocValuesField(SITE, new BytesRef(site)));
        }
        Object amount = row.columns().get("value") != null ? row.columns().get("value") : row.columns().get("min");
        d.add(new NumericDocValuesField(AMOUNT, Double.doubleToRawLongBits(amount == null ? 0 : (Double) amount)));
        d.add(new NumericDocValuesField(APPROXIMATE, Boolean.TRUE.equals(row.columns().get("approximate")) ? 1 : 0));
        long stances = 0;
        for (Map<String, Object> response : row.responses()) {
            int bit = STANCE_NAMES.indexOf(String.valueOf(response.get("stance")));
            if (bit >= 0 && Objects.equals(response.get("party_country"), affected)) {
                stances |= 1L << bit;
            }
        }
        d.add(new NumericDocValuesField(STANCES, stances));
    }

    static Page<Map<String, Object>> compare(IndexSearcher searcher, String a, String b, LocalDate from, LocalDate to,
                                             int page, int size) throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new BooleanQuery.Builder().add(pair(a, b), BooleanClause.Occur.SHOULD)
                        .add(pair(b, a), BooleanClause.Occur.SHOULD).build(), BooleanClause.Occur.FILTER);
        if (from != null || to != null) {
            q.add(LongPoint.newRangeQuery(ClaimDocs.DAY, from == null ? Long.MIN_VALUE : from.toEpochDay(),
                    to == null ? Long.MAX_VALUE : to.toEpochDay()), BooleanClause.Occur.FILTER);
        }
        Map<String, Group> groups = searcher.search(q.build(), new Groups());
        List<Group> sorted = new ArrayList<>(groups.values());
        sorted.sort(Comparator.comparing((Group g) -> g.day, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(g -> g.claimant).thenComparing(g -> g.object, Comparator.nullsLast(Comparator.naturalOrder())));
        long offset = Page.offset(page, size);
        List<Map<String, Object>> items = new ArrayList<>();
        for (long i = offset; i < Math.min(sorted.size(), offset + size); i++) {
            items.add(sorted.get((int) i).row());
        }
        return new Page<>(page, size, sorted.size(), items);
    }

    private static Query pair(String claimant, String affected) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term("claimant_country", claimant)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term("affected_country", affected)), BooleanClause.Occur.FILTER).build();
    }

    /** One row of the comparison: a claimant side's claims on one day about one object category. */
    private static final class Group {
        final String claimant;
        final String affected;
        final LocalDate day;
        final String object;
        long claims;
        double total;
        long approximate;
        final Set<String> outlets = new HashSet<>();
        final long[] stances = new long[STANCE_NAMES.size()];

        Group(String claimant, String affected, LocalDate day, String object) {
            this.claimant = claimant;
            this.affected = affected;
            this.day = day;
            this.object = object;
        }

        void add(Group other) {
            claims += other.claims;
            total += other.total;
            approximate += other.approximate;
            outlets.addAll(other.outlets);
            for (int i = 0; i < stances.length; i++) {
                stances[i] += other.stances[i];
            }
        }

        Map<String, Object> row() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("claimant", claimant);
            m.put("affected", affected);
            m.put("day", day == null ? null : day.toString());
            m.put("object", object);
            m.put("claims", claims);
            m.put("total", total);
            m.put("approximate", approximate);
            m.put("outlets", (long) outlets.size());
            for (int i = 0; i < stances.length; i++) {
                m.put(STANCE_NAMES.get(i).toLowerCase(java.util.Locale.ROOT), stances[i]);
            }
            return m;
        }
    }

    /** Groups the matching claims, per search slice, then merges the slices' groups. */
    private static final class Groups implements CollectorManager<GroupCollector, Map<String, Group>> {
        @Override
        public GroupCollector newCollector() {
            return new GroupCollector();
        }

        @Override
        public Map<String, Group> reduce(Collection<GroupCollector> collectors) {
            Map<String, Group> all = new HashMap<>();
            for (GroupCollector c : collectors) {
                c.groups.forEach((k, g) -> all.merge(k, g, (x, y) -> {
                    x.add(y);
                    return x;
                }));
            }
            return all;
        }
    }

    private static final class GroupCollector extends SimpleCollector {
        final Map<String, Group> groups = new HashMap<>();
        private SortedDocValues claimant;
        private SortedDocValues affected;
        private SortedDocValues object;
        private SortedDocValues site;
        private NumericDocValues day;
        private NumericDocValues amount;
        private NumericDocValues approximate;
        private NumericDocValues stances;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            var r = context.reader();
            claimant = DocValues.getSorted(r, CLAIMANT);
            affected = DocValues.getSorted(r, AFFECTED);
            object = DocValues.getSorted(r, OBJECT);
            site = DocValues.getSorted(r, SITE);
            day = DocValues.getNumeric(r, ClaimDocs.DAY);
            amount = DocValues.getNumeric(r, AMOUNT);
            approximate = DocValues.getNumeric(r, APPROXIMATE);
            stances = DocValues.getNumeric(r, STANCES);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!claimant.advanceExact(doc) || !affected.advanceExact(doc)) {
                return;
            }
            String c = claimant.lookupOrd(claimant.ordValue()).utf8ToString();
            String a = affected.lookupOrd(affected.ordValue()).utf8ToString();
            LocalDate d = day.advanceExact(doc) ? LocalDate.ofEpochDay(day.longValue()) : null;
            String o = object.advanceExact(doc) ? object.lookupOrd(object.ordValue()).utf8ToString() : null;
            Group g = groups.computeIfAbsent(c + "\u0000" + d + "\u0000" + o, k -> new Group(c, a, d, o));
            g.claims++;
            g.total += amount.advanceExact(doc) ? Double.longBitsToDouble(amount.longValue()) : 0;
            g.approximate += approximate.advanceExact(doc) ? approximate.longValue() : 0;
            if (site.advanceExact(doc)) {
                g.outlets.add(site.lookupOrd(site.ordValue()).utf8ToString());
            }
            long bits = stances.advanceExact(doc) ? stances.longValue() : 0;
            for (int i = 0; i < g.stances.length; i++) {
                g.stances[i] += (bits >> i) & 1;
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
