package io.recruitflow.dlttool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ValueTextTest {

    @Test
    void showsPrintableUtf8AsTextAndAnythingElseAsHex() {
        assertThat(ValueText.of("{\"a\":\"é\"}\n".getBytes(StandardCharsets.UTF_8), false))
                .isEqualTo(new ValueText("utf-8", "{\"a\":\"é\"}\n", 11, false));
        assertThat(ValueText.of(new byte[] {(byte) 0xc3, 0x01, 0x00}, false))
                .isEqualTo(new ValueText("hex", "c30100", 3, false));
        assertThat(ValueText.of("a\u0000b".getBytes(StandardCharsets.UTF_8), false).encoding()).isEqualTo("hex");
        assertThat(ValueText.of(null, false).line()).isEqualTo("null (tombstone)");
    }

    @Test
    void previewsLongValuesUnlessTheWholeValueIsAskedFor() {
        byte[] text = "x".repeat(500).getBytes(StandardCharsets.UTF_8);
        byte[] binary = new byte[100];

        assertThat(ValueText.of(text, false).text()).hasSize(ValueText.PREVIEW_CHARS);
        assertThat(ValueText.of(text, false).line()).contains("500 bytes, preview (--full-values shows all)");
        assertThat(ValueText.of(text, true).text()).hasSize(500);
        assertThat(ValueText.of(binary, false).text()).hasSize(2 * ValueText.PREVIEW_BYTES);
        assertThat(ValueText.of(binary, true).truncated()).isFalse();
    }
}
