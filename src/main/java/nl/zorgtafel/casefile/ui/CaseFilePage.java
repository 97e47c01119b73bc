package nl.zorgtafel.casefile.ui;

import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.casefile.CaseFileView;
import nl.zorgtafel.casefile.CaseIntake;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.casefile.CaseStatus;
import nl.zorgtafel.casefile.CloseReason;
import nl.zorgtafel.casefile.TriageDecision;
import nl.zorgtafel.party.OrganisationService;
import nl.zorgtafel.party.OrganisationSummary;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.TableRole;

/**
 * The case file: intake facts, identifying data only where allowed (the service audits every
 * showing and refusal), history, and the next steps: editing and submitting for the proposer,
 * triage for the chair. The address carries the case id, never anything identifying.
 */
@Route("casus")
@RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
class CaseFilePage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final H2 title = new H2();
    final Span status = new Span();
    final Div identifying = new Div();
    final Div facts = new Div();
    final UnorderedList history = new UnorderedList();
    final HorizontalLayout actions = new HorizontalLayout();
    Dialog decisionDialog;
    final TextArea reason = new TextArea();
    final TextArea advice = new TextArea();
    final RouteSection route;

    private final CaseService cases;
    private final CurrentUser currentUser;
    private final Map<Long, String> organisationNames;
    private CaseFileView file;

    CaseFilePage(CaseService cases, CurrentUser currentUser, OrganisationService organisations) {
        this.cases = cases;
        this.currentUser = currentUser;
        this.organisationNames = organisations.active().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::name));
        setMaxWidth("60rem");
        route = new RouteSection(organisations.active(),
                risk -> act(() -> cases.addRiskAssessment(file.id(), risk)),
                step -> act(() -> cases.addMilestone(file.id(), step)));
        status.setId("case-status");
        status.getElement().getThemeList().add("badge");
        identifying.setId("case-identifying");
        facts.setId("case-facts");
        history.setId("case-history");
        actions.setId("case-actions");
        add(title, status, identifying, facts, actions, route, new H3(getTranslation("case.history")), history);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(cases.open(id));
    }

    private void show(CaseFileView view) {
        this.file = view;
        CaseIntake i = view.intake();
        title.setText(view.code());
        status.setText(getTranslation("case-status." + view.status())
                + (view.repeatCase() ? " · " + getTranslation("case.repeat") : "")
                + " · " + getTranslation("urgency." + i.urgency()));
        identifying.removeAll();
        if (i.named() && i.identifying() != null) {
            identifying.add(new H3(getTranslation("case.identifying")),
                    line("intake.name", i.identifying().name()),
                    line("intake.date-of-birth", i.identifying().dateOfBirth() == null ? ""
                            : CaseLabels.DATE.format(i.identifying().dateOfBirth().atStartOfDay(CaseLabels.NETHERLANDS))),
                    line("intake.address", i.identifying().address()),
                    line("intake.bsn", i.identifying().bsn()),
                    line("intake.basis", i.legalBasis() == null ? "" : getTranslation("basis." + i.legalBasis())));
        } else if (view.identifyingHidden()) {
            identifying.add(new Paragraph(getTranslation("case.identifying.hidden")));
        } else {
            identifying.add(new Paragraph(getTranslation("case.anonymous")));
        }
        facts.removeAll();
        facts.add(new H3(getTranslation("case.facts")),
                line("case.proposer", view.proposingOrganisation()),
                line("intake.role", i.role() == null ? "" : getTranslation("role-young." + i.role())),
                line("intake.age", i.age() == null ? "" : i.age().toString()),
                line("intake.gender", i.gender()),
                line("intake.living", i.livingSituation() == null ? "" : getTranslation("living." + i.livingSituation())),
                line("intake.daytime", i.daytimeActivity()),
                line("case.forms", i.forms().stream().map(f -> getTranslation("form." + f)).sorted()
                        .collect(Collectors.joining(", "))),
                line("intake.vulnerabilities", i.vulnerabilities().stream()
                        .map(v -> getTranslation("vulnerability." + v)).sorted().collect(Collectors.joining(", "))),
                line("intake.signals", i.signals()),
                line("intake.question", i.question()),
                line("intake.involved", i.involvedOrganisationIds().stream()
                        .map(o -> organisationNames.getOrDefault(o, "#" + o)).sorted().collect(Collectors.joining(", "))),
                line("intake.voice", i.voiceOfYoungPerson()));
        history.removeAll();
        view.history().forEach(e -> history.add(new ListItem(CaseLabels.DATE_TIME.format(e.at()) + " — "
                + (e.actorName() == null ? "" : e.actorName() + ": ") + getTranslation("case.event." + e.kind())
                + (e.detail() == null || e.detail().isBlank() ? "" : " (" + e.detail() + ")"))));
        showActions(view);
        route.show(view.riskAssessments(), view.milestones(), view.mayChange());
    }

    private Paragraph line(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("fact-label");
        // Text, never HTML: whatever was typed is shown as typed.
        return new Paragraph(label, new Span(value == null ? "" : value));
    }

    private void showActions(CaseFileView view) {
        actions.removeAll();
        if (view.mayChange() && (view.status() == CaseStatus.CONCEPT || view.status() == CaseStatus.MEER_INFORMATIE)) {
            var edit = new Button(getTranslation("case.edit"),
                    e -> UI.getCurrent().navigate("casus-inbrengen/" + view.id()));
            edit.setId("case-edit");
            var submit = new Button(getTranslation("intake.submit"), e -> act(() ->
                    cases.submit(view.id(), view.intake().version())));
            submit.setId("case-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(edit, submit);
        }
        boolean chair = currentUser.require().currentMembership().map(m -> m.role() == TableRole.VOORZITTER)
                .orElse(false);
        boolean secretary = currentUser.require().currentMembership().map(m -> m.role() == TableRole.SECRETARIS)
                .orElse(false);
        if ((chair || secretary) && view.status().canMoveTo(CaseStatus.AFGESLOTEN)) {
            var reasonSelect = new com.vaadin.flow.component.select.Select<CloseReason>();
            reasonSelect.setId("close-reason");
            reasonSelect.setAriaLabel(getTranslation("case.close.reason"));
            reasonSelect.setItems(CloseReason.values());
            reasonSelect.setItemLabelGenerator(r -> r == null ? "" : getTranslation("close-reason." + r));
            reasonSelect.setPlaceholder(getTranslation("case.close.reason"));
            var close = new Button(getTranslation("case.close"), e -> act(() ->
                    cases.close(view.id(), view.intake().version(), reasonSelect.getValue())));
            close.setId("case-close");
            actions.add(reasonSelect, close);
        }
        if (chair && view.status() == CaseStatus.AFGESLOTEN) {
            var checked = new Button(getTranslation("case.closure-checked"), e -> act(() ->
                    cases.confirmClosureCheck(view.id())));
            checked.setId("case-closure-checked");
            actions.add(checked);
        }
        if (chair && (view.status() == CaseStatus.AFGESLOTEN || view.status() == CaseStatus.AFGEWEZEN)) {
            var reopen = new Button(getTranslation("case.reopen"), e -> act(() ->
                    cases.reopen(view.id(), view.intake().version())));
            reopen.setId("case-reopen");
            actions.add(reopen);
        }
        if (chair && (view.status() == CaseStatus.AANGEMELD || view.status() == CaseStatus.IN_TRIAGE)) {
            for (TriageDecision decision : TriageDecision.values()) {
                var button = new Button(getTranslation("triage." + decision), e -> decide(decision));
                button.setId("triage-" + decision.name().toLowerCase().replace('_', '-'));
                if (decision == TriageDecision.AGENDEREN) {
                    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                actions.add(button);
            }
        }
    }

    private void decide(TriageDecision decision) {
        if (decision == TriageDecision.AGENDEREN) {
            act(() -> cases.decide(file.id(), file.intake().version(), decision, null, null));
            return;
        }
        decisionDialog = new Dialog(getTranslation("triage." + decision));
        reason.setLabel(getTranslation("triage.reason"));
        reason.setId("triage-reason");
        reason.setMaxLength(10_000);
        reason.setWidthFull();
        advice.setLabel(getTranslation("triage.advice"));
        advice.setId("triage-advice");
        advice.setMaxLength(10_000);
        advice.setWidthFull();
        advice.setVisible(decision == TriageDecision.AFWIJZEN);
        var confirm = new Button(getTranslation("triage." + decision), e -> {
            act(() -> cases.decide(file.id(), file.intake().version(), decision, reason.getValue(), advice.getValue()));
        });
        confirm.setId("triage-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        decisionDialog.add(new VerticalLayout(reason, advice));
        decisionDialog.getFooter().add(new Button(getTranslation("edit.cancel"), e -> decisionDialog.close()), confirm);
        decisionDialog.open();
    }

    private void act(Runnable action) {
        try {
            action.run();
            if (decisionDialog != null) {
                decisionDialog.close();
            }
            if (route.dialog != null) {
                route.dialog.close();
            }
            show(cases.open(file.id()));
            FormFeedback.notify(this, getTranslation("edit.saved"), NotificationVariant.LUMO_SUCCESS);
        } catch (FieldRefusal e) {
            var fields = new java.util.HashMap<String, com.vaadin.flow.component.HasValidation>(route.fields());
            fields.put("reason", reason);
            fields.put("advice", advice);
            FormFeedback.show(e, fields, this);
        } catch (StaleEdit e) {
            FormFeedback.notify(this, getTranslation("case.conflict"), NotificationVariant.LUMO_ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return file == null ? getTranslation("nav.casussen") : file.code();
    }
}
