package nl.zorgtafel.casefile.ui;

import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.casefile.CaseIntake;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.casefile.IntakeService;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.casefile.WordingHints;
import nl.zorgtafel.party.CareTableService;
import nl.zorgtafel.party.Municipality;
import nl.zorgtafel.party.OrganisationService;
import nl.zorgtafel.party.OrganisationSummary;
import nl.zorgtafel.security.Roles;

/**
 * Casus inbrengen (product.md F-2): anonymous first, the named part only when chosen, facts
 * before the question. The form is bound to an {@link IntakeForm} by a {@link Binder}; the
 * service checks the rules and every refused field is marked at once. Editing a draft or a case
 * returned for more information goes through the same form.
 */
@Route("casus-inbrengen")
@Menu(order = 20, title = "nav.casus-inbrengen", icon = "vaadin:plus-circle")
@RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
class IntakeView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final IntakeFields fields;
    final Div namedSection = new Div();
    final Div wordingHint = new Div();
    final Div acuteBanner = new Div();
    final Button saveDraft = new Button();
    final Button submit = new Button();
    final Binder<IntakeForm> binder = new Binder<>();

    private final CaseService cases;
    private final IntakeService intakes;
    private final Map<Long, Municipality> municipalities;
    private final Map<Long, OrganisationSummary> organisations;
    private IntakeForm form = new IntakeForm();
    private Long caseId;
    private int version;
    private boolean hintDismissed;

    IntakeView(CaseService cases, IntakeService intakes, CareTableService tables, OrganisationService organisations) {
        this.cases = cases;
        this.intakes = intakes;
        this.municipalities = tables.municipalities().stream()
                .collect(Collectors.toMap(Municipality::id, m -> m));
        this.organisations = organisations.active().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, o -> o));
        this.fields = new IntakeFields(tables.municipalities(), organisations.active());
        setMaxWidth("60rem");
        var consultationLink = new RouterLink(getTranslation("consultation.link"), ConsultationView.class);
        consultationLink.setId("consultation-link");
        add(new H2(getTranslation("nav.casus-inbrengen")), new Paragraph(getTranslation("intake.intro")),
                consultationLink);

        var namedForm = new FormLayout(fields.legalBasis, fields.conflictOfDuties, fields.consentGivenBy,
                fields.consentDate, fields.name, fields.dateOfBirth, fields.address, fields.bsn);
        namedForm.setColspan(fields.conflictOfDuties, 2);
        namedSection.add(new Paragraph(getTranslation("intake.named.note")), namedForm);
        namedSection.setVisible(false);
        fields.named.addValueChangeListener(e -> namedSection.setVisible(Boolean.TRUE.equals(e.getValue())));

        acuteBanner.setId("acute-banner");
        acuteBanner.addClassName("acute-banner");
        acuteBanner.getElement().setAttribute("role", "alert");
        acuteBanner.setText(getTranslation("intake.acute"));
        acuteBanner.setVisible(false);
        fields.urgency.addValueChangeListener(e -> acuteBanner.setVisible(e.getValue() == Urgency.ACUUT));

        wordingHint.setId("wording-hint");
        wordingHint.addClassName("wording-hint");
        wordingHint.getElement().setAttribute("role", "status");
        wordingHint.setVisible(false);
        fields.signals.addValueChangeListener(e -> updateWordingHint());
        fields.question.addValueChangeListener(e -> updateWordingHint());

        var about = new FormLayout(fields.age, fields.ageBand, fields.gender, fields.municipalities,
                fields.livingSituation, fields.daytimeActivity, fields.role);
        about.setColspan(fields.municipalities, 2);
        about.setColspan(fields.role, 2);

        saveDraft.setText(getTranslation("intake.save-draft"));
        saveDraft.setId("intake-save-draft");
        saveDraft.addClickListener(e -> save(false));
        submit.setText(getTranslation("intake.submit"));
        submit.setId("intake-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> save(true));

        fields.bind(binder);
        binder.readBean(form);
        add(fields.urgency, acuteBanner, fields.named, namedSection,
                section("intake.section.young-person", about),
                section("intake.section.exploitation", new VerticalLayout(fields.forms, fields.online,
                        fields.vulnerabilities)),
                section("intake.section.signals", new VerticalLayout(fields.signals, fields.question, wordingHint)),
                section("intake.section.involved", new VerticalLayout(fields.involved, fields.youngPersonInformed,
                        fields.youngPersonNotInformed, fields.parentsInformed, fields.parentsNotInformed,
                        fields.voice)),
                new HorizontalLayout(saveDraft, submit));
    }

    private Details section(String titleKey, Component content) {
        var details = new Details(getTranslation(titleKey), content);
        details.setOpened(true);
        details.setWidthFull();
        return details;
    }

    private void updateWordingHint() {
        if (hintDismissed) {
            return;
        }
        var hints = WordingHints.check(fields.signals.getValue() + "\n" + fields.question.getValue());
        wordingHint.removeAll();
        wordingHint.setVisible(!hints.isEmpty());
        if (!hints.isEmpty()) {
            hints.forEach(h -> wordingHint.add(new Paragraph(getTranslation("intake.hint", h.term(), h.suggestion()))));
            var dismiss = new Button(getTranslation("intake.hint.dismiss"), e -> {
                hintDismissed = true;
                wordingHint.setVisible(false);
            });
            dismiss.setId("wording-hint-dismiss");
            dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            wordingHint.add(dismiss);
        }
    }

    /** What the form holds now, as the service takes it. */
    CaseIntake intake() {
        binder.writeBeanAsDraft(form, true);
        return form.toIntake(caseId, version);
    }

    private void save(boolean andSubmit) {
        try {
            long id = andSubmit ? intakes.saveAndSubmit(intake()) : intakes.save(intake());
            FormFeedback.notify(this, getTranslation(andSubmit ? "intake.submitted" : "intake.draft-saved"),
                    NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(CaseFilePage.class, id);
        } catch (FieldRefusal e) {
            FormFeedback.show(e, fields.byRuleName(), this);
        } catch (StaleEdit e) {
            FormFeedback.notify(this, getTranslation("case.conflict"), NotificationVariant.LUMO_ERROR);
        }
    }

    /** With an id: continue a draft (or a case returned for more information). */
    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            return;
        }
        CaseIntake stored = cases.open(id).intake();
        caseId = id;
        version = stored.version();
        form = IntakeForm.of(stored, municipalities::get, organisations::get);
        binder.readBean(form);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.casus-inbrengen");
    }
}
