package io.recruitflow.contracts.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Random damage to a realistic JSON payload, for property tests: drop a field, give a value another
 * JSON type (null, a huge string or number, deep nesting, a canary), duplicate a key, swap or bend
 * dates, then maybe truncate the text or inject control characters or invalid UTF-8 bytes. Canary
 * values let a test prove that nothing from the input is echoed in an error or published.
 */
public final class JsonMutations {

    /** Must never appear in an error message. */
    public static final String CANARY = "canary-secret-9137";
    /** Contact details that must never be published. */
    public static final String CANARY_EMAIL = "canary.9137@example.org";
    public static final String CANARY_PHONE = "+44 20 7946 9137";
    public static final List<String> CONTACT_CANARIES = List.of(CANARY_EMAIL, "7946 9137", "79469137");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RAW = "@@raw-";

    /** Raw JSON fragments, spliced into the text where a placeholder string stands. */
    private static final List<String> FRAGMENTS = List.of(
            "null", "true", "false", "0", "-1", "3.5", "-0.0", "1e999999", "-1e999999",
            "9".repeat(2_000), "0." + "1".repeat(1_200), "123456789012345678901234567890",
            "{}", "[]", "[null]", "[null, 1, \"x\"]", "[[]]", "{\"" + CANARY + "\": \"" + CANARY + "\"}",
            "[\"" + CANARY + "\", null, {}]", "\"" + CANARY + "\"", "\"" + CANARY + "\\u0000\"",
            "\"\"", "\"   \"", "\"\\u00a0\"", "\"\\u2003\"", "\"\\t\\n\"", "\"\\ud83d\"", "\"ab\\udc00cd\"",
            "\"" + CANARY_EMAIL + "\"", "\"" + CANARY_PHONE + "\"",
            "\"call " + CANARY_PHONE + " or mail " + CANARY_EMAIL + "\"",
            "\"" + "x".repeat(30_000) + CANARY + "\"",
            "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"70.0000001\"", "\"1e308\"",
            "\"2020-13\"", "\"2020-02-30\"", "\"0000\"", "\"9999-12-31\"", "\"20201\"", "\"2020-1\"",
            "\" 2020 \"", "\"2020-01-01T00:00:00Z\"", "\"\\uff12\\uff10\\uff12\\uff10\"", "\"\\u0968\\u0966\\u0968\\u0966\"",
            "\"13/45/2021\"", "\"2/29/2021\"", "\"02/03/20210\"",
            "\"+1000000000-12-31T23:59:59Z\"", "\"-1000000000-01-01T00:00:00Z\"", "\"+999999999-12-31T23:59:59Z\"",
            "\"+292278994-08-17T07:12:55.807Z\"", "\"-292275055-05-16T16:47:04.192Z\"",
            "\"2026-11-01T10:15:30.123456789Z\"", "\"2026-11-01T10:15:30+01:00\"", "\"1970-01-01T00:00:00Z\"",
            "9223372036854775807", "-9223372036854775808", "253402300799999", "-62135596800001",
            "\"full-time\"", "\"remote\"", "\"FULL TIME\"", "\"on site\"",
            "[".repeat(3_000) + "]".repeat(3_000),
            "{\"a\":".repeat(1_500) + "1" + "}".repeat(1_500),
            "[".repeat(40) + "]".repeat(40));

    private static final List<String> DATES = FRAGMENTS.stream()
            .filter(f -> f.length() < 40 && f.matches("\"[-+ 0-9/:.TZ]+\"")).toList();

    private JsonMutations() {
    }

    /** {@code seeds} damaged by one to four random mutations. */
    public static Arbitrary<byte[]> of(Arbitrary<JsonNode> seeds) {
        return seeds.flatMap(seed -> Arbitraries.randomValue(random -> mutate(seed, random)));
    }

    public static JsonNode read(byte[] json) {
        return JSON.readTree(json);
    }

    public static byte[] mutate(JsonNode seed, Random random) {
        JsonNode tree = seed.deepCopy();
        List<String> raws = new ArrayList<>();
        int treeMutations = 1 + random.nextInt(3);
        for (int i = 0; i < treeMutations; i++) {
            tree = mutateTree(tree, random, raws);
        }
        String text = JSON.writeValueAsString(tree);
        for (int i = 0; i < raws.size(); i++) {
            text = text.replace("\"" + RAW + i + "\"", raws.get(i));
        }
        if (random.nextInt(4) == 0) {
            text = duplicateKey(text, random);
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return switch (random.nextInt(8)) {
            case 0 -> java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            case 1 -> inject(bytes, random, new byte[] {(byte) random.nextInt(0x20)});
            case 2 -> inject(bytes, random, new byte[] {0x7f});
            case 3 -> inject(bytes, random, invalidUtf8(random));
            default -> bytes;
        };
    }

    private static JsonNode mutateTree(JsonNode root, Random random, List<String> raws) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            return root;
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        switch (random.nextInt(6)) {
            case 0 -> slot.remove();
            case 1 -> slot.set(swappedDate(slot, random, raws));
            default -> slot.set(raw(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())), raws));
        }
        return root;
    }

    /** A date or instant somewhere else in the payload, or a bent one, where this value was. */
    private static JsonNode swappedDate(Slot slot, Random random, List<String> raws) {
        if (slot.parent instanceof ObjectNode object && random.nextBoolean()) {
            JsonNode start = object.get("startDate") != null ? object.get("startDate") : object.get("start_date");
            JsonNode end = object.get("endDate") != null ? object.get("endDate") : object.get("end_date");
            if (start != null && end != null) {
                object.set(object.has("startDate") ? "startDate" : "start_date", end);
                object.set(object.has("endDate") ? "endDate" : "end_date", start);
                return slot.get();
            }
        }
        return raw(DATES.get(random.nextInt(DATES.size())), raws);
    }

    private static JsonNode raw(String fragment, List<String> raws) {
        raws.add(fragment);
        return JSON.getNodeFactory().stringNode(RAW + (raws.size() - 1));
    }

    private static String duplicateKey(String text, Random random) {
        List<String> keys = List.of("source", "externalId", "eventId", "occurredAt", "work", "skills", "basics",
                "event", "action", "event_type", "data", "payload", "triggeredAt", "id", "name", "preferences");
        String key = keys.get(random.nextInt(keys.size()));
        String value = FRAGMENTS.get(random.nextInt(FRAGMENTS.size()));
        String member = "\"" + key + "\":" + value;
        int open = text.indexOf('{');
        int close = text.lastIndexOf('}');
        if (open < 0 || close < 0) {
            return text;
        }
        return random.nextBoolean()
                ? text.substring(0, open + 1) + member + "," + text.substring(open + 1)
                : text.substring(0, close) + "," + member + text.substring(close);
    }

    private static byte[] invalidUtf8(Random random) {
        byte[][] sequences = {
            {(byte) 0xff}, {(byte) 0xc3, 0x28}, {(byte) 0x80}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xc0, (byte) 0xaf},
            {(byte) 0xe2, (byte) 0x82}, {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
        return sequences[random.nextInt(sequences.length)];
    }

    private static byte[] inject(byte[] bytes, Random random, byte[] injected) {
        int at = random.nextInt(bytes.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + injected.length);
        out.write(bytes, 0, at);
        out.writeBytes(injected);
        out.write(bytes, at, bytes.length - at);
        return out.toByteArray();
    }

    private static void collect(JsonNode node, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                slots.add(new Slot(object, member.getKey(), -1));
                collect(member.getValue(), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new Slot(array, null, i));
                collect(array.get(i), slots);
            }
        }
    }

    private record Slot(JsonNode parent, String key, int index) {

        JsonNode get() {
            return key != null ? parent.get(key) : parent.get(index);
        }

        void set(JsonNode value) {
            if (parent instanceof ObjectNode object) {
                object.set(key, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        void remove() {
            if (parent instanceof ObjectNode object) {
                object.remove(key);
            } else {
                ((ArrayNode) parent).remove(index);
            }
        }
    }
}
