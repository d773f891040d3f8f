package org.warta.extract.quantity;

import java.util.List;
import org.warta.extract.Outcome;
import org.warta.extract.segment.Document;
import org.warta.model.Quantity;

/** Numbers that count something (issue 3 fills this in; until then it finds nothing). */
public final class QuantityFinder {
    public Outcome<List<Quantity>> find(Document doc) {
        return Outcome.of(List.of());
    }
}
