package org.warta.eval.plover;

import java.util.List;
import org.warta.model.EventType;

/**
 * One coded sentence of the PLOVER gold standard, its type already mapped to today's 16.
 *
 * @param sourceCountries ISO codes of the source actors (IGO, NGO and other non-country codes left out)
 * @param dead            the record's {@code dead} figure, or null when it gives none
 */
public record GoldRecord(String id, String text, String date, String oldType, EventType type,
                         List<String> sourceCountries, Integer dead, Integer injured) {
    public GoldRecord {
        sourceCountries = List.copyOf(sourceCountries);
    }
}
