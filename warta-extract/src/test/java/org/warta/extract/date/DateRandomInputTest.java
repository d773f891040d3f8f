package org.warta.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.warta.model.DateMention;

class DateRandomInputTest {
    private static final String[] PIECES = {"Minggu", "minggu", "lalu", "27", "September", "2020", "1990-an", "(",
        ")", "/", "24", "8", "pukul", "07.30", "WIB", "kemarin", "tiga", "hari", "yang", "Sept.", ",", "awal",
        "the", "1990s", "on", "Tuesday", "31", "2", "\n", "-", "tahun", "\u00a0", "\uD83D\uDE00", "May", "Mei",
        "99", "0", "9999"};

    @Test
    void survivesRandomInputWithSpansInsideTheText() {
        Random random = new Random(27092020);
        DateFinder finder = new DateFinder();
        for (int round = 0; round < 3_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(25);
            for (int k = 0; k < n; k++) {
                sb.append(random.nextInt(8) == 0 ? String.valueOf((char) random.nextInt(0x3000))
                        : PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) > 0) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            LocalDate published = random.nextBoolean() ? null : LocalDate.of(1990 + random.nextInt(40), 1 + random
                    .nextInt(12), 1 + random.nextInt(28));
            List<DateMention> found = finder.find(text, published);
            int last = 0;
            for (DateMention d : found) {
                assertThat(d.start()).as(text).isGreaterThanOrEqualTo(last);
                assertThat(d.end()).as(text).isLessThanOrEqualTo(text.length()).isGreaterThan(d.start());
                assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text());
                last = d.end();
            }
        }
    }
}
