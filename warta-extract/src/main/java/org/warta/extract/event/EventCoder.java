package org.warta.extract.event;

import java.util.List;
import org.warta.extract.Outcome;
import org.warta.extract.segment.Document;
import org.warta.model.Claim;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.Event;

/** PLOVER events (issue 6 fills this in; until then it finds nothing). */
public final class EventCoder {
    public Outcome<List<Event>> code(Document doc, List<Entity> entities, List<Claim> claims,
                                     List<DateMention> dates) {
        return Outcome.of(List.of());
    }
}
