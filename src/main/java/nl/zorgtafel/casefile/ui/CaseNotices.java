package nl.zorgtafel.casefile.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.casefile.CaseFileView;
import nl.zorgtafel.casefile.CaseStatus;
import nl.zorgtafel.casefile.LegalHold;

/**
 * What a case file says first, each as a status box a screen reader announces: purged or
 * restricted, the legal hold, what the chair said, where else the young person is known, the
 * consent re-check, a repeat case, a re-aanmelding proposal, why Afsluiten waits.
 */
class CaseNotices extends Div {

    CaseNotices() {
        setId("case-notices");
    }

    void show(CaseFileView view, LegalHold holdState) {
        removeAll();
        if (holdState.purgedAt() != null) {
            notice("case-purged", getTranslation(holdState.erased() ? "case.erased" : "case.purged",
                    Dates.day(holdState.purgedAt())));
        }
        if (holdState.restrictedAt() != null) {
            notice("case-restricted", getTranslation("case.restricted",
                    Dates.day(holdState.restrictedAt())));
        }
        if (holdState.held()) {
            var box = notice("case-hold-notice", getTranslation("hold.notice", holdState.requestedBy(),
                    Dates.day(holdState.since())));
            if (holdState.reason() != null) {
                box.add(quoted("hold.reason", holdState.reason()));
            }
        }
        if (view.triage() != null) {
            var box = notice("case-triage-notice", getTranslation("case.triage-notice." + view.status()));
            box.add(quoted("case.triage-notice.reason." + view.status(), view.triage().reason()));
            if (view.triage().advice() != null) {
                box.add(quoted("case.triage-notice.advice", view.triage().advice()));
            }
        }
        if (!view.matches().atThisTable().isEmpty()) {
            notice("case-known-here", getTranslation("case.known.here", String.join(", ", view.matches().atThisTable())));
        }
        if (view.matches().atAnotherTable()) {
            notice("case-known-elsewhere", getTranslation("case.known.elsewhere"));
        }
        var recheck = view.consentRecheck();
        if (recheck != null && view.access().change() && recheck.dueOn(java.time.LocalDate.now(CaseLabels.NETHERLANDS))) {
            notice("case-consent-recheck", getTranslation("case.consent.recheck-due", recheck.age()));
        }
        if (view.repeatCase()) {
            notice("case-repeat-notice", getTranslation("case.repeat.notice"));
        }
        if (view.reopenProposed()) {
            notice("case-reopen-proposed", getTranslation("case.reopen-proposed"));
        }
        boolean discussed = view.status() == CaseStatus.BESPROKEN || view.status() == CaseStatus.IN_OPVOLGING;
        if (view.access().steer() && discussed && !view.closable()) {
            notice("case-close-later", getTranslation("case.close.after-actions",
                    view.actions().stream().filter(CaseFileView.CaseAction::open).count()));
        }
    }

    private Div notice(String id, String text) {
        var box = new Div(new Paragraph(text));
        box.setId(id);
        box.addClassName("case-notice");
        box.getElement().setAttribute("role", "status");
        add(box);
        return box;
    }

    private Paragraph quoted(String labelKey, String text) {
        var label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("fact-label");
        return new Paragraph(label, new Span(text));
    }
}
