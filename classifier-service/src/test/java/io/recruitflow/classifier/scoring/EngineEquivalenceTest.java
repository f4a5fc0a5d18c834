package io.recruitflow.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.recruitflow.classifier.rolemodel.RoleModel;
import io.recruitflow.classifier.rolemodel.Signal;
import io.recruitflow.contracts.skills.SkillNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The optimised engine against the regex engine it replaced ({@link ReferenceEngine}), on the
 * fixtures and on thousands of seeded random inputs built from the model's own phrases and skill
 * aliases mixed with the characters normalisation and word boundaries care about: bullets, dashes,
 * quotes, mojibake, NFKC forms, special lower cases, letters and numbers outside the BMP, lone
 * surrogates, format characters.
 */
class EngineEquivalenceTest {

    private static final String[] NOISE = {
        " ", "  ", "\t", "\n", "\r\n", ".", ",", ";", ":", "+", "#", "/", "(", ")", "'", "\"", "&",
        "•", "▪", "*", "-", "–", "—", "_", "|", "·", "‘", "’", "`", "´", "â€¢", "â€“", "â€™", "Â\u00a0", "Â ",
        "\u00a0", "\u2003", "\u200b", "\u00ad", "\u2028", "\u0000", "\u007f", "\u0085",
        "ＪＡＶＡ", "Ｃ#", "ﬁ", "e\u0301", "é", "Σ", "ΟΔΟΣ", "İ", "ẞ", "ı", "µ", "²", "Ⅻ", "٣", "½",
        "\ud801\udc00", "\ud840\udc00", "\ud835\udfd8", "\udb40\udc01", "\ud800", "\udc00", "x\ud800", "\udc00y",
        "API", "Api", "apis", "rapid", "back", "end", "BACK-END", "Node", "NODE.JS", ".NET", "dot", "net",
        "optimi", "zed", "s", "ing", "2", "24", "months", "Experience",
        // resume sections and the words around a title in free text
        "\nTechnical Skills:\n", "\nSKILLS\n", "\nEXPERIENCE\n", "\nHobbies\n", "Environment: ", "Skill Details\n",
        " - Experience - 24 months\n", " as a ", " the ", " with a ", " jr. ", " intern ", " I am a ", ". "
    };

    private final RoleModel model = RoleModel.standard();
    private final Classifier classifier = new Classifier(model);
    private final ReferenceEngine.Classifier reference = new ReferenceEngine.Classifier(model,
            classifier.resumeReader());
    private final List<String> vocabulary = vocabulary(model);

    @Test
    void classifiesEveryFixtureExactlyAsBefore() {
        Stream.of(Profiles.architectureFocusedEngineer(), Profiles.featureAndApiFocusedDeveloper(),
                Profiles.broadSeniorHybrid(), Profiles.frontEndOnly(), Profiles.dataScientist(), Profiles.nurse(),
                Profiles.empty(), Profiles.messyResume(), Profiles.typicalStructuredProfile(),
                Profiles.onePageResume()).map(CandidateView::from).forEach(view ->
                assertThat(classifier.classify(view)).isEqualTo(reference.classify(view)));
    }

    @Test
    void classifiesRandomProfilesExactlyAsBefore() {
        Random random = new Random(20250301);
        for (int i = 0; i < 1_500; i++) {
            CandidateView view = randomView(random);
            assertThat(classifier.classify(view)).as("case %d: %s", i, view).isEqualTo(reference.classify(view));
        }
    }

    @Test
    void normalisesAndCountsWordsExactlyAsBefore() {
        Random random = new Random(7);
        for (int i = 0; i < 30_000; i++) {
            String raw = text(random, 1 + random.nextInt(12));
            String expected = ReferenceEngine.TextNormalizer.normalize(raw);
            assertThat(TextNormalizer.normalize(raw)).as("normalize(%s)", escape(raw)).isEqualTo(expected);
            assertThat(TextNormalizer.normalize(raw, new NormalizedText()).words()).as("words of %s", escape(raw))
                    .isEqualTo(ReferenceEngine.TextNormalizer.wordCount(expected));
            assertThat(TextNormalizer.wordCount(expected)).as("wordCount(%s)", escape(expected))
                    .isEqualTo(ReferenceEngine.TextNormalizer.wordCount(expected));
            // raw text too: wordCount must agree on any string, not only on normalised ones
            assertThat(TextNormalizer.wordCount(raw)).isEqualTo(ReferenceEngine.TextNormalizer.wordCount(raw));
        }
    }

    /**
     * Every char of the BMP alone and where NFKC, lower case or word boundaries could make it behave
     * differently than alone: between letters, after Hangul jamo and syllables that compose with what
     * follows, and before a combining mark and a Hangul vowel.
     */
    @Test
    void normalisesEveryCharAsBefore() {
        String[][] contexts = {{"", ""}, {"A", "b"}, {"\u1100", ""}, {"\uac00", ""}, {"", "\u0301"}, {"e", "\u1161"}};
        NormalizedText normalized = new NormalizedText();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            for (String[] context : contexts) {
                String raw = context[0] + (char) c + context[1];
                String expected = ReferenceEngine.TextNormalizer.normalize(raw);
                TextNormalizer.normalize(raw, normalized);
                if (!normalized.toString().equals(expected)
                        || normalized.words() != ReferenceEngine.TextNormalizer.wordCount(expected)) {
                    assertThat(normalized.toString() + " / " + normalized.words()).as("normalize(%s)", escape(raw))
                            .isEqualTo(expected + " / " + ReferenceEngine.TextNormalizer.wordCount(expected));
                }
            }
        }
    }

    @Test
    void findsTheSameLeftmostMatchAsEachPhraseRegex() {
        PhraseIndex index = new PhraseIndex();
        List<Integer> ids = new ArrayList<>();
        for (Signal signal : signals(model)) {
            signal.phrases().forEach(p -> ids.add(index.add(Phrase.of(p))));
        }
        SkillNames.standard().aliases().keySet().stream().sorted()
                .map(ReferenceEngine.TextNormalizer::normalize).filter(a -> !a.isEmpty())
                .forEach(a -> ids.add(index.add(Phrase.literal(a))));
        index.seal();
        PhraseIndex.Matches matches = index.newMatches();
        NormalizedText normalized = new NormalizedText();
        Random random = new Random(11);
        for (int i = 0; i < 2_000; i++) {
            String raw = text(random, 2 + random.nextInt(20));
            String text = ReferenceEngine.TextNormalizer.normalize(raw);
            // the runs the normaliser records on its way, or those found in already normalised text
            if (i % 2 == 0) {
                TextNormalizer.normalize(raw, normalized);
            } else {
                normalized.set(text);
            }
            index.scan(normalized, matches);
            for (int id = 0; id < index.size(); id++) {
                Matcher regex = index.phrase(id).pattern().matcher(text);
                String expected = regex.find() ? regex.group() : null;
                assertThat(index.find(id, matches)).as("%s in '%s'", index.phrase(id), escape(text))
                        .isEqualTo(expected);
            }
        }
    }

    private CandidateView randomView(Random random) {
        List<CandidateView.Skill> skills = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            List<String> keywords = new ArrayList<>();
            for (int k = random.nextInt(3); k > 0; k--) {
                keywords.add(text(random, 1 + random.nextInt(2)));
            }
            String name = random.nextBoolean() ? pick(random, vocabulary) : text(random, 1);
            skills.add(new CandidateView.Skill(SkillNames.standard().canonical(name), keywords));
        }
        List<CandidateView.Work> work = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            List<String> highlights = new ArrayList<>();
            for (int h = random.nextInt(5); h > 0; h--) {
                highlights.add(text(random, 2 + random.nextInt(10)));
            }
            work.add(new CandidateView.Work(text(random, 1 + random.nextInt(4)), text(random, random.nextInt(8)),
                    highlights));
        }
        List<String> areas = random.nextInt(3) == 0 ? List.of(text(random, 2)) : List.of();
        String resume = random.nextInt(3) == 0 ? text(random, 20 + random.nextInt(150)) : null;
        return new CandidateView(skills, text(random, random.nextInt(5)), text(random, random.nextInt(15)), work,
                areas, null, resume);
    }

    /** {@code parts} pieces: model phrases and aliases (in random case), noise, separators. */
    private String text(Random random, int parts) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            String part = random.nextInt(3) == 0 ? pick(random, List.of(NOISE)) : pick(random, vocabulary);
            text.append(switch (random.nextInt(4)) {
                case 0 -> part.toUpperCase();
                case 1 -> part.replace(' ', random.nextBoolean() ? '-' : '\u00a0');
                default -> part;
            });
            text.append(random.nextInt(4) == 0 ? pick(random, List.of(NOISE)) : " ");
        }
        return text.toString();
    }

    private static List<String> vocabulary(RoleModel model) {
        List<String> words = new ArrayList<>();
        for (Signal signal : signals(model)) {
            for (String phrase : signal.phrases()) {
                words.add(phrase.replace("*", ""));
                words.add(phrase.replace("*", "ed"));
                words.add(phrase.replace("*", "ing"));
            }
            words.addAll(signal.skills());
        }
        words.addAll(SkillNames.standard().aliases().keySet().stream().sorted().toList());
        return words;
    }

    private static List<Signal> signals(RoleModel model) {
        return Stream.of(model.engineer(), model.developer(), model.core()).flatMap(List::stream).toList();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c)
                : String.format("\\u%04x", c)));
        return out.toString();
    }
}
