package io.recruitflow.ingest.formats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.recruitflow.contracts.candidate.CandidateReader;
import io.recruitflow.contracts.skills.SkillNames;
import tools.jackson.databind.json.JsonMapper;

/**
 * The formats ingest accepts, found by webhook source or by content type.
 *
 * <ul>
 *   <li>{@code POST /webhooks/{source}}: {@link #forSource} finds the format of that name
 *       ({@code greenhouse}, {@code lever}, {@code workable}, and {@code canonical} and
 *       {@code jsonresume} for in-house systems).</li>
 *   <li>{@code POST /api/v1/candidates}: {@link #forContentType} picks by media type,
 *       {@code application/json} -> canonical, {@code application/vnd.jsonresume+json} -> JSON Resume;
 *       a client that cannot set the content type sends {@code ?format=jsonresume} (or
 *       {@code ?format=canonical}), which wins over the media type.</li>
 * </ul>
 */
public final class CandidateFormats {

    public static final String JSON = "application/json";
    public static final String JSON_RESUME = "application/vnd.jsonresume+json";

    private final Map<String, CandidateFormat> byName = new LinkedHashMap<>();

    public CandidateFormats(List<CandidateFormat> formats) {
        for (CandidateFormat format : formats) {
            if (byName.put(format.name(), format) != null) {
                throw new IllegalArgumentException("Two formats named " + format.name());
            }
        }
    }

    /** All five formats, with the standard skill names; Lever profiles come from {@code lever}. */
    public static CandidateFormats standard(JsonMapper json, LeverProfiles lever) {
        SkillNames skills = SkillNames.standard();
        return new CandidateFormats(List.of(
                new CanonicalFormat(new CandidateReader(json)),
                new JsonResumeFormat(json),
                new GreenhouseFormat(json, skills),
                new LeverFormat(json, lever),
                new WorkableFormat(json, skills)));
    }

    public Optional<CandidateFormat> forSource(String source) {
        return source == null ? Optional.empty()
                : Optional.ofNullable(byName.get(source.trim().toLowerCase(Locale.ROOT)));
    }

    /** By media type alone; parameters such as {@code charset} are ignored. */
    public Optional<CandidateFormat> forContentType(String mediaType) {
        return forContentType(mediaType, null);
    }

    /** By the {@code format} query parameter when given, else by media type. */
    public Optional<CandidateFormat> forContentType(String mediaType, String formatParameter) {
        if (formatParameter != null && !formatParameter.isBlank()) {
            String name = formatParameter.trim().toLowerCase(Locale.ROOT);
            return name.equals(CanonicalFormat.NAME) || name.equals(JsonResumeFormat.NAME)
                    ? Optional.ofNullable(byName.get(name)) : Optional.empty();
        }
        if (mediaType == null) {
            return Optional.empty();
        }
        String essence = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (essence) {
            case JSON -> Optional.ofNullable(byName.get(CanonicalFormat.NAME));
            case JSON_RESUME -> Optional.ofNullable(byName.get(JsonResumeFormat.NAME));
            default -> Optional.empty();
        };
    }
}
