package org.warta.extract.lexicon;

import java.util.List;
import java.util.Locale;

/** One line of a lexicon file: its tab-separated columns and where it came from, for error messages. */
public record LexiconRow(String file, int line, List<String> columns) {
    public LexiconRow {
        columns = List.copyOf(columns);
    }

    public String column(int i) {
        if (i >= columns.size()) {
            throw new LexiconException(this, "has " + columns.size() + " column(s), expected at least " + (i + 1)
                    + " (columns are separated by a TAB)");
        }
        return columns.get(i);
    }

    /** The column, or {@code fallback} when the row is shorter or the column is empty or {@code -}. */
    public String column(int i, String fallback) {
        if (i >= columns.size()) {
            return fallback;
        }
        String c = columns.get(i);
        return c.isEmpty() || c.equals("-") ? fallback : c;
    }

    public int size() {
        return columns.size();
    }

    /** Parses a column as one of an enum's constants, with an error that lists the allowed ones. */
    public <E extends Enum<E>> E enumColumn(int i, Class<E> type) {
        String raw = column(i);
        try {
            return Enum.valueOf(type, raw.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new LexiconException(this, "unknown " + type.getSimpleName() + " '" + raw + "'; expected one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    public double numberColumn(int i) {
        String raw = column(i);
        try {
            return Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new LexiconException(this, "column " + (i + 1) + " '" + raw + "' is not a number");
        }
    }
}
