package io.recruitflow.classifier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Mojibake} undoes what reading UTF-8 as Windows-1252 or ISO-8859-1 does to resume text, and
 * leaves text that was never damaged alone.
 */
class MojibakeProperties {

    /** Windows-1252's characters for 0x80-0x9F; '\0' where the byte is undefined (and damage drops it). */
    private static final String CP1252_HIGH = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

    /** What resume text is made of: letters in many languages, digits, the punctuation resumes use. */
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \n\t.,;:()/-+#&@'\""
            + "éèêëàâäáãåçñóòôöõøúùûüíìîïýÿœæßÉÈÀÂÄÇÑÓÔÖÚÜÎŁłŚśŻżĆćŃńĘęĄąŠšŽžČčŘřĞğİıŞş"
            + "•·–—‘’“…‰®©°±²³µ¶§«»€£¥¢¤\u00A0™→✓★▪►●■αβγδΩЖжЯяąęшщ你好日本한국";

    @Property(tries = 2000)
    void textReadAsWindows1252IsRepaired(@ForAll("resumeText") String text) {
        String damaged = asWindows1252(text);
        // bytes that Windows-1252 leaves undefined are dropped by such readers, and with them the character
        if (damaged.equals(asWindows1252Keeping(text))) {
            assertThat(Mojibake.repair(damaged)).isEqualTo(text);
        }
    }

    @Property(tries = 2000)
    void textReadAsLatin1IsRepaired(@ForAll("resumeText") String text) {
        assertThat(Mojibake.repair(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)))
                .isEqualTo(text);
    }

    @Property(tries = 1000)
    void textDamagedTwiceIsRepairedTwice(@ForAll("resumeText") String text) {
        String once = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        String twice = new String(once.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertThat(Mojibake.repair(twice)).isEqualTo(text);
    }

    @Property(tries = 2000)
    void undamagedTextIsLeftAlone(@ForAll("words") String text) {
        assertThat(Mojibake.repair(text)).isSameAs(text);
    }

    @Property(tries = 1000)
    void repairingTwiceChangesNothingMore(@ForAll("resumeText") String text) {
        String repaired = Mojibake.repair(asWindows1252(text));
        assertThat(Mojibake.repair(repaired)).isEqualTo(repaired);
    }

    @Example
    void repairsTheDamageResumesShow() {
        assertThat(Mojibake.repair("â€¢ Java â€“ Spring")).isEqualTo("• Java – Spring");
        assertThat(Mojibake.repair("â¢ Java â¢ Spring")).isEqualTo("• Java • Spring"); // the C1 byte lost
        assertThat(Mojibake.repair("Oracleâ€™s â€œcloudâ€ team")).isEqualTo("Oracle’s “cloud” team");
        assertThat(Mojibake.repair("JavaÂ® SE, PokÃ©mon, MÃ¼nchen, SÃ£o Paulo")).isEqualTo("Java® SE, Pokémon, München, São Paulo");
        assertThat(Mojibake.repair("10Â years")).isEqualTo("10 years"); // a non-breaking space made plain
        assertThat(Mojibake.repair("Ã¢â‚¬Â¢ twice")).isEqualTo("• twice");
    }

    @Example
    void leavesRealWordsWithTheSameLettersAlone() {
        for (String text : new String[] {"Ângela Brâncuși, São João, Âge: n/a", "pâté, château, Ålesund, Ñandú",
                "ô mon âme", "Ã la carte? no: À la carte", "Â"}) {
            assertThat(Mojibake.repair(text)).isEqualTo(text);
        }
    }

    /**
     * Text of that alphabet that does not already look damaged: no Â to ô right before a character that
     * stands for a byte 0x80-0xBF ("Ã©" written on purpose is not text anyone writes).
     */
    @Provide
    Arbitrary<String> resumeText() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(60)
                .filter(MojibakeProperties::looksUndamaged);
    }

    /** Words of several languages with spaces and punctuation between: text as people write it. */
    @Provide
    Arbitrary<String> words() {
        Arbitrary<String> word = Arbitraries.of("Java", "développeur", "São", "Paulo", "München", "Straße", "señor",
                "niño", "Ærø", "Łódź", "çalışkan", "café", "Ângela", "ôtel", "Ñandú", "naïve", "coöperate",
                "Zürich", "Kraków", "résumé", "Δημήτρης", "Жанна", "日本", "™", "®", "©", "•", "–", "—", "’", "…", "°C");
        Arbitrary<String> between = Arbitraries.of(" ", ", ", ". ", "\n", " - ", " • ", ": ", " (", ") ", "/");
        return Arbitraries.lazy(() -> word.list().ofMinSize(1).ofMaxSize(10)
                .flatMap(list -> between.list().ofSize(list.size()).map(separators -> {
                    StringBuilder out = new StringBuilder();
                    for (int i = 0; i < list.size(); i++) {
                        out.append(list.get(i)).append(separators.get(i));
                    }
                    return out.toString();
                })));
    }

    /** UTF-8 read as Windows-1252 by a reader that drops the bytes the encoding does not define. */
    static String asWindows1252(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int value = b & 0xFF;
            if (value >= 0x80 && value <= 0x9F) {
                char c = CP1252_HIGH.charAt(value - 0x80);
                if (c != '\0') {
                    out.append(c);
                }
            } else {
                out.append((char) value);
            }
        }
        return out.toString();
    }

    /** The same, with the undefined bytes kept as their Latin-1 C1 controls: equal when there were none. */
    private static String asWindows1252Keeping(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int value = b & 0xFF;
            char c = value >= 0x80 && value <= 0x9F ? CP1252_HIGH.charAt(value - 0x80) : (char) value;
            out.append(c == '\0' ? (char) value : c);
        }
        return out.toString();
    }

    private static boolean looksUndamaged(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            boolean continuation = next >= 0x80 && next <= 0xBF || next != '\0' && CP1252_HIGH.indexOf(next) >= 0;
            if (c >= 'Â' && c <= 'ô' && (continuation || c == 'Â' && next == ' ')) {
                return false;
            }
        }
        return true;
    }
}
