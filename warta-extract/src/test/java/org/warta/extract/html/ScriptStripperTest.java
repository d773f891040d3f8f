package org.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptStripperTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<p>a</p><script>var x = '<p>b</p>';</script><p>c</p> | <p>a</p><script></script><p>c</p>",
            "<STYLE type=text/css>p {}</STYLE><p>c</p>                | <STYLE type=text/css></STYLE><p>c</p>",
            "<script type='application/ld+json'>{\"a\":1}</script>  | <script type='application/ld+json'>{\"a\":1}</script>",
            "<!-- <script> --><p>story</p><script>x</script>       | <!-- <script> --><p>story</p><script></script>",
            "<scripts>keep</scripts><p>x</p>                          | <scripts>keep</scripts><p>x</p>",
            "<p>x</p><script>never closed                           | <p>x</p><script>never closed"})
    void emptiesScriptAndStyleButKeepsJsonLdAndComments(String html, String expected) {
        assertThat(ScriptStripper.strip(html)).isEqualTo(expected);
    }

    @Test
    void readerGivesTheSameTextAsStrip() throws IOException {
        Random random = new Random(3);
        String[] pieces = {"<script>", "</script>", "<style>", "</style>", "<p>", "text ", "<!--", "-->", "<"};
        for (int i = 0; i < 200; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(60); k > 0; k--) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String html = sb.toString();
            StringWriter out = new StringWriter();
            try (Reader r = ScriptStripper.reader(html)) {
                r.transferTo(out);
            }
            assertThat(out.toString()).isEqualTo(ScriptStripper.strip(html));
        }
    }
}
