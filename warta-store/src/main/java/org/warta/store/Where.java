package org.warta.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A WHERE clause built from optional filters, with its parameters in order. */
final class Where {
    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    Where eq(String column, String value) {
        if (value != null && !value.isBlank()) {
            clauses.add(column + " = ?");
            params.add(value.strip());
        }
        return this;
    }

    /** A party: a country code (three capitals, {@code AZE}), else an entity id or part of the name. */
    Where party(String prefix, String value) {
        if (value != null && !value.isBlank()) {
            String v = value.strip();
            if (v.matches("[A-Z]{3}")) {
                clauses.add(prefix + "_country = ?");
                params.add(v);
                return this;
            }
            clauses.add("(" + prefix + "_country = ? OR " + prefix + "_id = ? OR " + prefix + " ILIKE ?)");
            params.add(v.toUpperCase(Locale.ROOT));
            params.add(v);
            params.add("%" + v + "%");
        }
        return this;
    }

    Where like(String column, String value) {
        if (value != null && !value.isBlank()) {
            clauses.add(column + " ILIKE ?");
            params.add("%" + value.strip() + "%");
        }
        return this;
    }

    Where days(String column, LocalDate from, LocalDate to) {
        if (from != null) {
            clauses.add(column + " >= ?");
            params.add(from);
        }
        if (to != null) {
            clauses.add(column + " <= ?");
            params.add(to);
        }
        return this;
    }

    Where raw(String clause, Object... values) {
        clauses.add(clause);
        params.addAll(List.of(values));
        return this;
    }

    List<Object> params() {
        return params;
    }

    String sql() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** Binds the parameters from position 1 and returns the next free position. */
    int bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object p : params) {
            if (p instanceof LocalDate d) {
                ps.setObject(i++, d);
            } else {
                ps.setObject(i++, p);
            }
        }
        return i;
    }
}
