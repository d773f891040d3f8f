package org.warta.extract.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as bylines write them, Indonesian or English: for the article cleaner, which reads them from
 * lines such as {@code Rabu 30 September 2020}, {@code Selasa (29/10/2013)} or {@code Sept. 30, 2020}. Digits are
 * read day first (Indonesian and British order); impossible dates are skipped. Thread-safe.
 */
public final class PublicationDates {
    /** The word just before a date, skipping commas, brackets and dashes. */
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)[\\s,(\\-–—:|]*$");
    /** What may stand before a date that opens its sentence: nothing, or punctuation. */
    private static final Pattern ONLY_PUNCTUATION = Pattern.compile("[\\s,(\\-–—:|]*");
    /** A place alone before a date that ends its sentence: up to three capitalised words and a comma. */
    private static final Pattern PLACE_ONLY = Pattern.compile("\\s*(?:\\p{Lu}[\\p{L}.'’-]*\\s*){1,3},?\\s*");

    private PublicationDates() {
    }

    /** The first valid full date in {@code text}; empty when there is none or {@code text} is null. */
    public static Optional<LocalDate> find(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        ExplicitDates.Found f = ExplicitDates.standard().first(text);
        return f == null ? Optional.empty() : Optional.of(f.date());
    }

    /**
     * The first full date in a paragraph of an article's body that reads as its byline date: one that opens its
     * sentence ({@code dikutip impiannews.com. Rabu 30 September 2020.}), follows a weekday ({@code kata dia, Rabu
     * (12/3/2025)}) or a publication cue ({@code Published 3 May 2024}), or ends a sentence that names only a
     * place ({@code Jakarta, 3 Februari 2014.}). A date inside a sentence
     * ({@code the attack on October 7, 2023}) tells when something happened, not when the article came out.
     */
    public static Optional<LocalDate> inBody(String paragraph) {
        if (paragraph == null || !hasDigit(paragraph)) {
            return Optional.empty(); // every full date has digits: its year at least
        }
        return byline(paragraph, ExplicitDates.standard().findAll(paragraph, WordScan.of(paragraph)));
    }

    /** As {@link #inBody(String)}, from the full dates already found in {@code text}. */
    static Optional<LocalDate> byline(String text, List<ExplicitDates.Found> found) {
        for (ExplicitDates.Found f : found) {
            if (readsAsByline(text, f.start(), f.end())) {
                return Optional.of(f.date());
            }
        }
        return Optional.empty();
    }

    private static boolean readsAsByline(String text, int start, int end) {
        String before = text.substring(sentenceStart(text, start), start);
        Matcher m = WORD_BEFORE.matcher(before);
        if (!m.find()) {
            return ONLY_PUNCTUATION.matcher(before).matches();
        }
        if (PLACE_ONLY.matcher(before).matches() && endsSentence(text, end)) {
            return true; // 'Jakarta, 3 Februari 2014.'
        }
        String word = m.group(1);
        if (DateNames.standard().weekday(word) != null) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return DateWords.standard().words("publication-cue").contains(lower);
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Nothing but a time, a zone or punctuation from {@code at} to the sentence's end or the text's. */
    private static boolean endsSentence(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\n') {
                return true;
            }
            if (Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    /** Where the sentence holding {@code at} starts: after the last full stop, question or exclamation mark. */
    private static int sentenceStart(String text, int at) {
        for (int i = at - 1; i > 0; i--) {
            char c = text.charAt(i);
            char p = text.charAt(i - 1);
            if (Character.isWhitespace(c) && (p == '.' || p == '!' || p == '?')) {
                return i;
            }
        }
        return 0;
    }
}
