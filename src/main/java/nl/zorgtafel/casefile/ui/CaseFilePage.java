package nl.zorgtafel.casefile.ui;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.casefile.CaseFileView;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.casefile.CaseStatus;
import nl.zorgtafel.casefile.CloseReason;
import nl.zorgtafel.casefile.ConcernService;
import nl.zorgtafel.casefile.IntakeService;
import nl.zorgtafel.casefile.LegalHold;
import nl.zorgtafel.casefile.LegalHoldService;
import nl.zorgtafel.casefile.LifecycleService;
import nl.zorgtafel.casefile.Milestone;
import nl.zorgtafel.casefile.RegistrationService;
import nl.zorgtafel.casefile.RouteMilestone;
import nl.zorgtafel.casefile.RouteService;
import nl.zorgtafel.casefile.SafeContactService;
import nl.zorgtafel.casefile.SignalService;
import nl.zorgtafel.casefile.TriageDecision;
import nl.zorgtafel.party.OrganisationService;
import nl.zorgtafel.security.CaseAccess;
import nl.zorgtafel.security.Roles;

/**
 * The case file: where it stands and what the chair said, everything the intake saved, the
 * sessions and actions, route and risk assessments, and its history. The next steps are drawn
 * from the access decision the read model carries; the services check it again. The address
 * carries the case id, never anything identifying.
 */
@Route("casus")
@RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
public class CaseFilePage extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final H2 title = new H2();
    final Span status = new Span();
    final Span legalHold = new Span();
    final CaseNotices notices = new CaseNotices();
    final HorizontalLayout actions = new HorizontalLayout();
    final CaseFactsSection facts = new CaseFactsSection();
    final CaseFollowUpSection followUp = new CaseFollowUpSection();
    final CaseHistoryList history = new CaseHistoryList();
    final RouteSection route;
    final RegistrationSection registration;
    final TimelineSection timeline;
    final SafeContactSection safeContact;
    final ConcernSection concerns;
    Dialog dialog;

    private final CaseService cases;
    private final IntakeService intake;
    private final LifecycleService lifecycle;
    private final LegalHoldService holds;
    private final OrganisationService organisations;
    private final SignalService signals;
    private CaseFileView file;
    private LegalHold holdState;
    private Map<String, HasValidation> dialogFields = Map.of();

    CaseFilePage(CaseService cases, IntakeService intake, LifecycleService lifecycle, RouteService routes,
            OrganisationService organisations, RegistrationService registrations, LegalHoldService holds,
            SignalService signals, SafeContactService safeContacts, ConcernService concernService) {
        this.cases = cases;
        this.signals = signals;
        this.holds = holds;
        this.organisations = organisations;
        this.intake = intake;
        this.lifecycle = lifecycle;
        setMaxWidth("60rem");
        route = new RouteSection(organisations.active(),
                risk -> act(() -> routes.addRiskAssessment(file.id(), risk)),
                step -> act(() -> routes.addMilestone(file.id(), step)));
        registration = new RegistrationSection(consent -> act(() -> registrations.record(file.id(), consent)),
                variant -> act(() -> routes.addMilestone(file.id(), new RouteMilestone(null,
                        Milestone.MELDING_COMENSHA, variant, java.time.LocalDate.now(CaseLabels.NETHERLANDS),
                        file.proposingOrganisationId(), null, null))));
        timeline = new TimelineSection(signal -> act(() -> signals.record(file.id(), signal)));
        safeContact = new SafeContactSection(safeContacts);
        concerns = new ConcernSection(concernService);
        title.setId("case-code");
        status.setId("case-status");
        status.getElement().getThemeList().add("badge");
        legalHold.setId("case-legal-hold");
        legalHold.getElement().getThemeList().add("badge error");
        legalHold.setText(getTranslation("hold.badge"));
        legalHold.setVisible(false);
        actions.setId("case-actions");
        actions.setWrap(true);
        add(title, new HorizontalLayout(status, legalHold), notices, actions, concerns, safeContact, facts, timeline,
                followUp, route, registration, new H3(getTranslation("case.history")), history);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(cases.open(id));
    }

    private void show(CaseFileView view) {
        this.file = view;
        this.holdState = holds.state(view.id());
        legalHold.setVisible(holdState.held());
        title.setText(view.code());
        status.setText(getTranslation("case-status." + view.status())
                + (view.repeatCase() ? " · " + getTranslation("case.repeat") : "")
                + " · " + getTranslation("urgency." + view.intake().urgency()));
        notices.show(view, holdState);
        showSteps(view);
        holdSteps();
        facts.show(view, holdState.purgedAt() != null, holdState.erased(), holdState.restrictedAt() != null);
        followUp.show(view.discussions(), view.actions());
        route.show(view.riskAssessments(), view.milestones(), view.access().change());
        // Every partner with need-to-know adds what it saw; a purged case takes no new facts.
        timeline.show(view, view.access().see() && holdState.purgedAt() == null);
        safeContact.show(view.id(), view.access().safeContact() && holdState.purgedAt() == null);
        concerns.show(view, holdState.purgedAt() != null);
        registration.show(view);
        history.show(view.history());
    }

    private void showSteps(CaseFileView view) {
        actions.removeAll();
        CaseAccess may = view.access();
        CaseStatus at = view.status();
        if (may.change() && (at == CaseStatus.CONCEPT || at == CaseStatus.MEER_INFORMATIE)) {
            step("case-edit", "case.edit", false,
                    () -> UI.getCurrent().navigate(IntakeView.class, view.id()));
        }
        if (may.change() && at == CaseStatus.CONCEPT) {
            step("case-submit", "intake.submit", true, () -> act(() -> intake.submit(view.id(), version())));
        }
        if (may.change() && at == CaseStatus.MEER_INFORMATIE) {
            step("case-answer", "case.answer", true, () -> openText(new TextDecisionDialog(
                    getTranslation("case.answer"), getTranslation("case.answer.text"), null,
                    getTranslation("case.answer.confirm"), (answer, none) -> act(() ->
                            intake.answer(view.id(), version(), answer)))));
        }
        if (may.triage() && at == CaseStatus.AANGEMELD) {
            step("triage-start", "case.triage.start", false, () -> act(() -> lifecycle.startTriage(view.id(),
                    version())));
        }
        if (may.triage() && (at == CaseStatus.AANGEMELD || at == CaseStatus.IN_TRIAGE)) {
            for (TriageDecision decision : TriageDecision.values()) {
                step("triage-" + decision.name().toLowerCase().replace('_', '-'), "triage." + decision,
                        decision == TriageDecision.AGENDEREN, () -> decide(decision));
            }
        }
        if (may.steer() && view.closable()) {
            step("case-close", "case.close", true, this::openClose);
        }
        if (may.triage() && at == CaseStatus.AFGESLOTEN) {
            step("case-closure-checked", "case.closure-checked", false,
                    () -> act(() -> lifecycle.confirmClosureCheck(view.id())));
        }
        boolean reopenable = at == CaseStatus.AFGESLOTEN || at == CaseStatus.AFGEWEZEN;
        if (may.triage() && reopenable && holdState.purgedAt() == null) {
            step("case-reopen", "case.reopen", view.reopenProposed(),
                    () -> act(() -> lifecycle.reopen(view.id(), version())));
        }
        if (may.triage() && view.reopenProposed()) {
            step("case-reopen-set-aside", "case.reopen-set-aside", false, () -> {
                var confirm = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                        getTranslation("case.reopen-set-aside.title", view.code()),
                        getTranslation("case.reopen-set-aside.confirm"), getTranslation("case.reopen-set-aside"),
                        e -> act(() -> signals.setProposalAside(view.id())), getTranslation("edit.cancel"), e -> { });
                confirm.setId("reopen-set-aside-confirm");
                confirm.open();
            });
        }
        var recheck = view.consentRecheck();
        if (may.change() && recheck != null && recheck.dueOn(java.time.LocalDate.now(CaseLabels.NETHERLANDS))) {
            step("case-consent-rechecked", "case.consent.recheck", false, () -> {
                var consentDialog = new ConsentDialog(recheck.age(), (by, on) -> act(() ->
                        intake.recheckConsent(view.id(), version(), by, on)));
                open(consentDialog, consentDialog.fields());
            });
        }
        boolean anonymousOnAgenda = !view.intake().named() && at.onAgendaOrLater();
        if (may.triage() && anonymousOnAgenda && !view.namingAllowed()) {
            step("case-allow-naming", "case.naming.allow", false, () -> act(() -> lifecycle.allowNaming(view.id())));
        }
        if (anonymousOnAgenda && (may.triage() || (may.change() && view.namingAllowed()))) {
            step("case-name", "case.naming", false, () -> {
                var naming = new NamingDialog(n -> act(() -> intake.name(view.id(), version(), n)));
                open(naming, naming.fields());
            });
        }
    }

    private void holdSteps() {
        if (holdState.mayManage() && !holdState.held() && holdState.purgedAt() == null) {
            step("case-hold-set", "hold.set", false, this::openHold);
        }
        if (holdState.mayManage() && holdState.held()) {
            step("case-hold-lift", "hold.lift", false, () -> {
                var confirm = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                        getTranslation("hold.lift.title", file.code()), getTranslation("hold.lift.confirm"),
                        getTranslation("hold.lift"), e -> act(() -> holds.lift(file.id())),
                        getTranslation("edit.cancel"), e -> { });
                confirm.setId("hold-lift-confirm");
                confirm.open();
            });
        }
    }

    private void openHold() {
        var holdDialog = new HoldDialog(file.code(), organisations.active(), (requestedBy, reason) ->
                act(() -> holds.set(file.id(), requestedBy, reason)));
        open(holdDialog, holdDialog.fields());
        holdDialog.requestedBy.focus();
    }

    private void step(String id, String labelKey, boolean primary, Runnable onClick) {
        var button = new Button(getTranslation(labelKey), e -> onClick.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        actions.add(button);
    }

    private void decide(TriageDecision decision) {
        if (decision == TriageDecision.AGENDEREN) {
            act(() -> lifecycle.decide(file.id(), version(), decision, null, null));
            return;
        }
        String reasonLabel = getTranslation(decision == TriageDecision.AFWIJZEN ? "triage.reason" : "triage.question");
        String adviceLabel = decision == TriageDecision.AFWIJZEN ? getTranslation("triage.advice") : null;
        openText(new TextDecisionDialog(getTranslation("triage." + decision), reasonLabel, adviceLabel,
                getTranslation("triage." + decision), (reason, advice) -> act(() ->
                        lifecycle.decide(file.id(), version(), decision, reason, advice))));
    }

    private void openClose() {
        var reason = new Select<CloseReason>();
        reason.setId("close-reason");
        reason.setLabel(getTranslation("case.close.reason"));
        reason.setItems(CloseReason.values());
        reason.setItemLabelGenerator(r -> r == null ? "" : getTranslation("close-reason." + r));
        var closeDialog = new Dialog(getTranslation("case.close.title", file.code()));
        var confirm = new Button(getTranslation("case.close"), e -> act(() ->
                lifecycle.close(file.id(), version(), reason.getValue())));
        confirm.setId("close-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        closeDialog.add(new Paragraph(getTranslation("case.close.explain")), reason);
        closeDialog.getFooter().add(new Button(getTranslation("edit.cancel"), e -> closeDialog.close()), confirm);
        open(closeDialog, Map.of("closeReason", reason));
    }

    private void openText(TextDecisionDialog textDialog) {
        open(textDialog, textDialog.fields());
    }

    private void open(Dialog next, Map<String, HasValidation> fields) {
        dialog = next;
        dialogFields = fields;
        next.open();
    }

    private int version() {
        return file.intake().version();
    }

    /** Runs a step; on success closes the dialog and shows the case anew, on a refusal marks the field. */
    private void act(Runnable action) {
        try {
            action.run();
            if (dialog != null) {
                dialog.close();
            }
            if (route.dialog != null) {
                route.dialog.close();
            }
            if (timeline.dialog != null) {
                timeline.dialog.close();
            }
            registration.done();
            show(cases.open(file.id()));
            FormFeedback.notify(this, getTranslation("edit.saved"), NotificationVariant.LUMO_SUCCESS);
        } catch (FieldRefusal e) {
            var fields = new HashMap<String, HasValidation>(route.fields());
            fields.putAll(timeline.fields());
            fields.putAll(dialogFields);
            fields.putAll(registration.fields());
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
