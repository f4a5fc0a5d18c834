package io.recruitflow.dlttool;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which dead letters a command works on: all of them, those at the given {@code partition@offset}
 * positions, or those whose {@code dlt-reason} contains a text (case-insensitive).
 */
record Selection(Set<String> positions, String reasonContains) {

    static final Selection ALL = new Selection(null, null);

    static Selection positions(String list) {
        Set<String> positions = new LinkedHashSet<>();
        for (String item : list.split(",")) {
            String[] parts = item.trim().split("[:@]");
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                positions.add(DeadLetter.position(Integer.parseInt(parts[0].trim()), Long.parseLong(parts[1].trim())));
            } catch (NumberFormatException e) {
                throw new ToolException(DltTool.USAGE, "not a partition:offset pair: '" + item.trim() + "' (e.g. --offsets 0:17,3:4)");
            }
        }
        return new Selection(Set.copyOf(positions), null);
    }

    static Selection reasonContaining(String text) {
        return new Selection(null, text);
    }

    boolean matches(DeadLetter deadLetter) {
        if (positions != null) {
            return positions.contains(deadLetter.position());
        }
        if (reasonContains != null) {
            String reason = deadLetter.reason();
            return reason != null && reason.toLowerCase(Locale.ROOT).contains(reasonContains.toLowerCase(Locale.ROOT));
        }
        return true;
    }

    String describe() {
        if (positions != null) {
            return "at " + String.join(", ", positions);
        }
        return reasonContains != null ? "with a reason containing '" + reasonContains + "'" : "";
    }
}
