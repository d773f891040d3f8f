package org.warta.store.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.warta.model.Record;
import org.warta.store.Page;

/**
 * The full-text index beside the database: title and text of every article, analysed per language
 * (Indonesian and Malay with inflectional stemming, English with Porter stemming, others plainly), searched
 * over all three fields at once. Each commit records the last article sequence number it holds, so the store
 * can re-index what a killed run committed to the database but not here.
 */
public final class TextIndex implements AutoCloseable {
    private static final String SEQ = "warta.seq";
    private static final String VERSION = "warta.index";
    /**
     * The index's layout: 2 added the record and the claims' index, 3 keeps the record as a doc value (2 stored it
     * with the titles, which made every search inflate records), 4 adds the claims' values for comparing sides, 5 sorts each segment by sequence (equal scores in store
     * order without visiting every tie). An index of an older layout is rebuilt from the database when the store
     * opens.
     */
    public static final int LAYOUT = 5;
    private static final String RECORD = "record";
    /** The claims' index, beside this one in the store folder. */
    public static final String CLAIMS_FOLDER = "claims";
    private static final String[] FIELDS = {"text_id", "text_en", "text_xx"};
    private static final String SEQ_FIELD = "seq";
    private static final Sort BY_SEQ = new Sort(new SortField(SEQ_FIELD, SortField.Type.LONG));
    /** Memory for documents not yet written as a segment: larger means fewer, larger segments and merges. */
    private static final int RAM_BUFFER_MB = 128;

    private final IndexWriter writer;
    private final LazySearchers searchers;
    private final Analyzer analyzer;
    private final ClaimIndex claims;

    public TextIndex(Path folder) throws IOException {
        analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
                "text_id", new IndonesianInflectionalAnalyzer(), "text_en", new EnglishAnalyzer()));
        FSDirectory dir = FSDirectory.open(folder);
        // an index of an older layout is started afresh (its segments are not sorted as this one's must be); the
        // store then finds nothing committed here and re-indexes every article from the database
        boolean older = layoutOnDisk(dir) < LAYOUT;
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setIndexSort(BY_SEQ)
                .setOpenMode(older ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        writer = new IndexWriter(dir, config);
        searchers = new LazySearchers(writer);
        claims = new ClaimIndex(folder.resolveSibling(CLAIMS_FOLDER));
        if (older) {
            claims.clear();
        }
        if (writer.getDocStats().maxDoc == 0) {
            writer.setLiveCommitData(Map.of(VERSION, Integer.toString(LAYOUT)).entrySet());
        }
    }

    /** The layout recorded in the index's last commit: {@link #LAYOUT} when there is no index yet, 1 when none is recorded. */
    private static int layoutOnDisk(FSDirectory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            return LAYOUT;
        }
        String v = SegmentInfos.readLatestCommit(dir).getUserData().get(VERSION);
        return v == null ? 1 : Integer.parseInt(v);
    }

    private String commitData(String name) {
        return CommitData.get(writer, name);
    }

    /** The highest article sequence number committed to the index, -1 when none. */
    public long committedSeq() {
        String seq = commitData(SEQ);
        String claimsSeq = claims.commitData(SEQ);
        return seq == null || claimsSeq == null ? -1 : Math.min(Long.parseLong(seq), Long.parseLong(claimsSeq));
    }

    /**
     * Adds or replaces an article (by key) and its claims; {@code seq} is its number in the store, which orders
     * equal scores; {@code json} is the record as stored.
     */
    public void put(String key, long seq, Record r, String json) throws IOException {
        write(() -> {
            writer.updateDocument(new Term("key", key), document(key, seq, r, json));
            claims.put(key, r);
        });
    }

    /** An article to add: its key, its number in the store, its record and the record as stored. */
    public record Article(String key, long seq, Record record, String json) {
    }

    /**
     * Adds articles the index does not hold (the store checked their keys), given in sequence order; cheaper
     * than {@link #put}, which looks each key up in every segment. They go in as one block, which Lucene keeps
     * together in one segment in the order given: a segment made of blocks given in sequence order is already in
     * the index's order, and its flush skips sorting postings and doc values. Documents added one by one from several
     * threads interleave in each segment and took the store about 10% more CPU (the sort, and a hand-over of a
     * segment writer per document). Thread-safe: several blocks are analysed at once.
     */
    public void add(List<Article> articles) throws IOException {
        write(() -> {
            Iterable<Document> docs = () -> articles.stream() // each made when Lucene takes it: one in memory at a time
                    .map(a -> document(a.key(), a.seq(), a.record(), a.json())).iterator();
            writer.addDocuments(docs);
            for (Article a : articles) {
                claims.add(a.key(), a.record());
            }
        });
    }

    /** Removes articles by key (from a batch the database did not commit). */
    public void delete(java.util.Collection<String> keys) throws IOException {
        write(() -> {
            Term[] terms = keys.stream().map(k -> new Term("key", k)).toArray(Term[]::new);
            writer.deleteDocuments(terms);
            claims.delete(terms);
        });
    }

    private interface Write {
        void run() throws IOException;
    }

    /**
     * Runs a write. A writer that failed (a full disk, say) closes itself, and every later call only says it is
     * closed: this says the failure that closed it instead, so the user learns what to fix.
     */
    private void write(Write w) throws IOException {
        try {
            w.run();
        } catch (AlreadyClosedException e) {
            Throwable cause = writer.getTragicException() != null ? writer.getTragicException() : claims.tragedy();
            if (cause == null) {
                throw e;
            }
            throw new IOException(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        }
    }

    private static Document document(String key, long seq, Record r, String json) {
        Document doc = new Document();
        doc.add(new StringField("key", key, Field.Store.YES));
        doc.add(new NumericDocValuesField(SEQ_FIELD, seq));
        doc.add(new StringField("id", r.id(), Field.Store.YES)); // indexed: an article is fetched by its id
        String field = fieldFor(r.language());
        String body = (r.title() == null ? "" : r.title() + "\n") + r.text();
        doc.add(new TextField(field, body, Field.Store.NO));
        if (r.title() != null) {
            doc.add(new StoredField("title", r.title()));
        }
        doc.add(new StringField("lang", r.language() == null ? "und" : r.language(), Field.Store.YES));
        if (r.source().site() != null) {
            doc.add(new StringField("site", r.source().site().toLowerCase(Locale.ROOT), Field.Store.YES));
        }
        LocalDate day = Dates.day(r.published());
        if (day != null) {
            doc.add(new LongPoint("day", day.toEpochDay()));
            doc.add(new StoredField("published", r.published()));
        }
        String text = r.text();
        doc.add(new StoredField("lead", text.length() <= 240 ? text : text.substring(0, 240)));
        // a doc value, not a stored field: stored fields are compressed in blocks of several documents, and a
        // search reading its hits' titles would otherwise inflate their whole records too
        doc.add(new BinaryDocValuesField(RECORD, new BytesRef(json)));
        return doc;
    }

    /** Makes everything added so far durable, recording {@code seq} as the last article held. */
    public void commit(long seq) throws IOException {
        write(() -> {
            claims.commit(Map.of(SEQ, Long.toString(seq))); // first: a crash before the next line re-indexes both
            writer.setLiveCommitData(Map.of(SEQ, Long.toString(seq), VERSION, Integer.toString(LAYOUT)).entrySet());
            writer.commit();
        });
    }

    /**
     * A searcher that sees every article added so far (committed or not); reopened only when something was
     * added since, so an ingest that nobody searches writes no small segments.
     */
    private IndexSearcher searcher() throws IOException {
        return searchers.acquire();
    }

    /** Opens both indexes' searchers now, so that the first search does not wait for them; for a server. */
    public void warmUp() throws IOException {
        searchers.release(searchers.acquire());
        claims.warmUp();
    }

    public Page<SearchHit> search(SearchQuery sq, int page, int size) throws IOException {
        Query query = build(sq);
        IndexSearcher searcher = searcher();
        try {
            int wanted = Math.max(1, page * size);
            ScoreDoc[] docs = top(searcher, query, sq, wanted);
            List<SearchHit> hits = new ArrayList<>();
            for (int i = (page - 1) * size; i < docs.length; i++) {
                Document d = searcher.storedFields().document(docs[i].doc);
                hits.add(new SearchHit(d.get("id"), d.get("key"), d.get("title"), d.get("site"), d.get("published"),
                        d.get("lang"), d.get("lead"), docs[i].score));
            }
            return new Page<>(page, size, searcher.count(query), hits);
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The best {@code wanted} hits, best first, equal scores in the order the articles were stored. Documents are
     * added on several threads, so document numbers do not follow that order across segments; within a segment
     * they do (the index is sorted by sequence), so each segment's best hits, ties going to the lower document
     * number as Lucene's own collector does, are its best in store order, found with Lucene's skipping of
     * documents that cannot make the page. The segments' best are then merged by score and sequence. Without
     * words every hit scores the same: those come in store order directly.
     */
    private static ScoreDoc[] top(IndexSearcher searcher, Query query, SearchQuery sq, int wanted) throws IOException {
        if (sq.q() == null || sq.q().isBlank()) {
            return searcher.search(query, wanted, BY_SEQ, true).scoreDocs;
        }
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
        List<ScoreDoc> hits = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            BulkScorer scorer = weight.bulkScorer(leaf);
            if (scorer == null) {
                continue;
            }
            TopScoreDocCollector collector = new TopScoreDocCollectorManager(wanted, null, wanted, false).newCollector();
            scorer.score(collector.getLeafCollector(leaf), leaf.reader().getLiveDocs());
            ScoreDoc[] best = collector.topDocs().scoreDocs;
            java.util.Arrays.sort(best, (x, y) -> Integer.compare(x.doc, y.doc)); // doc values read forwards only
            NumericDocValues seq = DocValues.getNumeric(leaf.reader(), SEQ_FIELD);
            for (ScoreDoc d : best) {
                hits.add(d);
                seqs.add(seq.advanceExact(d.doc - leaf.docBase) ? seq.longValue() : Long.MAX_VALUE);
            }
        }
        Integer[] order = new Integer[hits.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> hits.get(x).score != hits.get(y).score
                ? Float.compare(hits.get(y).score, hits.get(x).score) : Long.compare(seqs.get(x), seqs.get(y)));
        ScoreDoc[] out = new ScoreDoc[Math.min(wanted, order.length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = hits.get(order[i]);
        }
        return out;
    }

    /** The record of the first article stored with this record id or content key; empty when the index holds none. */
    public java.util.Optional<String> record(String idOrKey) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term("id", idOrKey)), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term("key", idOrKey)), BooleanClause.Occur.SHOULD).build();
        IndexSearcher searcher = searcher();
        try {
            ScoreDoc[] docs = searcher.search(q, 1, BY_SEQ).scoreDocs;
            if (docs.length == 0) {
                return java.util.Optional.empty();
            }
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[0].doc, leaves));
            BinaryDocValues records = DocValues.getBinary(leaf.reader(), RECORD);
            return records.advanceExact(docs[0].doc - leaf.docBase)
                    ? java.util.Optional.of(records.binaryValue().utf8ToString()) : java.util.Optional.empty();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * A page of claims matching the filter, in the database query's order, with the total.
     */
    public Page<Map<String, Object>> claims(org.warta.store.ClaimFilter f, int page, int size) throws IOException {
        return claims.claims(f, page, size);
    }

    /** Each side's claims about the other's losses per day and object (see {@code StoreQueries.compare}). */
    public Page<Map<String, Object>> compare(String a, String b, LocalDate from, LocalDate to, int page, int size)
            throws IOException {
        return claims.compare(a, b, from, to, page, size);
    }

    /** Checks a query's syntax: the error message, or null when it parses. */
    public String syntaxError(String q) {
        try {
            parse(q);
            return null;
        } catch (ParseException e) {
            return e.getMessage().lines().findFirst().orElse("syntax error");
        }
    }

    private Query build(SearchQuery sq) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        if (sq.q() == null || sq.q().isBlank()) {
            b.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            try {
                b.add(parse(sq.q()), BooleanClause.Occur.MUST);
            } catch (ParseException e) {
                throw new IllegalArgumentException("Query '" + sq.q() + "' is not valid search syntax; "
                        + "use words, \"phrases\", AND, OR and -word.", e);
            }
        }
        if (sq.language() != null) {
            b.add(new TermQuery(new Term("lang", sq.language())), BooleanClause.Occur.FILTER);
        }
        if (sq.site() != null) {
            b.add(new TermQuery(new Term("site", sq.site().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (sq.from() != null || sq.to() != null) {
            long lo = sq.from() == null ? Long.MIN_VALUE : sq.from().toEpochDay();
            long hi = sq.to() == null ? Long.MAX_VALUE : sq.to().toEpochDay();
            b.add(LongPoint.newRangeQuery("day", lo, hi), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private Query parse(String q) throws ParseException {
        MultiFieldQueryParser p = new MultiFieldQueryParser(FIELDS, analyzer);
        p.setDefaultOperator(QueryParser.Operator.AND);
        return p.parse(q);
    }

    public int size() throws IOException {
        IndexSearcher s = searcher();
        try {
            return s.getIndexReader().numDocs();
        } finally {
            searchers.release(s);
        }
    }

    static String fieldFor(String language) {
        if ("id".equals(language) || "ms".equals(language)) {
            return "text_id";
        }
        return "en".equals(language) ? "text_en" : "text_xx";
    }

    @Override
    public void close() throws IOException {
        try (ClaimIndex c = claims) {
            searchers.close();
            writer.close();
        }
    }
}
