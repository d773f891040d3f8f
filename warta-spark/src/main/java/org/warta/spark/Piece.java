package org.warta.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one input item became: an article's rows under its content key, or a failure with its reason.
 *
 * @param order   the item's place in the run: input file index in the high 32 bits, position in the file below
 * @param source  the input file
 * @param name    the item's name for messages ({@code file#3 url}, {@code file:42})
 * @param reason  null for an article, else the failure's {@link FailureReason}
 * @param message what went wrong, for a failure
 */
public record Piece(String key, long order, String source, String name, FailureReason reason, String message,
                    List<TableRow> rows) implements Serializable {
    public static Piece article(String key, long order, String source, String name, List<TableRow> rows) {
        return new Piece(key, order, source, name, null, null, List.copyOf(rows));
    }

    public static Piece failure(long order, String source, String name, FailureReason reason, String message) {
        return new Piece(null, order, source, name, reason, message, List.of());
    }

    public boolean isFailure() {
        return reason != null;
    }

    /** The earlier of two pieces with one key: the one kept when the run drops duplicates. */
    public static Piece first(Piece a, Piece b) {
        return a.order() <= b.order() ? a : b;
    }
}
