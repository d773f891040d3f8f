package org.warta.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.warta.extract.batch.Awaited;
import org.warta.extract.claim.ClaimFinder;
import org.warta.extract.claim.OwnOutlet;
import org.warta.extract.clean.CleanArticle;
import org.warta.extract.clean.SiteNames;
import org.warta.extract.clean.TextCleaner;
import org.warta.extract.date.DateFinder;
import org.warta.extract.entity.ActorDictionary;
import org.warta.extract.entity.EntityFinder;
import org.warta.extract.entity.tagger.NameTagger;
import org.warta.extract.event.EventCoder;
import org.warta.extract.html.HtmlArticleExtractor;
import org.warta.extract.lang.LanguageIdentifier;
import org.warta.extract.quantity.QuantityFinder;
import org.warta.extract.quote.QuoteFinder;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Segmenter;
import org.warta.model.Claim;
import org.warta.model.DateMention;
import org.warta.model.Diagnostic;
import org.warta.model.Entity;
import org.warta.model.Event;
import org.warta.model.Quantity;
import org.warta.model.Quote;
import org.warta.model.Record;
import org.warta.model.Source;

/**
 * The front door: one article in, one {@link Record} out. Runs the stages in order (clean or html, lang,
 * segment, dates, quantities, entities, quotes, claims, events); a stage that fails leaves a diagnostic and an
 * empty result, never an exception. Thread-safe: one instance serves every thread.
 */
public final class Extractor {
    private final TextCleaner cleaner;
    private final HtmlArticleExtractor html;
    private final LanguageIdentifier languages;
    private final Segmenter segmenter;
    private final DateFinder dates;
    private final QuantityFinder quantities;
    private final EntityFinder entities;
    private final QuoteFinder quotes;
    private final ClaimFinder claims;
    private final EventCoder events;

    /** The Indonesian tagger's model (a tenth of a second to read), read on another thread once it is wanted. */
    private final FutureTask<NameTagger> tagger = new FutureTask<>(NameTagger::indonesian);
    private final AtomicBoolean taggerWanted = new AtomicBoolean();

    /**
     * Builds the stages. The entity stage (the actor dictionaries: about half of the building, code that runs once)
     * is built on a second thread meanwhile, so a one-article run on two cores waits for the longer half only.
     */
    public Extractor() {
        FutureTask<EntityFinder> entityStage = new FutureTask<>(() -> new EntityFinder(ActorDictionary.standard(),
                () -> {
                    readTagger();
                    return built(tagger);
                }));
        Thread builder = new Thread(entityStage, "warta-build-entities");
        builder.setDaemon(true);
        builder.start();
        cleaner = new TextCleaner();
        html = new HtmlArticleExtractor();
        languages = LanguageIdentifier.standard();
        segmenter = Segmenter.standard();
        dates = new DateFinder();
        quantities = new QuantityFinder();
        quotes = new QuoteFinder();
        claims = new ClaimFinder();
        events = new EventCoder();
        entities = built(entityStage);
    }

    /**
     * Starts reading the tagger's model on another thread, once: called when the first Indonesian article's language
     * is known, so the model is read while this thread segments it and finds its dates and quantities, and a run on
     * English text never reads it.
     */
    private void readTagger() {
        if (!taggerWanted.getAndSet(true)) {
            Thread reader = new Thread(tagger, "warta-read-tagger");
            reader.setDaemon(true);
            reader.start();
        }
    }

    /** The stage {@code task} built; its failure is thrown as itself, as when it was built on this thread. */
    private static <T> T built(FutureTask<T> task) {
        try {
            return Awaited.result(task);
        } catch (IOException e) {
            throw new UncheckedIOException("Building a stage failed: " + e.getMessage(), e);
        }
    }

    /** An extractor with the shipped lexicons and the user's additions (see {@code LexiconFile}). */
    public static Extractor standard() {
        return new Extractor();
    }

    public Record extract(RawArticle in) {
        return extract(in, StageClock.NONE);
    }

    /** The same, telling {@code clock} how long each stage took (clean, lang, segment, date, ...). */
    public Record extract(RawArticle in, StageClock clock) {
        List<Diagnostic> diags = new ArrayList<>();
        if (in.text() == null && in.html() == null) {
            return Record.failed(idOr(in.id(), ""), new Source(in.url(), SiteNames.fromUrl(in.url()), in.path()),
                    new Diagnostic("input", "The item has neither 'text' nor 'html'; give one of them."));
        }
        CleanArticle article = guard(in.isHtml() ? "html" : "clean", clock, diags, () -> in.isHtml()
                ? html.extract(in.html(), in.url()).map(cleaner::withLeadDateline)
                : cleaner.clean(in.text(), in.url()), new CleanArticle(null, "", null, null, null, null, null));
        String text = article.text();
        String language = in.language() != null && !in.language().isBlank()
                ? in.language().strip().toLowerCase(Locale.ROOT)
                : guard("lang", clock, diags, () -> languages.identify(text, article.language()), "und");
        if (("id".equals(language) || "ms".equals(language)) && !taggerWanted.get()) {
            readTagger(); // the entity stage's tagger, as Document.isIndonesian() says
        }
        String published = chosenPublished(in.published(), article.published(), diags);
        LocalDate day = published == null ? null : LocalDate.parse(published.substring(0, 10));
        Document doc = guard("segment", clock, diags, () -> Outcome.of(segmenter.segment(text, language, day)),
                new Document(text, language, day, List.of()));

        List<DateMention> foundDates = guard("date", clock, diags, () -> dates.find(doc), List.of());
        List<Quantity> foundQuantities = guard("quantity", clock, diags, () -> quantities.find(doc), List.of());
        List<Entity> foundEntities = guard("entity", clock, diags, () -> entities.find(doc), List.of());
        List<Quote> foundQuotes = guard("quote", clock, diags, () -> quotes.find(doc, foundEntities, foundDates),
                List.of());
        String site = article.site() != null ? article.site() : SiteNames.fromUrl(in.url());
        List<Claim> foundClaims = guard("claim", clock, diags, () -> claims.find(doc, foundEntities, foundQuantities,
                foundDates, foundQuotes).map(found -> OwnOutlet.standard().notRelaying(found, site)), List.of());
        List<Event> foundEvents = guard("event", clock, diags,
                () -> events.code(doc, foundEntities, foundClaims, foundDates), List.of());

        Record record = new Record(Record.SCHEMA, idOr(in.id(), text), new Source(in.url(), site, in.path()),
                language, article.title(), published, article.dateline(), text, foundEntities, foundQuantities,
                foundDates, foundQuotes, foundClaims, foundEvents, diags);
        return CodePointOffsets.convert(record);
    }

    private static String chosenPublished(String given, String found, List<Diagnostic> diags) {
        if (given != null && !given.isBlank()) {
            String g = given.strip();
            if (isIsoDate(g)) {
                return g;
            }
            diags.add(new Diagnostic("input", "The given 'published' value '" + g
                    + "' is not an ISO 8601 date (expected YYYY-MM-DD or YYYY-MM-DDThh:mm:ss); "
                    + "used the date found in the article instead."));
        }
        return found != null && isIsoDate(found) ? found : null;
    }

    private static boolean isIsoDate(String s) {
        if (s.length() < 10) {
            return false;
        }
        try {
            LocalDate.parse(s.substring(0, 10));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** Runs one stage; a bug in it becomes a diagnostic and {@code fallback}, so the batch goes on. */
    private static <T> T guard(String stage, StageClock clock, List<Diagnostic> diags, Supplier<Outcome<T>> run,
                               T fallback) {
        long start = clock == StageClock.NONE ? 0 : System.nanoTime();
        try {
            return run.get().into(diags);
        } catch (RuntimeException | StackOverflowError e) {
            diags.add(new Diagnostic(stage, "The " + stage + " stage failed on this article ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                    + "); its results are missing. Please report it with the article attached."));
            return fallback;
        } finally {
            if (clock != StageClock.NONE) {
                clock.record(stage, System.nanoTime() - start);
            }
        }
    }

    /** The caller's id, else the first 16 hex digits of the SHA-256 of the clean text: stable across runs. */
    static String idOr(String given, String text) {
        if (given != null && !given.isBlank()) {
            return given;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
