package org.warta.extract.claim;

import java.util.List;
import org.warta.extract.Outcome;
import org.warta.extract.segment.Document;
import org.warta.model.Claim;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.Quantity;
import org.warta.model.Quote;

/** Counted outcomes and who claims them (issue 6 fills this in; until then it finds nothing). */
public final class ClaimFinder {
    public Outcome<List<Claim>> find(Document doc, List<Entity> entities, List<Quantity> quantities,
                                     List<DateMention> dates, List<Quote> quotes) {
        return Outcome.of(List.of());
    }
}
