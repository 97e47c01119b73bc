package nl.zorgtafel.minutes;

import static nl.zorgtafel.minutes.Xhtml.text;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The plain-language letter (B1) for the young person or parents: what was agreed and who will
 * contact them, drafted from the actions only (never from what partners shared), for the chair
 * to edit before it is sent.
 */
final class LetterDraft {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"));

    private LetterDraft() {
    }

    static String from(MinutesRepository.LetterFacts facts, String chairName) {
        var text = new StringBuilder();
        text.append("Beste,\n\n");
        text.append("Op ").append(DAY.format(facts.sessionDate().atZone(MinutesHtml.NETHERLANDS)))
                .append(" hebben organisaties die met je werken samen gepraat. ")
                .append("We willen dat het goed met je gaat en dat je veilig bent. Dit hebben we afgesproken:\n\n");
        if (facts.actions().isEmpty()) {
            text.append("- We hebben nog geen nieuwe afspraken gemaakt.\n");
        }
        for (var action : facts.actions()) {
            text.append("- ").append(action.organisation()).append(": ").append(action.description())
                    .append(". Dit gebeurt voor ").append(DAY.format(action.deadline())).append(".\n");
        }
        text.append("\nWie neemt contact met je op?\n")
                .append(facts.responsiblePartner()).append(" neemt contact met je op om dit samen te bespreken.\n\n")
                .append("Heb je vragen? Neem dan contact op met ").append(facts.responsiblePartner())
                .append(facts.partnerEmail() == null ? "" : " (" + facts.partnerEmail() + ")").append(".\n\n")
                .append("Met vriendelijke groet,\n").append(chairName == null ? "" : chairName + "\n")
                .append("namens de zorgtafel\n");
        return text.toString();
    }

    static String html(String letter) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\">"
                + "<head><title>Wat we hebben afgesproken</title><style>"
                + "@page { size: A4; margin: 25mm 22mm 22mm 22mm; @bottom-right { content: \"pagina \" counter(page) "
                + "\" van \" counter(pages); font-family: 'DejaVu Sans'; font-size: 8pt; } }"
                + "body { font-family: 'DejaVu Sans'; font-size: 12pt; line-height: 1.5; }"
                + "h1 { font-size: 16pt; } p { margin: 0 0 8pt 0; }</style></head><body>"
                + "<h1>Wat we hebben afgesproken</h1>"
                + paragraphs(letter) + "</body></html>";
    }

    private static String paragraphs(String letter) {
        var out = new StringBuilder();
        for (String paragraph : letter.replace("\r\n", "\n").split("\n\\s*\n")) {
            out.append("<p>").append(text(paragraph).replace("\n", "<br/>")).append("</p>");
        }
        return out.toString();
    }
}
