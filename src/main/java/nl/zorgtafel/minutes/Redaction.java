package nl.zorgtafel.minutes;

import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Blacks out known identifying terms in free text, whatever their case, longest first. */
final class Redaction implements UnaryOperator<String> {

    static final String MARK = "[…]";

    private final List<Pattern> patterns;

    Redaction(Collection<String> terms) {
        this.patterns = terms.stream().filter(t -> t != null && !t.isBlank())
                .sorted((a, b) -> b.length() - a.length())
                .map(t -> Pattern.compile(Pattern.quote(t), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    @Override
    public String apply(String text) {
        if (text == null || patterns.isEmpty()) {
            return text;
        }
        String result = text;
        for (Pattern pattern : patterns) {
            result = pattern.matcher(result).replaceAll(java.util.regex.Matcher.quoteReplacement(MARK));
        }
        return result;
    }
}
