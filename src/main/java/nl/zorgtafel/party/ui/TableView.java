package nl.zorgtafel.party.ui;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.party.CareTableDetails;
import nl.zorgtafel.party.CareTableService;
import nl.zorgtafel.security.Roles;

/** A table as its participants see it: covered municipalities, rhythm, statement, covenant, people. */
@Route("tafel")
@RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
public class TableView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final H2 title = new H2();
    final Paragraph municipalities = new Paragraph();
    final Paragraph rhythm = new Paragraph();
    final Paragraph statement = new Paragraph();
    final Grid<CareTableDetails.CovenantPartner> covenant = new Grid<>();
    final Grid<CareTableDetails.Member> members = new Grid<>();

    private final CareTableService tableService;
    private String pageTitle = "";

    TableView(CareTableService tableService) {
        this.tableService = tableService;
        municipalities.setId("table-municipalities");
        rhythm.setId("table-rhythm");
        statement.setId("table-statement");
        statement.addClassName("confidentiality-statement");
        covenant.setId("covenant-grid");
        covenant.addColumn(CareTableDetails.CovenantPartner::organisationName)
                .setHeader(getTranslation("table.covenant.organisation")).setFlexGrow(3);
        covenant.addColumn(p -> getTranslation("organisation-type." + p.type().name()))
                .setHeader(getTranslation("table.covenant.type")).setFlexGrow(2);
        covenant.addColumn(p -> Dates.day(p.signedOn()))
                .setHeader(getTranslation("table.covenant.signed"));
        covenant.setAllRowsVisible(true);
        covenant.setEmptyStateText(getTranslation("table.covenant.empty"));
        members.setId("members-grid");
        members.addColumn(CareTableDetails.Member::name).setHeader(getTranslation("table.members.name"));
        members.addColumn(CareTableDetails.Member::organisationName)
                .setHeader(getTranslation("table.members.organisation"));
        members.addColumn(m -> getTranslation("role." + m.role().name())).setHeader(getTranslation("table.members.role"));
        members.setAllRowsVisible(true);
        add(title, municipalities, rhythm, new H3(getTranslation("table.statement")), statement,
                new H3(getTranslation("table.covenant")), covenant, new H3(getTranslation("table.members")), members);
    }

    @Override
    public void setParameter(BeforeEvent event, Long tableId) {
        CareTableDetails details = tableService.tableDetails(tableId);
        pageTitle = details.name();
        title.setText(details.name());
        municipalities.setText(details.municipalities().isEmpty()
                ? getTranslation("table.municipalities.none")
                : getTranslation("table.municipalities", String.join(", ", details.municipalities())));
        rhythm.setText(describe(details.rhythm()));
        statement.setText(details.confidentialityStatement());
        covenant.setItems(details.covenant());
        members.setItems(details.members());
    }

    private String describe(CareTableDetails.Rhythm rhythm) {
        if (rhythm.weekday() == null || rhythm.start() == null) {
            return getTranslation("table.rhythm.none");
        }
        String day = DayOfWeek.of(rhythm.weekday()).getDisplayName(TextStyle.FULL, getLocale());
        return getTranslation("table.rhythm", rhythm.everyWeeks() == null ? 1 : rhythm.everyWeeks(), day,
                rhythm.start().format(DateTimeFormatter.ofPattern("HH:mm")),
                rhythm.minutes() == null ? 0 : rhythm.minutes());
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}
