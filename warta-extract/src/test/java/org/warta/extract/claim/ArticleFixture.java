package org.warta.extract.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Segmenter;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Quantity;
import org.warta.model.Quote;
import org.warta.model.Resolution;
import org.warta.model.Span;

/**
 * Hand-built stage output for claim and event tests: finds each surface form in the text and records its UTF-16
 * span, as the entity, quantity, date and quote stages would. An entity's surface forms are found as whole words,
 * skipping places already taken by an earlier entity's mention (so register longer names first).
 */
public final class ArticleFixture {
    private final String text;
    private final Document doc;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<DateMention> dates = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Span> taken = new ArrayList<>();

    private ArticleFixture(String text, String language, LocalDate published) {
        this.text = text;
        this.doc = Segmenter.standard().segment(text, language, published);
    }

    public static ArticleFixture of(String text, String language, LocalDate published) {
        return new ArticleFixture(text, language, published);
    }

    /** An entity with every whole-word occurrence of each form as a mention; returns its id. */
    public String entity(EntityType type, String name, String country, String sector, String... forms) {
        return entityWithRole(type, name, country, sector, null, forms);
    }

    /** As {@link #entity}, with a role ({@code juru bicara RSF}). */
    public String entityWithRole(EntityType type, String name, String country, String sector, String role,
                                 String... forms) {
        String id = "e" + (entities.size() + 1);
        List<Span> mentions = new ArrayList<>();
        for (String form : forms) {
            int at = 0;
            while ((at = text.indexOf(form, at)) >= 0) {
                int end = at + form.length();
                Span s = new Span(at, end, form);
                if (wholeWord(at, end) && taken.stream().noneMatch(t -> t.overlaps(s))) {
                    mentions.add(s);
                    taken.add(s);
                }
                at = end;
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(Span::start));
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("No mention of " + List.of(forms) + " in the fixture text");
        }
        entities.add(new Entity(id, type, name, country, sector, role, mentions));
        return id;
    }

    /** An exact quantity at the {@code nth} (from 0) occurrence of {@code number}, its unit right after it. */
    public ArticleFixture quantity(String number, int nth, double value, String unit, String category) {
        int at = find(number, nth);
        quantities.add(new Quantity(number, at, at + number.length(), value, null, null, false, unit, category));
        return this;
    }

    public ArticleFixture quantity(String number, double value, String unit, String category) {
        return quantity(number, 0, value, unit, category);
    }

    /** An exact quantity whose span runs over its counted noun phrase ({@code 130 tank dan kendaraan lapis baja}). */
    public ArticleFixture quantityWithUnit(String number, int nth, double value, String unit, String category) {
        int at = find(number + " " + unit, nth);
        String words = number + " " + unit;
        quantities.add(new Quantity(words, at, at + words.length(), value, null, null, false, unit, category));
        return this;
    }

    /** A vague amount ({@code puluhan ribu}) with bounds. */
    public ArticleFixture vague(String words, double min, double max, String unit, String category) {
        int at = find(words, 0);
        quantities.add(new Quantity(words, at, at + words.length(), null, min, max, true, unit, category));
        return this;
    }

    public ArticleFixture date(String words, String value, Resolution resolution) {
        int at = find(words, 0);
        dates.add(new DateMention(words, at, at + words.length(), value, resolution));
        return this;
    }

    public ArticleFixture quote(String words, String speaker, String speakerText, String cue) {
        int at = find(words, 0);
        quotes.add(new Quote(words, at, at + words.length(), speaker, speakerText, cue, true));
        return this;
    }

    private int find(String words, int nth) {
        int at = -1;
        for (int i = 0; i <= nth; i++) {
            at = text.indexOf(words, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("'" + words + "' occurs fewer than " + (nth + 1) + " times");
            }
        }
        return at;
    }

    private boolean wholeWord(int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))
                && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
    }

    public String text() {
        return text;
    }

    public Document doc() {
        return doc;
    }

    public List<Entity> entities() {
        return List.copyOf(entities);
    }

    public List<Quantity> quantities() {
        return List.copyOf(quantities);
    }

    public List<DateMention> dates() {
        return List.copyOf(dates);
    }

    public List<Quote> quotes() {
        return List.copyOf(quotes);
    }

    /** The id of the entity named {@code name}. */
    public String id(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().id();
    }
    /** The whole pipeline's record for a plain-text article: a headline line, a blank line, the body. */
    public static org.warta.model.Record extract(String article, String published, String language) {
        return org.warta.extract.Extractor.standard().extract(new org.warta.extract.RawArticle(null, article, null, null,
                published, language, null));
    }

    /** Each claim's count and its claimant's name, in record order. */
    public static java.util.List<org.assertj.core.groups.Tuple> countsAndClaimants(org.warta.model.Record r) {
        java.util.Map<String, String> names = names(r);
        return r.claims().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.count().value(),
                names.get(c.claimant()))).toList();
    }

    /** Each claim's predicate name and count, in record order. */
    public static java.util.List<org.assertj.core.groups.Tuple> predicatesAndCounts(org.warta.model.Record r) {
        return r.claims().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.predicate().name(),
                c.count().value())).toList();
    }

    /** As {@link #countsAndResponses(org.warta.model.Record)} for the record of an article's text. */
    public static java.util.List<org.assertj.core.groups.Tuple> countsAndResponses(String body, String date,
                                                                                 String lang) {
        return countsAndResponses(extract(body, date, lang));
    }

    /** Each claim's count and its responses as 'party name:STANCE', in record order. */
    public static java.util.List<org.assertj.core.groups.Tuple> countsAndResponses(org.warta.model.Record r) {
        java.util.Map<String, String> names = names(r);
        return r.claims().stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.count().value(), c.responses()
                .stream().map(x -> names.get(x.party()) + ":" + x.stance().name()).toList())).toList();
    }

    /** Each entity's name by its id, to read a record's claims by names. */
    public static java.util.Map<String, String> names(org.warta.model.Record r) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        r.entities().forEach(e -> names.put(e.id(), e.name()));
        return names;
    }
}
