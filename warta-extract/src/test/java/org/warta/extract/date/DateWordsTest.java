package org.warta.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DateWordsTest {
    @Test
    void loadsRelativePhrasesAndRoleWords() {
        DateWords w = DateWords.standard();
        assertThat(w.relative.get("kemarin")).isEqualTo(new DateWords.Relative(DateWords.Unit.DAY, -1));
        assertThat(w.relative.get("last week")).isEqualTo(new DateWords.Relative(DateWords.Unit.WEEK, -1));
        assertThat(w.value("zone", "WIB")).isEqualTo("+07:00");
        assertThat(w.value("unit", "pekan")).isEqualTo("WEEK");
        assertThat(w.value("time-cue", "pukul")).isNotNull();
        assertThat(w.alternation("decade-part")).contains("awal");
    }
}
