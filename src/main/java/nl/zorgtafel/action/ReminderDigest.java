package nl.zorgtafel.action;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.config.ZorgtafelProperties;
import nl.zorgtafel.base.ui.Translations;
import nl.zorgtafel.mail.OutboxService;
import nl.zorgtafel.mail.OutgoingMail;
import nl.zorgtafel.security.Roles;

/**
 * The daily reminder: one mail per person with how many of their (or their organisation's)
 * actions fall due within the next days and how many are overdue, how many of the
 * organisation's cases need consent asked again (the young person turned 16 or 18), and links.
 * No case code, description or name: the content stays in the application. Days are counted
 * in Europe/Amsterdam by the injectable clock; a person gets at most one digest a day. The text
 * is Dutch: the recipient's language is not known here.
 */
@Service
public class ReminderDigest {

    private final ActionRepository repository;
    private final ActionService actions;
    private final OutboxService outbox;
    private final Translations translations;
    private final int daysAhead;
    private final String baseUrl;

    ReminderDigest(ActionRepository repository, ActionService actions, OutboxService outbox,
            Translations translations, ZorgtafelProperties properties) {
        this.repository = repository;
        this.actions = actions;
        this.outbox = outbox;
        this.translations = translations;
        this.daysAhead = properties.actions().reminderDays();
        this.baseUrl = properties.baseUrl();
    }

    /** Queues today's digests; returns how many people get one. Run by the system each morning. */
    @Transactional
    @RolesAllowed(Roles.BEHEERDER)
    public int sendToday() {
        LocalDate today = actions.today();
        Map<Long, List<ActionRepository.DigestLine>> perPerson = repository.dueBy(today.plusDays(daysAhead)).stream()
                .collect(Collectors.groupingBy(ActionRepository.DigestLine::personId));
        Map<Long, List<ActionRepository.ConsentLine>> consents = repository.consentRecheckDue(today).stream()
                .collect(Collectors.groupingBy(ActionRepository.ConsentLine::personId));
        Map<Long, String> emails = new java.util.HashMap<>();
        perPerson.values().forEach(lines -> emails.put(lines.getFirst().personId(), lines.getFirst().email()));
        consents.values().forEach(lines -> emails.put(lines.getFirst().personId(), lines.getFirst().email()));
        int sent = 0;
        for (var person : emails.entrySet()) {
            if (!repository.markDigest(person.getKey(), today)) {
                continue;
            }
            var deadlines = perPerson.getOrDefault(person.getKey(), List.of()).stream().collect(Collectors.toMap(
                    ActionRepository.DigestLine::actionId, ActionRepository.DigestLine::deadline, (a, b) -> a));
            long overdue = deadlines.values().stream().filter(d -> d.isBefore(today)).count();
            long dueSoon = deadlines.size() - overdue;
            long consent = consents.getOrDefault(person.getKey(), List.of()).stream()
                    .map(ActionRepository.ConsentLine::caseId).distinct().count();
            outbox.enqueue(mail(person.getValue(), today, overdue, dueSoon, consent));
            sent++;
        }
        return sent;
    }

    private OutgoingMail mail(String to, LocalDate today, long overdue, long dueSoon, long consent) {
        var day = DateTimeFormatter.ofPattern(text("mail.digest.date-pattern"), Translations.DUTCH);
        var body = new StringBuilder(text("mail.digest.intro", day.format(today))).append('\n');
        if (overdue > 0) {
            body.append(text("mail.digest.overdue", overdue)).append('\n');
        }
        if (dueSoon > 0) {
            body.append(text("mail.digest.due-soon", dueSoon, daysAhead)).append('\n');
        }
        if (consent > 0) {
            body.append(text("mail.digest.consent", consent, baseUrl + "/")).append('\n');
        }
        body.append('\n').append(text("mail.digest.link", baseUrl + "/mijn-acties")).append('\n')
                .append('\n').append(text("mail.digest.footer")).append('\n');
        String html = "<p>" + HtmlUtils.htmlEscape(body.toString()).replace("\n", "<br>") + "</p>";
        return new OutgoingMail(to, text("mail.digest.subject"), body.toString(), html, null, null);
    }

    private String text(String key, Object... parameters) {
        return translations.getTranslation(key, Translations.DUTCH, parameters);
    }
}
