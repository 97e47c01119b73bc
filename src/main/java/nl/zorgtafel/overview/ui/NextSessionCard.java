package nl.zorgtafel.overview.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;

import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.meeting.NextSession;
import nl.zorgtafel.meeting.ui.AgendaView;
import nl.zorgtafel.meeting.ui.MeetingsView;

/**
 * The table's next session on the Overzicht: when, whether the agenda fits, how long until the
 * cut-off, whether invitations went out and how many answered (for the leads), and the person's
 * own answer; with the way to the agenda.
 */
class NextSessionCard extends Section {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm")
            .withZone(DutchTime.ZONE);

    NextSessionCard(NextSession next, boolean lead, Instant now) {
        setId("next-session");
        addClassName("workbench-card");
        var title = new H3(getTranslation("overview.session.title"));
        title.setId("next-session-title");
        getElement().setAttribute("aria-labelledby", "next-session-title");
        add(title);
        var meeting = next.meeting();
        var agenda = next.agenda();
        add(line("next-session-when", WHEN.withLocale(getLocale()).format(meeting.startsAt())));
        var fits = line("next-session-fits", getTranslation(agenda.overTime() ? "overview.session.over"
                : "overview.session.fits", agenda.plannedMinutes(), agenda.availableMinutes()));
        if (agenda.overTime()) {
            fits.getElement().getThemeList().add("badge error");
        }
        add(fits);
        add(line("next-session-cutoff", agenda.locked() ? getTranslation("overview.session.locked")
                : getTranslation("overview.session.cutoff", next.daysUntilCutOff(now))));
        if (lead) {
            add(line("next-session-invitations", !next.invitationsSent() ? getTranslation("overview.session.not-invited")
                    : getTranslation("overview.session.answers", next.answers().invited(), next.answers().answered())));
        }
        if (next.mine() != null) {
            add(line("next-session-mine", next.mine().response() == null ? getTranslation("overview.session.mine.none")
                    : getTranslation("overview.session.mine", getTranslation("rsvp." + next.mine().response()))));
        }
        var open = new RouterLink(getTranslation(lead ? "overview.session.prepare" : "overview.session.open"),
                AgendaView.class, meeting.id());
        open.setId("next-session-open");
        add(new Paragraph(open));
    }

    /** The card when no session is planned: the way to plan one. */
    static Section none(boolean lead) {
        var card = new Section();
        card.setId("next-session");
        card.addClassName("workbench-card");
        card.add(new H3(card.getTranslation("overview.session.title")),
                new Paragraph(card.getTranslation("overview.session.none")));
        if (lead) {
            var plan = new RouterLink(card.getTranslation("overview.session.plan"), MeetingsView.class);
            plan.setId("next-session-plan");
            card.add(new Paragraph(plan));
        }
        return card;
    }

    private static Paragraph line(String id, String text) {
        var line = new Paragraph(text);
        line.setId(id);
        return line;
    }
}
