package nl.zorgtafel.minutes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A rough B1 check of a letter's text, for the chair while editing and for the tests of the
 * draft: sentences longer than {@link #MAX_WORDS} words, and words of the table's own trade that a
 * young person (often with an LVB) does not know or should not read about themselves. A hint, not
 * a rule: the chair decides.
 */
public final class PlainLanguage {

    /** Common B1 guidance keeps sentences to about 10–15 words. */
    public static final int MAX_WORDS = 15;

    /**
     * Trade words, matched case-insensitively at the start of a word (so plurals count too). Data
     * about Dutch, not UI text: the hint shows the chair the words as they typed them.
     */
    static final List<String> TRADE_WORDS = List.of("casus", "casuïstiek", "zorgtafel", "actiehouder", "inbreng",
            "agendapunt", "deelnemer", "escal", "opvolging", "ketenpartner", "multidisciplinair", "convenant",
            "verantwoordelijke partner", "zitting", "triage", "signalering", "mensenhandel", "uitbuiting",
            "zorgcoördinatie", "gecertificeerde instelling");
    /** Abbreviations, matched as whole words with their capitals ("OM" is jargon, "om" is not). */
    static final List<String> ABBREVIATIONS = List.of("AVIM", "LVB", "GGZ", "OM", "GI", "CSG", "VT", "RvdK", "ZSM");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern WORDLIKE = Pattern.compile(".*[\\p{L}\\p{N}].*");

    /** What the check found; {@link #clean()} when nothing. */
    public record Findings(List<String> longSentences, List<String> tradeWords) {

        public Findings {
            longSentences = List.copyOf(longSentences);
            tradeWords = List.copyOf(tradeWords);
        }

        public boolean clean() {
            return longSentences.isEmpty() && tradeWords.isEmpty();
        }
    }

    private PlainLanguage() {
    }

    public static Findings check(String text) {
        List<String> tooLong = sentences(text).stream().filter(s -> words(s) > MAX_WORDS).toList();
        return new Findings(tooLong, tradeWords(text));
    }

    /** Each line is at least one sentence (list items and headings have no full stop). */
    static List<String> sentences(String text) {
        List<String> sentences = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            for (String sentence : SENTENCE_END.split(line.strip())) {
                if (words(sentence) > 0) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return sentences;
    }

    /** Words are whitespace-separated pieces with a letter or digit ("-" bullets do not count). */
    static int words(String sentence) {
        int count = 0;
        for (String piece : WHITESPACE.split(sentence.strip())) {
            if (WORDLIKE.matcher(piece).matches()) {
                count++;
            }
        }
        return count;
    }

    /** The trade words in the text, each once, in the list's order. */
    static List<String> tradeWords(String text) {
        String value = text == null ? "" : text;
        String lower = value.toLowerCase(Locale.ROOT);
        var found = new LinkedHashSet<String>();
        for (String word : TRADE_WORDS) {
            if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word)).matcher(lower).find()) {
                found.add(word);
            }
        }
        for (String abbreviation : ABBREVIATIONS) {
            if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(abbreviation) + "(?![\\p{L}\\p{N}])")
                    .matcher(value).find()) {
                found.add(abbreviation);
            }
        }
        return List.copyOf(found);
    }
}
