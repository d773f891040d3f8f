package org.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.warta.model.testing.SharedData;

class SegmenterSmokeTest {
    @Test
    void findsShared() {
        assertThat(SharedData.require("seed")).exists();
    }
}
