package nl.zorgtafel.casefile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.RouterLink;

import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.casefile.CaseFileView;
import nl.zorgtafel.casefile.Concern;
import nl.zorgtafel.casefile.ConcernCompartment;
import nl.zorgtafel.casefile.ConcernService;
import nl.zorgtafel.security.CaseAccess;

/**
 * The police compartment on the case file (issue 19). Everyone who sees the case is told when it
 * shares a person or place of concern with another case (a hit, audited), and nothing more. Police,
 * the OM and the chair have the compartment itself, closed until opened and read (audited) only
 * then: the entries with their legal basis and the codes of the linked cases; the chair also the
 * cluster to plan a joint discussion. Police and the OM add and remove entries.
 */
class ConcernSection extends Div {

    final Paragraph hit = new Paragraph();
    final Details compartment = new Details();
    final Div content = new Div();
    final Button add = new Button();
    ConcernDialog dialog;

    private final ConcernService service;
    private long caseId;

    ConcernSection(ConcernService service) {
        this.service = service;
        hit.setId("concern-hit");
        hit.addClassName("case-notice");
        // Announced once when the page draws it, like the case's other notices.
        hit.getElement().setAttribute("role", "status");
        compartment.setId("concerns");
        compartment.setSummaryText(getTranslation("concern.title"));
        content.setId("concerns-content");
        add.setId("concern-add");
        add.setText(getTranslation("concern.add"));
        add.addClickListener(e -> openDialog());
        compartment.add(new Paragraph(getTranslation("concern.intro")), content, add);
        compartment.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                load();
            }
        });
        add(hit, compartment);
    }

    /** For the case as the viewer may know it (the hit comes with the case file, decided and audited there). */
    void show(CaseFileView view, boolean purged) {
        this.caseId = view.id();
        CaseAccess access = view.access();
        content.removeAll();
        compartment.setOpened(false);
        compartment.setVisible(access.concerns() && !purged);
        showHit(view.linkedByConcern() && !purged, access.concerns());
        setVisible(hit.isVisible() || compartment.isVisible());
    }

    private void showHit(boolean linked, boolean reader) {
        hit.setVisible(linked);
        hit.setText(linked ? getTranslation(reader ? "concern.hit.compartment" : "concern.hit") : "");
    }

    private void load() {
        ConcernCompartment read = service.read(caseId);
        content.removeAll();
        // An entry added or removed here may make or end the link: the notice follows what was read.
        showHit(read.entries().stream().anyMatch(e -> !e.linkedCaseCodes().isEmpty()), true);
        add.setVisible(read.mayRecord());
        if (!read.cluster().isEmpty()) {
            var cluster = new Paragraph(new Span(getTranslation("concern.cluster") + " "));
            cluster.setId("concern-cluster");
            read.cluster().forEach(c -> cluster.add(new RouterLink(c.code(), CaseFilePage.class, c.id()),
                    new Span(" ")));
            content.add(cluster);
        }
        if (read.entries().isEmpty()) {
            var empty = new Paragraph(getTranslation("concern.empty"));
            empty.setId("concern-empty");
            content.add(empty);
            return;
        }
        var list = new UnorderedList();
        list.setId("concern-entries");
        list.addClassName("concern-entries");
        read.entries().forEach(entry -> list.add(item(entry, read.mayRecord())));
        content.add(list);
    }

    private ListItem item(Concern entry, boolean mayRecord) {
        var what = new Span(getTranslation("concern-kind." + entry.kind()) + ": " + entry.identifier());
        what.addClassName("concern-what");
        var item = new ListItem(what);
        if (entry.note() != null) {
            item.add(new Paragraph(entry.note()));
        }
        item.add(new Paragraph(getTranslation("concern.basis") + ": " + getTranslation("concern-basis." + entry.basis())
                + " · " + getTranslation("concern.recorded-by", entry.recordedBy(), entry.organisationName(),
                Dates.day(entry.recordedAt().atZone(CaseLabels.NETHERLANDS)))));
        var links = new Paragraph(entry.linkedCaseCodes().isEmpty() ? getTranslation("concern.no-links")
                : getTranslation("concern.links", String.join(", ", entry.linkedCaseCodes())));
        links.addClassName(entry.linkedCaseCodes().isEmpty() ? "concern-unlinked" : "concern-linked");
        item.add(links);
        if (mayRecord) {
            var remove = new Button(getTranslation("concern.remove"), e -> confirmRemove(entry));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", getTranslation("concern.remove.label",
                    getTranslation("concern-kind." + entry.kind()), entry.identifier()));
            item.add(remove);
        }
        return item;
    }

    private void openDialog() {
        dialog = new ConcernDialog(this::save);
        dialog.open();
        dialog.kind.focus();
    }

    private void save(Concern.New entry) {
        try {
            service.record(caseId, entry);
            dialog.close();
            load();
            FormFeedback.notify(this, getTranslation("edit.saved"), NotificationVariant.LUMO_SUCCESS);
        } catch (FieldRefusal e) {
            FormFeedback.show(e, dialog.fields(), dialog);
        }
    }

    private void confirmRemove(Concern entry) {
        var confirm = new ConfirmDialog(getTranslation("concern.remove.title"),
                getTranslation("concern.remove.confirm", getTranslation("concern-kind." + entry.kind()),
                        entry.identifier()),
                getTranslation("concern.remove"), e -> remove(entry), getTranslation("edit.cancel"), e -> { });
        confirm.setId("concern-remove-confirm");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void remove(Concern entry) {
        try {
            service.remove(caseId, entry.id());
            FormFeedback.notify(this, getTranslation("concern.removed"), NotificationVariant.LUMO_SUCCESS);
        } catch (StaleEdit e) {
            FormFeedback.notify(this, getTranslation("case.conflict"), NotificationVariant.LUMO_ERROR);
        }
        load();
        // The pressed button is gone with its entry: keep the keyboard in the compartment.
        add.focus();
    }
}
