package io.recruitflow.classifier.scoring;

import io.recruitflow.classifier.rolemodel.Spellings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The signals that list a structured skill, found from the skill's normalised text: for each
 * spelling whose canonical name ({@link Field#skill}) some signal lists, that name and those
 * signals. Built once per role model; a lookup of ASCII text makes no String and no map lookup,
 * which matters as a profile has dozens of skill names and keywords.
 */
final class SkillSignals {

    private static final int ASCII = 0x80;

    /** A canonical skill name and the signals (by number) that list it. */
    record Listed(String canonical, int[] signals) {
    }

    private final Map<String, int[]> signalsBySkill;
    private final Spellings names;
    private final char[][] spellings;
    private final int[] hashes;
    private final Listed[] listed;
    private final int[] slots;
    private final int mask;

    /**
     * @param signalsBySkill for each canonical skill name some signal lists, those signals
     * @param names          the model's skill names and spellings
     */
    SkillSignals(Map<String, int[]> signalsBySkill, Spellings names) {
        this.signalsBySkill = Map.copyOf(signalsBySkill);
        this.names = names;
        Map<String, String> canonicalByAlias = names.canonicalBySpelling();
        List<String> keys = new ArrayList<>();
        List<Listed> values = new ArrayList<>();
        // ASCII text's canonical name is canonicalByAlias.getOrDefault(text, text): see Field.skill
        canonicalByAlias.forEach((alias, canonical) -> {
            if (signalsBySkill.containsKey(canonical)) {
                keys.add(alias);
                values.add(new Listed(canonical, signalsBySkill.get(canonical)));
            }
        });
        signalsBySkill.forEach((canonical, signals) -> {
            if (!canonicalByAlias.containsKey(canonical)) {
                keys.add(canonical);
                values.add(new Listed(canonical, signals));
            }
        });
        spellings = keys.stream().map(String::toCharArray).toArray(char[][]::new);
        hashes = keys.stream().mapToInt(String::hashCode).toArray();
        listed = values.toArray(Listed[]::new);
        int capacity = Integer.highestOneBit(Math.max(4, keys.size() * 4 - 1)) << 1;
        slots = new int[capacity];
        mask = capacity - 1;
        for (int e = 0; e < spellings.length; e++) {
            int slot = hashes[e] & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = e + 1;
        }
    }

    /** The listed canonical name of the structured skill whose normalised text is {@code text}, or null. */
    Listed find(NormalizedText text) {
        char[] chars = text.chars();
        int n = text.length();
        int hash = 0;
        for (int i = 0; i < n; i++) {
            if (chars[i] >= ASCII) {
                String canonical = Field.skill(text, names);
                int[] signals = signalsBySkill.get(canonical);
                return signals == null ? null : new Listed(canonical, signals);
            }
            hash = 31 * hash + chars[i];
        }
        for (int slot = hash & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
            int entry = slots[slot] - 1;
            if (hashes[entry] == hash && Arrays.equals(spellings[entry], 0, spellings[entry].length, chars, 0, n)) {
                return listed[entry];
            }
        }
        return null;
    }
}
