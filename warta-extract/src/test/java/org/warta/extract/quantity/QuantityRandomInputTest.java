package org.warta.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.warta.extract.segment.Document;
import org.warta.model.Quantity;

class QuantityRandomInputTest {
    private static final String[] PIECES = {"2.300", "1,5", " ", "-", "Rp", "$", "%", "juta", "ribu", "puluhan",
        "sekitar", "antara", "hingga", "dan", "orang", "tank", "/", ".", ",", "(", ")", "a", "half", "dozen", "of",
        "tens", "thousands", "ke", "+", "0812", "2020", "satu", "setengah", "M", "k", "\n", "pukul", "Minggu",
        "September", "lebih", "dari", "\u00a0", "\u2013", "\uD83D\uDE00", "e\u0301"};

    @Test
    void survivesRandomInputWithSpansInsideTheText() {
        Random random = new Random(20200930);
        QuantityFinder finder = new QuantityFinder();
        for (int round = 0; round < 3_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(30);
            for (int k = 0; k < n; k++) {
                if (random.nextInt(8) == 0) {
                    sb.append((char) random.nextInt(0x3000));
                } else {
                    sb.append(PIECES[random.nextInt(PIECES.length)]);
                }
                if (random.nextBoolean()) {
                    sb.append(' ');
                }
            }
            String text = sb.toString();
            List<Quantity> found = finder.find(new Document(text, "id", null, List.of())).value();
            int last = 0;
            for (Quantity q : found) {
                assertThat(q.start()).as(text).isGreaterThanOrEqualTo(last);
                assertThat(q.end()).as(text).isLessThanOrEqualTo(text.length()).isGreaterThan(q.start());
                assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
                last = q.end();
            }
        }
    }
}
