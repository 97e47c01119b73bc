package nl.zorgtafel.casefile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Terms the field has abandoned, with better words (product.md F-2). Used as a gentle note while
 * typing, never to block: the professional decides.
 */
public final class WordingHints {

    /** An abandoned term found in a text and what to say instead. */
    public record Hint(String term, String suggestion) {
    }

    private static final Map<Pattern, Hint> TERMS = new LinkedHashMap<>();

    static {
        add("loverboys?", "loverboy", "uitbuiter of mensenhandelaar");
        add("kinderprostitu(e|é)e?s?|kinderprostitutie", "kinderprostitutie",
                "uitbuiting van een kind in de prostitutie");
        add("(jeugd|tiener)prostituee?s?", "jeugdprostituee", "slachtoffer van seksuele uitbuiting");
        add("prostitueert zich|biedt zich aan", "prostitueert zich", "wordt seksueel uitgebuit");
        add("vrijwillig(e)? prostitutie", "vrijwillige prostitutie",
                "bij minderjarigen is er altijd sprake van uitbuiting");
        add("zelf (gekozen|schuld)|eigen schuld|vraagt erom", "eigen schuld",
                "beschrijf wat er gebeurde, zonder schuld bij de jongere te leggen");
    }

    private WordingHints() {
    }

    private static void add(String regex, String term, String suggestion) {
        TERMS.put(Pattern.compile("\\b(" + regex + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                new Hint(term, suggestion));
    }

    /** The hints for a text, in a fixed order, each at most once. */
    public static List<Hint> check(String text) {
        List<Hint> hints = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return hints;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        TERMS.forEach((pattern, hint) -> {
            if (pattern.matcher(lower).find()) {
                hints.add(hint);
            }
        });
        return hints;
    }
}
