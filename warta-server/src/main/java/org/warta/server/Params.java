package org.warta.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.warta.store.Page;

/**
 * The query parameters of one request, checked: an unknown parameter, a repeated one, a bad number or date
 * is an {@link ApiError} naming it, never a silent default.
 */
final class Params {
    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    /** The deepest page: beyond it, a list is read with {@code warta export}, not paged through. */
    static final int MAX_PAGE = 1000;
    static final int MAX_VALUE_CHARS = 500;

    private final Context ctx;

    private Params(Context ctx) {
        this.ctx = ctx;
    }

    /** The parameters of {@code ctx}, which may only be {@code allowed} (page and size always are). */
    static Params of(Context ctx, String... allowed) {
        Set<String> ok = new TreeSet<>(List.of(allowed));
        ok.add("page");
        ok.add("size");
        for (var e : ctx.queryParamMap().entrySet()) {
            if (!ok.contains(e.getKey())) {
                throw ApiError.badParameter(e.getKey(), "Unknown parameter '" + e.getKey() + "'; this endpoint takes "
                        + ok + ".");
            }
        }
        return new Params(ctx);
    }

    /** A single value, or null when absent or empty. */
    String text(String name) {
        List<String> values = ctx.queryParamMap().get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiError.badParameter(name, "Parameter '" + name + "' is given " + values.size()
                    + " times; give it once.");
        }
        String v = bounded(name, values.get(0)).strip();
        return v.isEmpty() ? null : v;
    }

    List<String> all(String name) {
        List<String> values = ctx.queryParamMap().getOrDefault(name, List.of());
        values.forEach(v -> bounded(name, v));
        return values;
    }

    private static String bounded(String name, String v) {
        if (v.length() > MAX_VALUE_CHARS) {
            throw ApiError.badParameter(name, "Parameter '" + name + "' has " + v.length()
                    + " characters; expected at most " + MAX_VALUE_CHARS + ".");
        }
        return v;
    }

    /** A value from a closed set, upper-cased; null when absent. */
    String oneOf(String name, Set<String> allowed) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        String u = v.toUpperCase(Locale.ROOT);
        if (!allowed.contains(u) && !allowed.contains(v)) {
            throw ApiError.badParameter(name, "Parameter '" + name + "' is '" + v + "'; expected one of "
                    + new TreeSet<>(allowed) + ".");
        }
        return allowed.contains(v) ? v : u;
    }

    LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiError.badParameter(name, "Parameter '" + name + "' is '" + v
                    + "', not a date; expected YYYY-MM-DD, e.g. 2020-09-27.");
        }
    }

    int page() {
        return number("page", 1, 1, MAX_PAGE);
    }

    int size() {
        return number("size", DEFAULT_SIZE, 1, Math.min(MAX_SIZE, Page.MAX_SIZE));
    }

    private int number(String name, int fallback, int min, int max) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiError.badParameter(name, "Parameter '" + name + "' is '" + v + "'; expected a whole number from "
                + min + " to " + max + ".");
    }
}
