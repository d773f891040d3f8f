package org.warta.extract.date;

import java.util.List;
import org.warta.extract.segment.Token;
import org.warta.model.DateMention;

/** Where the date stage's mentions lie, for stages that pass over dates ({@code X pada Senin (10/6) mengatakan}). */
public final class DateSpans {
    private DateSpans() {
    }

    /** True when token {@code t} lies inside one of {@code dates}. */
    public static boolean covers(List<DateMention> dates, Token t) {
        for (DateMention d : dates) {
            if (d.start() <= t.start() && t.end() <= d.end()) {
                return true;
            }
        }
        return false;
    }
}
