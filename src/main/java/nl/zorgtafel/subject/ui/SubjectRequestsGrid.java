package nl.zorgtafel.subject.ui;

import com.vaadin.flow.component.grid.Grid;

import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.subject.SubjectRequest;
import nl.zorgtafel.subject.SubjectService;

/** The table's data subject requests, newest first, paged in SQL: what, which cases, whose decision. */
class SubjectRequestsGrid extends Grid<SubjectRequest> {

    SubjectRequestsGrid(SubjectService subjects) {
        setId("subject-requests");
        // Codes, partners and who decided wrap instead of being cut off.
        addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(r -> Dates.day(r.recordedAt())).setHeader(getTranslation("subject.requests.recorded"))
                .setAutoWidth(true);
        addColumn(r -> getTranslation("subject.kind." + r.kind())).setHeader(getTranslation("subject.kind"))
                .setAutoWidth(true);
        addColumn(r -> String.join(", ", r.caseCodes())).setHeader(getTranslation("subject.requests.cases"))
                .setFlexGrow(2).setTooltipGenerator(r -> String.join(", ", r.caseCodes()));
        addColumn(SubjectRequest::responsibleOrganisation).setHeader(getTranslation("subject.responsible"))
                .setFlexGrow(2).setTooltipGenerator(SubjectRequest::responsibleOrganisation);
        addColumn(r -> getTranslation("subject.requests.decided", r.decidedBy(),
                r.decidedOn() == null ? "" : Dates.day(r.decidedOn())))
                .setHeader(getTranslation("subject.requests.decision")).setFlexGrow(2)
                .setTooltipGenerator(r -> r.decidedBy());
        addColumn(SubjectRequest::recordedBy).setHeader(getTranslation("subject.requests.by")).setAutoWidth(true);
        setItems(q -> subjects.requests(q.getOffset(), q.getLimit()).stream(), q -> subjects.countRequests());
        setEmptyStateText(getTranslation("subject.requests.empty"));
        setHeight("18rem");
    }

    void refresh() {
        getDataProvider().refreshAll();
    }
}
