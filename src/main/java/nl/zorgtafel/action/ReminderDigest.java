package nl.zorgtafel.action;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.mail.OutboxService;
import nl.zorgtafel.mail.OutgoingMail;
import nl.zorgtafel.security.Roles;

/**
 * The daily reminder: one mail per person with how many of their (or their organisation's)
 * actions fall due within the next days and how many are overdue, how many of the
 * organisation's cases need consent asked again (the young person turned 16 or 18), and links.
 * No case code, description or name: the content stays in the application. Days are counted
 * in Europe/Amsterdam by the injectable clock; a person gets at most one digest a day.
 */
@Service
public class ReminderDigest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl"));

    private final ActionRepository repository;
    private final ActionService actions;
    private final OutboxService outbox;
    private final int daysAhead;
    private final String baseUrl;

    ReminderDigest(ActionRepository repository, ActionService actions, OutboxService outbox,
            @Value("${zorgtafel.actions.reminder-days:3}") int daysAhead,
            @Value("${zorgtafel.base-url:http://localhost:8080}") String baseUrl) {
        this.repository = repository;
        this.actions = actions;
        this.outbox = outbox;
        this.daysAhead = daysAhead;
        this.baseUrl = baseUrl;
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
        String link = baseUrl + "/mijn-acties";
        String text = "Overzicht van je acties op " + DAY.format(today) + ":\n"
                + (overdue > 0 ? "- " + overdue + (overdue == 1 ? " actie is" : " acties zijn")
                        + " over de deadline.\n" : "")
                + (dueSoon > 0 ? "- " + dueSoon + (dueSoon == 1 ? " actie verloopt" : " acties verlopen")
                        + " binnen " + daysAhead + " dagen.\n" : "")
                + (consent > 0 ? "- Bij " + consent + (consent == 1 ? " casus" : " casussen") + " van je organisatie "
                        + "moet de toestemming opnieuw worden gevraagd (de jongere werd 16 of 18); zie Overzicht: "
                        + baseUrl + "/\n" : "")
                + "\nBekijk en werk je acties bij in Mijn acties: " + link + "\n"
                + "\nDeze e-mail bevat bewust geen casusgegevens; alles staat in de applicatie.\n";
        String html = "<p>" + org.springframework.web.util.HtmlUtils.htmlEscape(text).replace("\n", "<br>") + "</p>";
        return new OutgoingMail(to, "Herinnering: je acties voor de zorgtafel", text, html, null, null);
    }
}
