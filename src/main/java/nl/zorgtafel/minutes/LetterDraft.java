package nl.zorgtafel.minutes;

import static nl.zorgtafel.base.pdf.Xhtml.text;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The plain-language letter (B1) for the young person or parents: what was agreed, by when, and
 * who will contact them, drafted from the actions only (never from what partners shared), for
 * the chair to edit before it is sent. Short sentences that say "je", one idea each; the
 * organisations by plain names ({@code letter-organisation.TYPE}); every sentence from the
 * resource bundle. The greeting is not part of the text: it carries the young person's name,
 * which is looked up (and audited) each time the letter is shown, never stored with it.
 */
final class LetterDraft {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"));

    /** The Dutch wording of a bundle key with its parameters. */
    @FunctionalInterface
    interface Wording {
        String text(String key, Object... params);
    }

    private LetterDraft() {
    }

    static String from(LetterFacts facts, String chairName, Wording wording) {
        var out = new StringBuilder();
        out.append(wording.text("letter.intro.when", DAY.format(facts.sessionDate().atZone(MinutesHtml.NETHERLANDS))))
                .append('\n').append(wording.text("letter.intro.who"))
                .append('\n').append(wording.text("letter.intro.why"))
                .append('\n').append(wording.text("letter.intro.safe")).append("\n\n");
        if (facts.actions().isEmpty()) {
            out.append(wording.text("letter.agreed.none")).append("\n\n");
        } else {
            out.append(wording.text("letter.agreed"));
            for (var action : facts.actions()) {
                out.append("\n- ").append(wording.text("letter.action", capitalised(plainName(action.party(), wording)),
                        sentence(action.description())))
                        .append(' ').append(wording.text("letter.action.deadline", DAY.format(action.deadline())));
            }
            out.append("\n\n");
        }
        out.append(wording.text("letter.contact.heading")).append('\n');
        String partner = plainName(facts.partner(), wording);
        var contact = facts.contact();
        if (contact != null) {
            out.append(wording.text("letter.contact.person", contact.name(), partner));
            if (contact.phone() != null) {
                out.append('\n').append(wording.text("letter.contact.phone", contact.name(), contact.phone()))
                        .append('\n').append(wording.text("letter.contact.question", contact.name()));
            }
        } else {
            out.append(wording.text("letter.contact.partner", capitalised(partner)));
        }
        if (contact == null || contact.phone() == null) {
            out.append('\n').append(facts.partner().phone() == null
                    ? wording.text("letter.contact.partner.ask", partner)
                    : wording.text("letter.contact.partner.phone", partner, facts.partner().phone()));
        }
        out.append("\n\n").append(wording.text("letter.closing"));
        if (chairName != null) {
            out.append('\n').append(chairName);
        }
        out.append('\n').append(wording.text("letter.signature")).append('\n');
        return out.toString();
    }

    /**
     * How the young person knows an organisation: "de politie", "je school" (the bundle's
     * {@code letter-organisation.TYPE}, which may use the organisation's own name as {0}).
     */
    static String plainName(LetterFacts.Party party, Wording wording) {
        return wording.text("letter-organisation." + party.type().name(), party.name());
    }

    /** The letter as XHTML: title, greeting, then the text with its paragraphs, line breaks and "- " lists. */
    static String html(String greeting, String letter, Wording wording) {
        String title = text(wording.text("letter.title"));
        String pages = wording.text("letter.page", "\" counter(page) \"", "\" counter(pages) \"");
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\">"
                + "<head><title>" + title + "</title><style>"
                + "@page { size: A4; margin: 25mm 22mm 22mm 22mm; @bottom-right { content: \"" + pages + "\"; "
                + "font-family: 'DejaVu Sans'; font-size: 8pt; } }"
                + "body { font-family: 'DejaVu Sans'; font-size: 12pt; line-height: 1.5; }"
                + "h1 { font-size: 16pt; } p { margin: 0 0 10pt 0; } ul { margin: 0 0 10pt 0; padding-left: 16pt; }"
                + "li { margin: 0 0 4pt 0; }</style></head><body>"
                + "<h1>" + title + "</h1><p>" + text(greeting) + "</p>"
                + paragraphs(letter) + "</body></html>";
    }

    /** Blank lines part paragraphs; within one, "- " lines become a list, other lines stay lines. */
    private static String paragraphs(String letter) {
        var out = new StringBuilder();
        for (String paragraph : letter.replace("\r\n", "\n").strip().split("\n\\s*\n")) {
            boolean inList = false;
            boolean inProse = false;
            for (String line : paragraph.split("\n")) {
                boolean item = line.startsWith("- ");
                if (item && !inList) {
                    out.append(inProse ? "</p>" : "").append("<ul>");
                    inProse = false;
                } else if (!item && !inProse) {
                    out.append(inList ? "</ul>" : "").append("<p>");
                    inList = false;
                } else if (!item) {
                    out.append("<br/>");
                }
                out.append(item ? "<li>" + text(line.substring(2).strip()) + "</li>" : text(line));
                inList = item;
                inProse = !item;
            }
            out.append(inList ? "</ul>" : "").append(inProse ? "</p>" : "");
        }
        return out.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** A description as the end of a sentence: trimmed, with one full stop. */
    private static String sentence(String description) {
        String s = description.strip();
        while (!s.isEmpty() && ".!?;:,".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s + ".";
    }
}
