package org.warta.eval.plover;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warta.extract.segment.Document;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.model.Quantity;

/**
 * Eval-only stand-in for the quantity stage: English counts in digits ({@code 1,000}) or words ({@code three},
 * {@code twenty-five}, {@code two hundred}), and vague amounts ({@code dozens}, {@code tens of thousands}) with
 * bounds ({@code numbers-en.tsv}). Years and percentages are left out. Units and categories are left to the claim
 * stage.
 */
final class EnglishNumbers {
    private final Map<String, double[]> words = new HashMap<>();

    private EnglishNumbers() {
        for (String[] row : EvalTable.rows("numbers-en.tsv")) {
            String v = row[1].strip();
            int dots = v.indexOf("..");
            words.put(row[0].strip(), dots < 0 ? new double[] {Double.parseDouble(v)}
                    : new double[] {Double.parseDouble(v.substring(0, dots)), Double.parseDouble(v.substring(dots + 2))});
        }
    }

    static EnglishNumbers standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final EnglishNumbers STANDARD = new EnglishNumbers();
    }

    List<Quantity> find(Document doc) {
        List<Quantity> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Token> t = s.tokens();
            int i = 0;
            while (i < t.size()) {
                int end = vague(t, i);
                if (end > i) {
                    double[] b = words.get(joined(t, i, end));
                    out.add(quantity(doc, t, i, end, null, b[0], b[1]));
                    i = end;
                    continue;
                }
                Double value = null;
                int j = i;
                while (j < t.size()) {
                    Double v = value(t.get(j));
                    if (v == null) {
                        break;
                    }
                    value = value == null ? v : (v >= 100 ? value * v : value + v);
                    j++;
                }
                if (value != null && !isYear(t.get(i)) && !(j < t.size() && t.get(j).text().equals("%"))) {
                    out.add(quantity(doc, t, i, j, value, null, null));
                    i = j;
                } else {
                    i = Math.max(i + 1, j);
                }
            }
        }
        return out;
    }

    private int vague(List<Token> t, int i) {
        for (int len = 3; len >= 1; len--) {
            if (i + len <= t.size()) {
                double[] b = words.get(joined(t, i, i + len));
                if (b != null && b.length == 2) {
                    return i + len;
                }
            }
        }
        return i;
    }

    private static String joined(List<Token> t, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            sb.append(k > from ? " " : "").append(t.get(k).text().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private Double value(Token token) {
        String w = token.text().toLowerCase(Locale.ROOT);
        if (token.isNumeric()) {
            String digits = w.replace(",", "");
            try {
                return digits.contains(".") ? null : Double.parseDouble(digits);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        double sum = 0;
        for (String part : w.split("-")) {
            double[] v = words.get(part);
            if (v == null || v.length != 1) {
                return null;
            }
            sum += v[0];
        }
        return sum;
    }

    private static boolean isYear(Token t) {
        String w = t.text();
        return w.length() == 4 && t.isNumeric() && (w.startsWith("19") || w.startsWith("20"));
    }

    private static Quantity quantity(Document doc, List<Token> t, int from, int to, Double value, Double min,
                                     Double max) {
        int s = t.get(from).start();
        int e = t.get(to - 1).end();
        return new Quantity(doc.text().substring(s, e), s, e, value, min, max, value == null, null, null);
    }
}
