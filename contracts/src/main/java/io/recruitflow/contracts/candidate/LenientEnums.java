package io.recruitflow.contracts.candidate;

import java.util.Arrays;
import java.util.Locale;

/** Lenient enum parsing for ATS payloads: {@code full-time}, {@code Full Time} and {@code FULL_TIME} agree. */
final class LenientEnums {

    private LenientEnums() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        String constant = value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E candidate : type.getEnumConstants()) {
            if (candidate.name().equals(constant)) {
                return candidate;
            }
        }
        return null;
    }

    static String names(Class<? extends Enum<?>> type) {
        return Arrays.toString(type.getEnumConstants());
    }
}
