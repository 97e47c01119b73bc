package nl.zorgtafel.subject.ui;

import java.time.LocalDate;

import nl.zorgtafel.party.OrganisationSummary;
import nl.zorgtafel.subject.RequestKind;
import nl.zorgtafel.subject.SubjectDecision;

/** The decision form's bean for the Binder; the service checks the values and says what is missing. */
class DecisionForm {

    private RequestKind kind;
    private OrganisationSummary responsible;
    private String decidedBy = "";
    private LocalDate decidedOn;
    private String reason = "";

    SubjectDecision decision() {
        return new SubjectDecision(responsible == null ? null : responsible.id(), decidedBy, decidedOn, reason);
    }

    RequestKind getKind() {
        return kind;
    }

    void setKind(RequestKind kind) {
        this.kind = kind;
    }

    OrganisationSummary getResponsible() {
        return responsible;
    }

    void setResponsible(OrganisationSummary responsible) {
        this.responsible = responsible;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    LocalDate getDecidedOn() {
        return decidedOn;
    }

    void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    String getReason() {
        return reason;
    }

    void setReason(String reason) {
        this.reason = reason;
    }
}
