package nl.zorgtafel.meeting;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.pdf.PdfRenderer;
import nl.zorgtafel.base.ui.Translations;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;

/**
 * The agenda as a one-page PDF/A for the person who downloads it: what their agenda screen shows
 * (the access rule of {@link AgendaService#agenda}), with clock times, chair and secretary.
 */
@Service
public class AgendaPdfService {

    private final AgendaService agendas;
    private final AgendaRepository repository;
    private final PdfRenderer pdf;
    private final Translations translations;
    private final CurrentUser currentUser;
    private final AccessService access;

    AgendaPdfService(AgendaService agendas, AgendaRepository repository, PdfRenderer pdf, Translations translations,
            CurrentUser currentUser, AccessService access) {
        this.access = access;
        this.agendas = agendas;
        this.repository = repository;
        this.pdf = pdf;
        this.translations = translations;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
    public byte[] agendaPdf(long meetingId) {
        MeetingAgenda agenda = agendas.agenda(meetingId);
        var user = currentUser.require();
        String recipient = user.displayName() + " (" + user.organisationName() + ")";
        return pdf.render(AgendaPdf.html(repository.heading(meetingId), agenda, recipient, access.tableAccess().lead(),
                (key, params) -> translations.getTranslation(key, Translations.DUTCH, params)));
    }
}
