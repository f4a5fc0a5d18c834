package io.recruitflow.ingest.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

    @Test
    void passesABodyUpToTheLimit() throws Exception {
        LimitedInputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[100]), 100);

        assertThat(in.readAllBytes()).hasSize(100);
    }

    @Test
    void throwsOnceMoreThanTheLimitIsRead() {
        LimitedInputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[101]), 100);

        assertThatThrownBy(in::readAllBytes).isInstanceOf(PayloadTooLargeException.class)
                .hasMessageContaining("100 bytes");
    }

    @Test
    void countsSingleByteReadsToo() throws Exception {
        LimitedInputStream in = new LimitedInputStream(new ByteArrayInputStream(new byte[3]), 2);
        in.read();
        in.read();

        assertThatThrownBy(in::read).isInstanceOf(PayloadTooLargeException.class);
    }
}
