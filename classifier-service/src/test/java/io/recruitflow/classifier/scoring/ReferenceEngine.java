package io.recruitflow.classifier.scoring;

import io.recruitflow.avro.CandidateRole;
import io.recruitflow.classifier.reading.ResumeReader;
import io.recruitflow.classifier.rolemodel.Decision;
import io.recruitflow.classifier.rolemodel.RoleModel;
import io.recruitflow.classifier.rolemodel.Signal;
import io.recruitflow.classifier.rolemodel.SignalKind;
import io.recruitflow.classifier.rolemodel.Spellings;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The scoring engine as it was before it was optimised (commit 4b4223d): one regex per phrase and
 * alias, run over every field, and regex-based normalisation; kept, nested, as the reference the
 * optimised engine is compared with in {@link EngineEquivalenceTest}. Role model version 3 added
 * signals of work elsewhere, skill spellings from the vocabulary, skill lists read from resumes, and
 * titles and seniority words in free text: they are written here in the same plain way (a regex
 * per phrase, every occurrence tried in turn). Resume text is cut into its parts by the production
 * {@link io.recruitflow.classifier.reading.ResumeReader}: that is reading, not matching, and is
 * tested on its own.
 */
final class ReferenceEngine {

    private ReferenceEngine() {
    }

    /**
     * Scores a {@link CandidateView} against the backend engineer and backend developer role models and
     * decides one {@link CandidateRole}, with the evidence behind it.
     *
     * <p>Each signal counts once per role, with its first match in field order, so repeating a word
     * does not inflate a score. A role's score is {@code 1 - exp(-sum of matched weights / saturation)}.
     * Backend-core signals (languages, databases, APIs, hosting, ...) only gate backend against
     * {@code NOT_BACKEND}; since the Avro evidence needs a role and they belong to both role models,
     * their evidence carries role {@code HYBRID}. The verdict, in order:
     * <ol>
     *   <li>{@code INSUFFICIENT_DATA}: fewer than {@code minWords} words in all readable fields;</li>
     *   <li>{@code NOT_BACKEND}: core weight below {@code minCoreWeight}, or both role scores below
     *       {@code minRoleScore};</li>
     *   <li>{@code HYBRID}: both role scores at least {@code hybridMinScore} and at most
     *       {@code hybridMaxGap} apart (or exactly equal);</li>
     *   <li>otherwise the role with the higher score.</li>
     * </ol>
     * Thresholds come from the model's {@link Decision}. A pure function: thread-safe, no clock, no
     * randomness, and no hash order in the output.
     */
    static final class Classifier {

        private static final Comparator<Scored> EVIDENCE_ORDER = Comparator
                .comparing((Scored s) -> s.match().role())
                .thenComparing(s -> s.match().weight(), Comparator.reverseOrder())
                .thenComparing(s -> s.match().field())
                .thenComparing(Scored::signalId);

        private final RoleModel model;
        private final List<CompiledSignal> engineer;
        private final List<CompiledSignal> developer;
        private final List<CompiledSignal> core;
        private final List<CompiledSignal> elsewhere;
        private final ResumeReader reader;

        Classifier(RoleModel model, ResumeReader reader) {
            this.model = model;
            this.reader = model.reading().readsResumes() ? reader : null;
            List<Pattern> titles = Stream.of(model.engineer(), model.developer(), model.core(), model.elsewhere())
                    .flatMap(List::stream).filter(s -> s.kind() == SignalKind.TITLE)
                    .flatMap(s -> s.phrases().stream()).map(CompiledSignal::phrasePattern).toList();
            this.engineer = compile(model.engineer(), model, titles);
            this.developer = compile(model.developer(), model, titles);
            this.core = compile(model.core(), model, titles);
            this.elsewhere = compile(model.elsewhere(), model, titles);
        }

        Classification classify(CandidateView view) {
            List<Field> fields = Field.of(view, model.spellings(), reader);
            int words = fields.stream().mapToInt(f -> TextNormalizer.wordCount(f.text())).sum();
            List<Scored> evidence = new ArrayList<>();
            double engineerSum = match(engineer, CandidateRole.BACKEND_ENGINEER, fields, evidence);
            double developerSum = match(developer, CandidateRole.BACKEND_DEVELOPER, fields, evidence);
            double coreSum = match(core, CandidateRole.HYBRID, fields, evidence);
            double elsewhereSum = match(elsewhere, CandidateRole.NOT_BACKEND, fields, evidence);
            evidence.sort(EVIDENCE_ORDER);

            Decision decision = model.decision();
            Verdict verdict = Verdict.decide(decision, words, coreSum - elsewhereSum,
                    saturate(engineerSum, decision), saturate(developerSum, decision));
            return new Classification(verdict.role(), round(verdict.confidence()),
                    round(saturate(engineerSum, decision)), round(saturate(developerSum, decision)),
                    evidence.stream().map(Scored::match).toList(), model.version());
        }

        RoleModel model() {
            return model;
        }

        private static double match(List<CompiledSignal> signals, CandidateRole role, List<Field> fields,
                List<Scored> evidence) {
            double sum = 0;
            for (CompiledSignal compiled : signals) {
                var hit = compiled.firstHit(fields);
                if (hit.isPresent()) {
                    Signal signal = compiled.signal();
                    double weight = signal.weight() * hit.get().factor();
                    sum += weight;
                    evidence.add(new Scored(signal.id(), new Match(role, signal.kind().name(), hit.get().field(),
                            hit.get().matchedText(), weight, signal.section())));
                }
            }
            return sum;
        }

        private static double saturate(double sum, Decision decision) {
            return 1 - Math.exp(-sum / decision.saturation());
        }

        // Four decimals keep scores readable and stable across platforms' last-bit differences.
        private static double round(double value) {
            return Math.round(value * 10_000) / 10_000.0;
        }

        private static List<CompiledSignal> compile(List<Signal> signals, RoleModel model, List<Pattern> titles) {
            return signals.stream().map(s -> new CompiledSignal(s, model.spellings(),
                    model.reading().titleInTextFactor(), titles)).toList();
        }

        private record Scored(String signalId, Match match) {
        }
    }

    /**
     * A {@link Signal} ready to match: phrases and skill aliases compiled to word-boundary patterns.
     *
     * <p>Skills match three ways: a structured skill (name or keyword) whose canonical name is listed;
     * and in free text, any alias of a listed skill except the model's ambiguous aliases ("go", "rest",
     * "less", "ruby", ...), which are ordinary words or given names and would count prose or a person's
     * name as a skill. Those skills still count when the candidate lists them as structured skills.
     */
    static final class CompiledSignal {

        private static final String BOUNDARY_BEFORE = "(?<![\\p{L}\\p{N}])";
        private static final String BOUNDARY_AFTER = "(?![\\p{L}\\p{N}])";

        private static final Pattern SOMEONE_ELSE = Pattern.compile("(?:^|[^\\p{L}\\p{N}'])(?:the|a|an|our|their|his|"
                + "her|its|your|other|another|each|every|any|with|to|by|for|from|under|alongside|supporting|assisting|"
                + "assisted|supported|helped|mentored|managed|hired|trained|interviewed|coached|guided) $");
        private static final Pattern OWN_BEFORE = Pattern.compile("(?:^|[^\\p{L}\\p{N}'])(?:as|am|is|was|were|are|be|"
                + "been|being|became|become|becoming|promoted|moved|transitioned|rose|grew|elevated|joined|i'm|im) "
                + "[\\p{L}\\p{N}']+ $");

        private final Signal signal;
        private final Set<String> skills;
        private final List<Pattern> phrases;
        private final List<Pattern> aliases;
        private final List<Pattern> listedAliases;
        private final double titleInTextFactor;
        private final List<Pattern> titles;

        CompiledSignal(Signal signal, Spellings spellings, double titleInTextFactor, List<Pattern> titles) {
            this.signal = signal;
            this.skills = Set.copyOf(signal.skills());
            this.phrases = signal.phrases().stream().map(CompiledSignal::phrasePattern).toList();
            this.aliases = aliasPatterns(signal.skills(), spellings, false);
            this.listedAliases = aliasPatterns(signal.skills(), spellings, true);
            this.titleInTextFactor = titleInTextFactor;
            this.titles = titles;
        }

        Signal signal() {
            return signal;
        }

        /** The first match in field order, or empty; one per signal, so repetition adds nothing. */
        Optional<Hit> firstHit(List<Field> fields) {
            boolean title = signal.kind() == SignalKind.TITLE || signal.kind() == SignalKind.SENIORITY;
            for (Field field : fields) {
                if (title) {
                    Optional<String> found = field.source() == Field.Source.TITLE ? find(phrases, field.text())
                            : field.source() == Field.Source.TEXT && titleInTextFactor > 0
                            ? titleInText(field.text()) : Optional.empty();
                    if (found.isPresent()) {
                        return Optional.of(new Hit(this, field.path(), found.get(),
                                field.source() == Field.Source.TEXT ? titleInTextFactor : 1));
                    }
                    continue;
                }
                if (field.source() == Field.Source.SKILL && skills.contains(field.skill())) {
                    return Optional.of(new Hit(this, field.path(), field.skill(), 1));
                }
                Optional<String> found = find(phrases, field.text());
                if (found.isEmpty() && field.source() != Field.Source.SKILL) {
                    found = find(aliases, field.text());
                }
                if (found.isEmpty() && field.source() == Field.Source.SKILL_LIST) {
                    found = find(listedAliases, field.text());
                }
                if (found.isPresent()) {
                    return Optional.of(new Hit(this, field.path(), found.get(), 1));
                }
            }
            return Optional.empty();
        }

        /** A title that is the candidate's own, or a seniority word next to one: every occurrence in turn. */
        private Optional<String> titleInText(String text) {
            for (Pattern phrase : phrases) {
                Matcher matcher = phrase.matcher(text);
                for (int from = 0; from <= text.length() && matcher.find(from); from = matcher.start() + 1) {
                    boolean counts = signal.kind() == SignalKind.TITLE ? ownTitle(text, matcher.start())
                            : nextToTitle(text, matcher.start(), matcher.end());
                    if (counts) {
                        return Optional.of(matcher.group());
                    }
                }
            }
            return Optional.empty();
        }

        private static boolean ownTitle(String text, int start) {
            String before = text.substring(0, start);
            return !SOMEONE_ELSE.matcher(before).find() || OWN_BEFORE.matcher(before).find();
        }

        private boolean nextToTitle(String text, int start, int end) {
            Matcher gap = Pattern.compile("[.,]{0,2} ").matcher(text).region(end, text.length());
            if (gap.lookingAt() && wordStart(text, gap.end()) && ownTitle(text, start)) {
                for (Pattern title : titles) {
                    if (title.matcher(text).region(gap.end(), text.length()).useTransparentBounds(true)
                            .useAnchoringBounds(false).lookingAt()) {
                        return true;
                    }
                }
            }
            if (start < 2 || text.charAt(start - 1) != ' ') {
                return false;
            }
            // a title that ends right before the word and starts at one of the four words before it
            List<Integer> starts = new ArrayList<>();
            for (int p = 0; p < start - 1; p++) {
                if (wordStart(text, p)) {
                    starts.add(p);
                }
            }
            for (int i = starts.size() - 1; i >= Math.max(0, starts.size() - 4); i--) {
                int titleStart = starts.get(i);
                for (Pattern title : titles) {
                    Matcher m = title.matcher(text).region(titleStart, start - 1).useTransparentBounds(true)
                            .useAnchoringBounds(false);
                    if (m.lookingAt() && m.end() == start - 1 && ownTitle(text, titleStart)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** A letter or number after a char that is none, each char taken alone (as regex look-behind does). */
        private static boolean wordStart(String text, int p) {
            return p < text.length() && isWordChar(text.charAt(p)) && (p == 0 || !isWordChar(text.charAt(p - 1)));
        }

        private static boolean isWordChar(char c) {
            return String.valueOf(c).matches("[\\p{L}\\p{N}]");
        }

        record Hit(CompiledSignal signal, String field, String matchedText, double factor) {
        }

        private static Optional<String> find(List<Pattern> patterns, String text) {
            for (Pattern pattern : patterns) {
                Matcher matcher = pattern.matcher(text);
                if (matcher.find()) {
                    return Optional.of(matcher.group());
                }
            }
            return Optional.empty();
        }

        /** Words of the phrase in order, single spaces between; {@code word*} matches any continuation. */
        static Pattern phrasePattern(String phrase) {
            List<String> words = new ArrayList<>();
            for (String word : phrase.trim().split("\\s+")) {
                boolean open = word.endsWith("*");
                String stem = TextNormalizer.normalize(open ? word.substring(0, word.length() - 1) : word);
                if (!stem.isEmpty()) {
                    words.add(Pattern.quote(stem) + (open ? "[\\p{L}\\p{N}]*" : ""));
                }
            }
            return Pattern.compile(BOUNDARY_BEFORE + String.join(" ", words) + BOUNDARY_AFTER);
        }

        private static List<Pattern> aliasPatterns(List<String> skills, Spellings names, boolean listed) {
            Map<String, String> aliases = names.canonicalBySpelling();
            List<Pattern> patterns = new ArrayList<>();
            for (String skill : skills) {
                // sorted, longest first: "ruby on rails" before "rails", and no hash order in the output
                Set<String> spellings = new TreeSet<>((a, b) -> a.length() != b.length()
                        ? Integer.compare(b.length(), a.length()) : a.compareTo(b));
                aliases.forEach((alias, canonical) -> {
                    if (canonical.equals(skill) && names.ambiguous(alias) == listed) {
                        spellings.add(TextNormalizer.normalize(alias));
                    }
                });
                spellings.remove("");
                for (String spelling : spellings) {
                    patterns.add(Pattern.compile(BOUNDARY_BEFORE + Pattern.quote(spelling) + BOUNDARY_AFTER));
                }
            }
            return patterns;
        }
    }

    /**
     * One readable piece of a {@link CandidateView}, normalised, with the path evidence names it by
     * (e.g. {@code work[1].highlights[0]}). {@link #of} lists them in a fixed order, structured data
     * first, which is also the order in which a signal's best match is chosen.
     *
     * @param skill for a {@link Source#SKILL} field its canonical skill name, otherwise empty
     */
    static record Field(String path, Source source, String text, String skill) {

        enum Source {
            /** A structured skill name or keyword: matched by canonical name. */
            SKILL,
            /** A job title: TITLE and SENIORITY signals count there whole. */
            TITLE,
            /** A resume's skills sections: every spelling counts. */
            SKILL_LIST,
            /** Any other free text. */
            TEXT
        }

        static List<Field> of(CandidateView view, Spellings names, ResumeReader reader) {
            List<Field> fields = new ArrayList<>();
            for (int i = 0; i < view.skills().size(); i++) {
                CandidateView.Skill skill = view.skills().get(i);
                add(fields, "skills[" + i + "].name", Source.SKILL, skill.canonical(), names);
                for (int k = 0; k < skill.keywords().size(); k++) {
                    add(fields, "skills[" + i + "].keywords[" + k + "]", Source.SKILL, skill.keywords().get(k), names);
                }
            }
            add(fields, "headline", Source.TITLE, view.headline(), names);
            for (int i = 0; i < view.work().size(); i++) {
                add(fields, "work[" + i + "].position", Source.TITLE, view.work().get(i).position(), names);
            }
            ResumeReader.ReadResume resume = reader == null ? null : reader.read(view.resumeText());
            if (resume != null) {
                add(fields, "resumeText.header", Source.TITLE, resume.header(), names);
            }
            add(fields, "summary", Source.TEXT, view.summary(), names);
            for (int i = 0; i < view.work().size(); i++) {
                CandidateView.Work work = view.work().get(i);
                add(fields, "work[" + i + "].summary", Source.TEXT, work.summary(), names);
                for (int h = 0; h < work.highlights().size(); h++) {
                    add(fields, "work[" + i + "].highlights[" + h + "]", Source.TEXT, work.highlights().get(h), names);
                }
            }
            for (int i = 0; i < view.educationAreas().size(); i++) {
                add(fields, "education[" + i + "].area", Source.TEXT, view.educationAreas().get(i), names);
            }
            if (resume == null) {
                add(fields, "resumeText", Source.TEXT, view.resumeText(), names);
            } else {
                add(fields, "resumeText.skills", Source.SKILL_LIST, resume.skills(), names);
                add(fields, "resumeText", Source.TEXT, resume.prose(), names);
            }
            return fields;
        }

        private static void add(List<Field> fields, String path, Source source, String raw, Spellings names) {
            String text = TextNormalizer.normalize(raw);
            if (!text.isEmpty()) {
                String skill = source == Source.SKILL ? names.canonical(text) : "";
                fields.add(new Field(path, source, text, skill));
            }
        }
    }

    /**
     * Turns messy resume text into one comparable form: common UTF-8-read-as-Windows-1252 sequences
     * repaired, NFKC (full-width letters, ligatures, non-breaking spaces), lower case, bullets and
     * dashes as spaces, curly quotes as straight ones, single spaces. Role-model phrases and skill
     * aliases go through the same function, so both sides of a match agree.
     */
    static final class TextNormalizer {

        // Mojibake of the punctuation resumes use most; repaired before NFKC because it is case-sensitive.
        private static final Map<String, String> MOJIBAKE = Map.ofEntries(
                Map.entry("â€¢", "•"), Map.entry("â€“", "–"), Map.entry("â€”", "—"),
                Map.entry("â€™", "'"), Map.entry("â€˜", "'"), Map.entry("â€œ", "\""),
                Map.entry("â€\u009d", "\""), Map.entry("â€¦", "..."), Map.entry("â–ª", "▪"),
                Map.entry("Â\u00a0", " "), Map.entry("Â ", " "));
        private static final Pattern MOJIBAKE_PATTERN = Pattern.compile(
                String.join("|", MOJIBAKE.keySet().stream().sorted().map(Pattern::quote).toList()));
        private static final Pattern BULLETS_AND_DASHES =
                Pattern.compile("[•▪▫●◦‣∙·■□►▶▸➢➤✓✔✗★☆*\\-‐‑‒–—―−_|]");
        private static final Pattern QUOTES = Pattern.compile("[‘’‚‛′`´]");
        private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\p{Cc}\\p{Cf}]+");
        private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

        private TextNormalizer() {
        }

        static String normalize(String raw) {
            if (raw == null || raw.isEmpty()) {
                return "";
            }
            Matcher mojibake = MOJIBAKE_PATTERN.matcher(raw);
            String text = mojibake.replaceAll(m -> Matcher.quoteReplacement(MOJIBAKE.get(m.group())));
            text = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
            text = BULLETS_AND_DASHES.matcher(text).replaceAll(" ");
            text = QUOTES.matcher(text).replaceAll("'");
            return SPACES.matcher(text).replaceAll(" ").trim();
        }

        static int wordCount(String normalized) {
            Matcher words = WORD.matcher(normalized);
            int count = 0;
            while (words.find()) {
                count++;
            }
            return count;
        }
    }
}
