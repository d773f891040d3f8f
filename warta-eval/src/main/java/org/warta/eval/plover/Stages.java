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
 * own stages, or eval-only stand-ins (a country and demonym lookup, an English number reader) for use while those
 * stages are still being built.
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

    /** Eval-only stand-ins: countries by name, demonym and capital; English numbers; no dates. */
    static Stages standIn() {
        CountryLookup countries = CountryLookup.standard();
        EnglishNumbers numbers = EnglishNumbers.standard();
        return new Stages() {
            @Override
            public List<Entity> entities(Document doc) {
                return countries.find(doc.text());
            }

            @Override
            public List<Quantity> quantities(Document doc) {
                return numbers.find(doc);
            }

            @Override
            public List<DateMention> dates(Document doc) {
                return List.of();
            }
        };
    }
}
