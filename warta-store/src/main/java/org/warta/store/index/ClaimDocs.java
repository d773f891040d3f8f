package org.warta.store.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.BytesRef;
import org.warta.model.Claim;
import org.warta.model.Record;
import org.warta.model.RecordJson;
import org.warta.store.ClaimFilter;

/**
 * Claims as documents of the claims' index: the filter fields indexed, the order of the
 * claims list as doc values, and the list's row (with the claim's responses) stored, so that a filtered page of
 * claims is one index search instead of a sort of every matching database row. Rows and order are the same as
 * the database's claims query ({@code StoreQueries.claims}); a test holds the two to it.
 */
final class ClaimDocs {
    static final String DAY = "claim.day";
    private static final String ARTICLE = "claim.article";
    private static final String ID = "claim.id";
    private static final String ROW = "claim.row";
    private static final String[] PARTIES = {"claimant", "affected", "place"};
    private static final TypeReference<LinkedHashMap<String, Object>> ROW_TYPE = new TypeReference<>() { };

    /** Day (undated last), then article key, then claim id: the database query's ORDER BY. */
    static final Sort ORDER = order();

    private ClaimDocs() {
    }

    private static Sort order() {
        SortField day = new SortField(DAY, SortField.Type.LONG);
        day.setMissingValue(Long.MAX_VALUE);
        return new Sort(day, new SortField(ARTICLE, SortField.Type.STRING), new SortField(ID, SortField.Type.STRING));
    }

    /** One document per claim of the record, each carrying the article's key (deleted with it). */
    static List<Document> of(String key, Record r) {
        List<Document> docs = new ArrayList<>();
        for (ClaimRow row : ClaimRow.of(r)) {
            Claim c = row.claim();
            Document d = new Document();
            d.add(new StringField("key", key, Field.Store.NO));
            Map<String, Object> cols = row.columns();
            add(d, "place_country", row.placeCountry());
            for (String party : PARTIES) {
                add(d, party + "_country", cols.get(party + "_country"));
                add(d, party + "_id", cols.get(party + "_id"));
                Object name = cols.get(party);
                if (name != null) {
                    d.add(new StringField(party + "_name", name.toString().toLowerCase(Locale.ROOT), Field.Store.NO));
                }
            }
            add(d, "predicate", cols.get("predicate"));
            add(d, "object", cols.get("object"));
            LocalDate day = row.day();
            if (day != null) {
                d.add(new LongPoint(DAY, day.toEpochDay()));
                d.add(new NumericDocValuesField(DAY, day.toEpochDay()));
            }
            d.add(new SortedDocValuesField(ARTICLE, new BytesRef(key)));
            d.add(new SortedDocValuesField(ID, new BytesRef(c.id())));
            d.add(new StoredField(ROW, json(row.apiRow(r.id()))));
            ClaimCompare.addValues(d, row, r.source().site());
            docs.add(d);
        }
        return docs;
    }

    private static void add(Document d, String field, Object value) {
        if (value != null) {
            d.add(new StringField(field, value.toString(), Field.Store.NO));
        }
    }

    private static String json(Map<String, Object> row) {
        try {
            return RecordJson.mapper().writeValueAsString(row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A claim row could not be written as JSON: " + e.getMessage(), e);
        }
    }

    /** The stored row of a claim document. */
    static Map<String, Object> row(Document d) {
        try {
            return RecordJson.mapper().readValue(d.get(ROW), ROW_TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored claim row is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** The filter as a query, with the database query's meaning. */
    static Query query(ClaimFilter f) {
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        party(b, "claimant", f.claimant());
        party(b, "affected", f.affected());
        party(b, "place", f.place());
        if (f.predicate() != null) {
            b.add(new TermQuery(new Term("predicate", f.predicate().toUpperCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (f.object() != null) {
            b.add(new TermQuery(new Term("object", f.object())), BooleanClause.Occur.FILTER);
        }
        if (f.from() != null || f.to() != null) {
            long lo = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
            long hi = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(DAY, lo, hi), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** As the database's party filter: a country code, else the country, the entity id or part of the name. */
    private static void party(BooleanQuery.Builder b, String prefix, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = value.strip();
        if (v.matches("[A-Z]{3}")) {
            b.add(new TermQuery(new Term(prefix + "_country", v)), BooleanClause.Occur.FILTER);
            return;
        }
        Query any = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(prefix + "_country", v.toUpperCase(Locale.ROOT))), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(prefix + "_id", v)), BooleanClause.Occur.SHOULD)
                .add(new WildcardQuery(new Term(prefix + "_name", "*" + likePattern(v.toLowerCase(Locale.ROOT)) + "*")),
                        BooleanClause.Occur.SHOULD)
                .build();
        b.add(any, BooleanClause.Occur.FILTER);
    }

    /** SQL LIKE's wildcards ({@code %}, {@code _}) as Lucene's, Lucene's own wildcard characters escaped. */
    static String likePattern(String like) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char ch = like.charAt(i);
            switch (ch) {
                case '%' -> out.append('*');
                case '_' -> out.append('?');
                case '*', '?', '\\' -> out.append('\\').append(ch);
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
