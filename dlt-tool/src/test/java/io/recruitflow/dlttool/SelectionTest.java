package io.recruitflow.dlttool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SelectionTest {

    @Test
    void readsPartitionOffsetPairsWrittenEitherWay() {
        assertThat(Selection.positions("0:17, 3@4").positions()).containsExactlyInAnyOrder("0@17", "3@4");
    }

    @Test
    void refusesWhatIsNotAPartitionOffsetPair() {
        assertThatThrownBy(() -> Selection.positions("0:17,x"))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("not a partition:offset pair: 'x'");
    }
}
