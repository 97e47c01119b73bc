package nl.zorgtafel.audit.ui;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.audit.AuditEntry;
import nl.zorgtafel.audit.AuditFilter;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.ui.LocalDatePicker;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;

/**
 * Audit: who did or saw what, filtered by kind, period and subject (object), lazily paged in
 * SQL. The Beheerder sees the whole installation, a Voorzitter their current table. Filtering on
 * a subject answers a data-subject access request: who looked at this case or person, when, for
 * which organisation. Opening the viewer and exporting are themselves audited.
 */
@Route("audit")
@Menu(order = 95, title = "nav.audit", icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.BEHEERDER, Roles.VOORZITTER})
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final ZoneId NETHERLANDS = DutchTime.ZONE;

    final TextField person = new TextField();
    final Select<AuditKind> kind = new Select<>();
    final DatePicker from = new LocalDatePicker();
    final DatePicker to = new LocalDatePicker();
    final TextField objectType = new TextField();
    final IntegerField objectId = new IntegerField();
    final Grid<AuditEntry> grid = new Grid<>();
    final Anchor export;
    final Button verify = new Button();
    final Paragraph verification = new Paragraph();
    final Paragraph total = new Paragraph();

    private final AuditService audit;

    AuditView(AuditService audit, CurrentUser currentUser) {
        this.audit = audit;
        setSizeFull();
        audit.recordViewerOpened();

        person.setLabel(getTranslation("audit.person"));
        person.setId("audit-person");
        person.setMaxLength(100);
        person.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        person.addValueChangeListener(e -> refresh());
        kind.setLabel(getTranslation("audit.kind"));
        kind.setId("audit-kind");
        kind.setItems(AuditKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("audit.all"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("audit.all") : getTranslation("audit-kind." + k.name()));
        kind.addValueChangeListener(e -> refresh());
        from.setLabel(getTranslation("audit.from"));
        from.setId("audit-from");
        from.addValueChangeListener(e -> refresh());
        to.setLabel(getTranslation("audit.to"));
        to.setId("audit-to");
        to.addValueChangeListener(e -> refresh());
        objectType.setLabel(getTranslation("audit.object-type"));
        objectType.setId("audit-object-type");
        objectType.setMaxLength(40);
        objectType.setHelperText(getTranslation("audit.object-type.help"));
        objectType.addValueChangeListener(e -> refresh());
        objectId.setLabel(getTranslation("audit.object-id"));
        objectId.setId("audit-object-id");
        objectId.addValueChangeListener(e -> refresh());

        grid.setId("audit-grid");
        grid.addColumn(e -> Dates.momentWithSeconds(e.occurredAt())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit-kind." + e.kind().name())).setHeader(getTranslation("audit.kind")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actorName).setHeader(getTranslation("audit.person"));
        grid.addColumn(AuditEntry::actorOrganisationName).setHeader(getTranslation("audit.organisation"));
        grid.addColumn(e -> e.objectType() == null ? "" : e.objectType() + " " + e.objectId())
                .setHeader(getTranslation("audit.object"));
        grid.addColumn(AuditEntry::clientAddress).setHeader(getTranslation("audit.address"));
        // What was done or refused, e.g. "view /casus/12" or a role: short facts, never names.
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.detail"));
        // No exact count: counting years of log would read all of it. The grid learns the end as it
        // scrolls; the line above it says how many there are, up to AuditService.COUNT_CAP.
        grid.setItems(q -> audit.find(filter(), q.getOffset(), q.getLimit()).stream());
        grid.setEmptyStateText(getTranslation("audit.empty"));

        export = new Anchor((DownloadHandler) event -> {
            event.setFileName("audit.csv");
            event.setContentType("text/csv; charset=UTF-8");
            var writer = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
            audit.exportCsv(filter(), writer);
            writer.flush();
        }, getTranslation("audit.export"));
        export.setId("audit-export");

        var filters = new HorizontalLayout(person, kind, from, to, objectType, objectId, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("audit.title")), new Paragraph(getTranslation(
                currentUser.require().administrator() ? "audit.intro.all" : "audit.intro.table")), filters);
        if (currentUser.require().administrator()) {
            verify.setText(getTranslation("audit.verify"));
            verify.setId("audit-verify");
            verify.addClickListener(e -> {
                var result = audit.verify();
                verification.setText(result.intact()
                        ? getTranslation("audit.verify.intact", result.entriesChecked())
                        : getTranslation("audit.verify.broken", result.firstBrokenId(), result.problem()));
            });
            verification.setId("audit-verification");
            add(new HorizontalLayout(verify, verification));
        }
        total.setId("audit-total");
        // Said again after each filter change, so a screen reader user hears what the filter found.
        total.getElement().setAttribute("aria-live", "polite");
        add(total, grid);
        showTotal();
    }

    AuditFilter filter() {
        String type = objectType.getValue() == null || objectType.getValue().isBlank() ? null
                : objectType.getValue().strip();
        Long id = objectId.getValue() == null ? null : objectId.getValue().longValue();
        return new AuditFilter(null, person.getValue(), kind.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(NETHERLANDS).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(NETHERLANDS).toInstant(),
                type, id);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showTotal();
    }

    private void showTotal() {
        int count = audit.countUpTo(filter(), AuditService.COUNT_CAP + 1);
        total.setText(count > AuditService.COUNT_CAP ? getTranslation("audit.total.more", AuditService.COUNT_CAP)
                : getTranslation("audit.total", count));
        // The scroll bar fits what is known: exactly the count, or the cap until the grid reads further.
        grid.getLazyDataView().setItemCountEstimate(Math.max(1, Math.min(count, AuditService.COUNT_CAP)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
