package org.warta.extract.date;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.warta.extract.quantity.SeedBody;
import org.warta.extract.segment.Document;
import org.warta.model.DateMention;
import org.warta.model.Resolution;

/** The dates of shared/spec/seed-expectations.md, from the seed's body, published 2020-09-30. */
class SeedDatesTest {
    @Test
    void findsTheSeedsDates() throws IOException {
        Document doc = SeedBody.document();
        assertThat(new DateFinder().find(doc).value())
                .extracting(DateMention::text, DateMention::value, DateMention::resolution)
                .containsExactly(
                        tuple("Minggu 27 September", "2020-09-27", Resolution.DAY),
                        tuple("Rabu 30 September 2020", "2020-09-30", Resolution.DAY),
                        tuple("awal 1990-an", "199X", Resolution.DECADE));
    }
}
