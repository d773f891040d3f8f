package org.warta.eval.plover;

import java.util.List;
import org.warta.extract.date.DateFinder;
import org.warta.extract.entity.EntityFinder;
import org.warta.extract.quantity.QuantityFinder;
import org.warta.extract.segment.Document;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.Quantity;

/**
 * Where the PLOVER evaluation gets the entities, quantities and dates that claims and events read: the pipeline's
 * own stages, exactly as {@code warta extract} runs them (an interface so that a test can feed fixed inputs).
 */
public interface Stages {
    List<Entity> entities(Document doc);

    List<Quantity> quantities(Document doc);

    List<DateMention> dates(Document doc);

    /** The pipeline's stages, as {@code warta extract} runs them. */
    static Stages pipeline() {
        EntityFinder entities = new EntityFinder();
        QuantityFinder quantities = new QuantityFinder();
        DateFinder dates = new DateFinder();
        return new Stages() {
            @Override
            public List<Entity> entities(Document doc) {
                return entities.find(doc).value();
            }

            @Override
            public List<Quantity> quantities(Document doc) {
                return quantities.find(doc).value();
            }

            @Override
            public List<DateMention> dates(Document doc) {
                return dates.find(doc).value();
            }
        };
    }
}
