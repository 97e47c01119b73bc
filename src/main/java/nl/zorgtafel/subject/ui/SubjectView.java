package nl.zorgtafel.subject.ui;

import java.time.LocalDate;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.base.ui.LocalDatePicker;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.party.OrganisationService;
import nl.zorgtafel.party.OrganisationSummary;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.subject.RequestKind;
import nl.zorgtafel.subject.SubjectCase;
import nl.zorgtafel.subject.SubjectDecision;
import nl.zorgtafel.subject.SubjectMatch;
import nl.zorgtafel.subject.SubjectService;

/**
 * Rechten van betrokkene: the chair looks a young person up by name and date of birth (matched by
 * keyed hash on the server), records the responsible partner's decision on their request and
 * carries it out: export as PDF and JSON, restrict, lift the restriction, or erase. Destructive
 * steps ask for confirmation; refusals show at their fields; the table's earlier requests list below.
 */
@Route("betrokkene")
@Menu(order = 82, title = "nav.betrokkene", icon = "vaadin:user-card")
@RolesAllowed(Roles.VOORZITTER)
class SubjectView extends VerticalLayout implements HasDynamicTitle {


    final TextField name = new TextField();
    final LocalDatePicker birth = new LocalDatePicker();
    final Button find = new Button();
    final Paragraph result = new Paragraph();
    final Grid<SubjectCase> cases = new Grid<>();
    final Div decision = new Div();
    final Select<RequestKind> kind = new Select<>();
    final ComboBox<OrganisationSummary> responsible = new ComboBox<>();
    final TextField decidedBy = new TextField();
    final LocalDatePicker decidedOn = new LocalDatePicker();
    final TextArea reason = new TextArea();
    final Button execute = new Button();
    final HorizontalLayout downloads = new HorizontalLayout();
    final SubjectRequestsGrid requests;

    private final SubjectService subjects;
    private final Binder<DecisionForm> binder = new Binder<>();
    private SubjectMatch match;

    SubjectView(SubjectService subjects, OrganisationService organisations) {
        this.subjects = subjects;
        this.requests = new SubjectRequestsGrid(subjects);
        name.setId("subject-name");
        name.setLabel(getTranslation("subject.name"));
        name.setMaxLength(200);
        name.setWidth("20rem");
        birth.setId("subject-birth");
        birth.setLabel(getTranslation("subject.birth"));
        birth.setMax(LocalDate.now(DutchTime.ZONE));
        find.setId("subject-find");
        find.setText(getTranslation("subject.find"));
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        find.addClickListener(e -> find());
        var lookup = new HorizontalLayout(name, birth, find);
        lookup.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        lookup.setWrap(true);

        result.setId("subject-result");
        result.getElement().setAttribute("aria-live", "polite");
        cases.setId("subject-cases");
        cases.addColumn(SubjectCase::code).setHeader(getTranslation("subject.case")).setAutoWidth(true);
        cases.addColumn(c -> getTranslation("case-status." + c.status())).setHeader(getTranslation("subject.status"))
                .setAutoWidth(true);
        cases.addColumn(SubjectCase::proposingOrganisation).setHeader(getTranslation("subject.proposer"))
                .setFlexGrow(2).setTooltipGenerator(SubjectCase::proposingOrganisation);
        cases.addColumn(this::marks).setHeader(getTranslation("subject.marks")).setFlexGrow(2);
        cases.setAllRowsVisible(true);
        cases.setVisible(false);

        decision.setId("subject-decision");
        decision.add(new H3(getTranslation("subject.decision")), new Paragraph(getTranslation("subject.decision.explain")),
                decisionForm(organisations), downloads);
        decision.setVisible(false);
        downloads.setId("subject-downloads");
        downloads.setVisible(false);

        add(new H2(getTranslation("nav.betrokkene")), new Paragraph(getTranslation("subject.explain")), lookup, result,
                cases, decision, new H3(getTranslation("subject.requests")), requests);
        setMaxWidth("64rem");
    }

    private VerticalLayout decisionForm(OrganisationService organisations) {
        kind.setId("subject-kind");
        kind.setLabel(getTranslation("subject.kind"));
        kind.setItems(RequestKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("subject.kind." + k));
        responsible.setId("subject-responsible");
        responsible.setLabel(getTranslation("subject.responsible"));
        responsible.setItems(organisations.active());
        responsible.setItemLabelGenerator(OrganisationSummary::name);
        responsible.setHelperText(getTranslation("subject.responsible.help"));
        responsible.setWidth("24rem");
        decidedBy.setId("subject-decided-by");
        decidedBy.setLabel(getTranslation("subject.decided-by"));
        decidedBy.setHelperText(getTranslation("subject.decided-by.help"));
        decidedBy.setMaxLength(SubjectDecision.MAX_DECIDED_BY);
        decidedBy.setWidth("24rem");
        decidedOn.setId("subject-decided-on");
        decidedOn.setLabel(getTranslation("subject.decided-on"));
        decidedOn.setMax(LocalDate.now(DutchTime.ZONE));
        reason.setId("subject-reason");
        reason.setLabel(getTranslation("subject.reason"));
        reason.setHelperText(getTranslation("subject.reason.help"));
        reason.setMaxLength(SubjectDecision.MAX_REASON);
        reason.setWidthFull();
        binder.forField(kind).asRequired(getTranslation("subject.rule.kind")).bind(DecisionForm::getKind, DecisionForm::setKind);
        binder.forField(responsible).bind(DecisionForm::getResponsible, DecisionForm::setResponsible);
        binder.forField(decidedBy).bind(DecisionForm::getDecidedBy, DecisionForm::setDecidedBy);
        binder.forField(decidedOn).bind(DecisionForm::getDecidedOn, DecisionForm::setDecidedOn);
        binder.forField(reason).bind(DecisionForm::getReason, DecisionForm::setReason);
        execute.setId("subject-execute");
        execute.setText(getTranslation("subject.execute"));
        execute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        execute.addClickListener(e -> confirmAndExecute());
        var form = new VerticalLayout(kind, responsible, decidedBy, decidedOn, reason, execute);
        form.setPadding(false);
        return form;
    }

    private void find() {
        name.setInvalid(false);
        birth.setInvalid(false);
        // A new look-up forgets the previous one first: nothing may be done to cases the fields no longer name.
        match = null;
        result.setText("");
        cases.setVisible(false);
        decision.setVisible(false);
        downloads.setVisible(false);
        try {
            show(subjects.find(name.getValue(), birth.getValue()));
        } catch (FieldRefusal e) {
            FormFeedback.show(e, Map.of("name", name, "dateOfBirth", birth), this);
        }
    }

    private void show(SubjectMatch found) {
        this.match = found;
        String others = found.otherTables() == 0 ? "" : " " + getTranslation("subject.result.elsewhere", found.otherTables());
        result.setText(getTranslation(found.found() ? "subject.result" : "subject.result.none", found.cases().size()) + others);
        cases.setItems(found.cases());
        cases.setVisible(found.found());
        decision.setVisible(found.found());
        downloads.setVisible(false);
        var form = new DecisionForm();
        form.setDecidedOn(LocalDate.now(DutchTime.ZONE));
        if (found.found()) {
            long proposer = found.cases().getFirst().proposingOrganisationId();
            responsible.getListDataView().getItems().filter(o -> o.id() == proposer).findFirst()
                    .ifPresent(form::setResponsible);
        }
        binder.readBean(form);
    }

    private void confirmAndExecute() {
        var form = new DecisionForm();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        if (form.getKind() == RequestKind.INZAGE || form.getKind() == RequestKind.BEPERKING_OPGEHEVEN) {
            execute(form);
            return;
        }
        try {
            subjects.check(form.decision());
        } catch (FieldRefusal e) {
            FormFeedback.show(e, fields(), this);
            return;
        }
        var confirm = new ConfirmDialog(getTranslation("subject.confirm.title." + form.getKind(), match.cases().size()),
                getTranslation("subject.confirm.text." + form.getKind()), getTranslation("subject.confirm." + form.getKind()),
                e -> execute(form), getTranslation("edit.cancel"), e -> { });
        confirm.setId("subject-confirm");
        if (form.getKind() == RequestKind.WISSING) {
            confirm.setConfirmButtonTheme("error primary");
        }
        confirm.open();
    }

    private void execute(DecisionForm form) {
        var decided = form.decision();
        try {
            switch (form.getKind()) {
                case INZAGE -> {
                    subjects.recordInzage(match, decided);
                    showDownloads();
                }
                case BEPERKING -> subjects.restrict(match, decided);
                case BEPERKING_OPGEHEVEN -> subjects.liftRestriction(match, decided);
                case WISSING -> subjects.erase(match, decided);
            }
        } catch (FieldRefusal e) {
            FormFeedback.show(e, fields(), this);
            return;
        }
        FormFeedback.notify(this, getTranslation("subject.done." + form.getKind(), match.cases().size()),
                com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
        requests.refresh();
        if (form.getKind() == RequestKind.WISSING) {
            // Nothing is left to find: the form forgets the name too.
            name.clear();
            birth.clear();
            decision.setVisible(false);
            cases.setVisible(false);
            result.setText(getTranslation("subject.erased", match.cases().size()));
            match = null;
        } else if (form.getKind() != RequestKind.INZAGE) {
            find();
        }
    }

    private void showDownloads() {
        var current = match;
        var pdf = new Anchor((DownloadHandler) event -> {
            event.setFileName("inzage-betrokkene.pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(subjects.exportPdf(current));
        }, getTranslation("subject.export.pdf"));
        pdf.setId("subject-export-pdf");
        var json = new Anchor((DownloadHandler) event -> {
            event.setFileName("inzage-betrokkene.json");
            event.setContentType("application/json");
            subjects.exportJson(current, event.getOutputStream());
        }, getTranslation("subject.export.json"));
        json.setId("subject-export-json");
        downloads.removeAll();
        downloads.add(pdf, json);
        downloads.setVisible(true);
    }

    private Map<String, HasValidation> fields() {
        return Map.of("responsible", responsible, "decidedBy", decidedBy, "decidedOn", decidedOn, "reason", reason);
    }

    private String marks(SubjectCase c) {
        var parts = new java.util.ArrayList<String>();
        if (c.restrictedAt() != null) {
            parts.add(getTranslation("subject.marks.restricted", Dates.day(c.restrictedAt())));
        }
        if (c.held()) {
            parts.add(getTranslation("subject.marks.held"));
        }
        return String.join(" · ", parts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.betrokkene");
    }
}
