package org.warta.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import org.warta.extract.Outcome;
import org.warta.extract.date.DateNames;
import org.warta.extract.quantity.AmountReader.Amount;
import org.warta.extract.quantity.UnitReader.Unit;
import org.warta.extract.segment.Document;
import org.warta.model.Quantity;

/**
 * Numbers that count something, Indonesian and English: digits in either convention, number words, scales,
 * vague amounts with bounds, hedges, ranges, money and percentages, each with the counted noun phrase as
 * written and its claim-object category. Years, dates, times, phone and ID numbers, ordinals and section
 * numbers are left out (see {@link NotCounts}). Thread-safe; one instance serves every thread.
 */
public final class QuantityFinder {
    private final AmountReader amounts;
    private final UnitReader units;
    private final NotCounts notCounts;

    private QuantityFinder(QuantityLexicon lex, DateNames dateNames) {
        this.amounts = new AmountReader(lex);
        this.units = new UnitReader(lex);
        this.notCounts = new NotCounts(lex, dateNames);
    }

    public QuantityFinder() {
        this(QuantityLexicon.standard(), DateNames.standard());
    }

    /** The finder with the shipped lexicons and the user's additions. */
    public static QuantityFinder standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final QuantityFinder STANDARD = new QuantityFinder();
    }

    /** True when quantity {@code q} is a sum of money: its unit is a currency of {@code currencies.tsv}. */
    public static boolean isMoney(Quantity q) {
        return q.unit() != null && QuantityLexicon.standard().currencyCodes.contains(q.unit());
    }

    public Outcome<List<Quantity>> find(Document doc) {
        return Outcome.of(find(doc.text(), doc.isIndonesian() || doc.language() == null
                || "und".equals(doc.language())));
    }

    /** The quantities of {@code text}, read with Indonesian money conventions when {@code indonesian}. */
    public List<Quantity> find(String text, boolean indonesian) {
        List<Tok> toks = TokenLexer.lex(text);
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            if (!amounts.mayStart(toks.get(i)) && !notCounts.mayStart(toks.get(i))) {
                i++;
                continue;
            }
            int skip = notCounts.skipFrom(text, toks, i);
            if (skip > i) {
                i = skip;
                continue;
            }
            Amount a = amounts.read(toks, i, indonesian);
            if (a == null) {
                i++;
                continue;
            }
            int skipAll = notCounts.skipAmount(toks, a);
            if (skipAll > i) {
                i = skipAll;
                continue;
            }
            Unit unit = a.unit() == null ? units.read(text, toks, a.next()) : null;
            boolean uncounted = unit == null || unit.category() == null;
            boolean named = unit == null || toks.get(unit.first()).isCapitalized();
            if (a.plain() && uncounted && (notCounts.isYear(toks.get(a.number().first()))
                    || named && notCounts.isNameNumber(toks, a.first()))) {
                i = a.next();
                continue;
            }
            Tok first = toks.get(a.first());
            Tok last = toks.get(a.next() - 1);
            out.add(new Quantity(text.substring(first.start(), last.end()), first.start(), last.end(), a.value(),
                    a.min(), a.max(), a.approximate(), a.unit() != null ? a.unit() : unit == null ? null : unit.text(),
                    unit == null ? null : unit.category()));
            i = a.next();
        }
        return out;
    }
}
