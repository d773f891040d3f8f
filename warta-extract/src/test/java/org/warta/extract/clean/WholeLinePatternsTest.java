package org.warta.extract.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WholeLinePatternsTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static List<Pattern> compiled(String... regexes) {
        return java.util.Arrays.stream(regexes).map(r -> Pattern.compile(r, FLAGS)).toList();
    }

    private static boolean oneByOne(List<Pattern> patterns, String line) {
        return patterns.stream().anyMatch(p -> p.matcher(line).matches());
    }

    @Test
    void joinedPatternsAnswerAsEachPatternAlone() {
        List<Pattern> patterns = compiled("^Baca juga\\s*[:：-].*$", "^(By|Oleh)\\s+(\\p{Lu}[\\p{L}.'’-]*\\s*){1,4}$",
                "^Halaman \\d+ dari \\d+$", "Share( this)?", "^[*_=~-]{3,}$", "a|ab");
        WholeLinePatterns any = new WholeLinePatterns(patterns);
        for (String line : List.of("Baca juga: Banjir di Bima", "BACA JUGA - x", "Oleh Andi Saputra", "Oleh andi",
                "Halaman 2 dari 3", "Halaman 2 dari", "share this", "Share", "Share that", "-----", "--", "ab", "a",
                "abc", "", "Polisi menangkap 12 orang. Baca juga: lain")) {
            assertThat(any.matchWhole(line)).as(line).isEqualTo(oneByOne(patterns, line));
        }
        assertThat(any.matchWhole("Oleh Andi Saputra")).isTrue(); // the second alternative, after the first fails
        assertThat(any.matchWhole("ab")).isTrue(); // 'a' matches a part only: the alternative is tried on
    }

    @Test
    void patternsWithBackReferencesAreTriedOneByOne() {
        List<Pattern> patterns = compiled("(\\w+) \\1", "(?<w>x) \\k<w>", "(?x) a b # comment");
        WholeLinePatterns any = new WholeLinePatterns(patterns);
        for (String line : List.of("go go", "go went", "x x", "ab", "a b")) {
            assertThat(any.matchWhole(line)).as(line).isEqualTo(oneByOne(patterns, line));
        }
        assertThat(any.matchWhole("go go")).isTrue();
        assertThat(any.matchWhole("ab")).isTrue();
    }
}
