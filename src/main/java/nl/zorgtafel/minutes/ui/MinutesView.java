package nl.zorgtafel.minutes.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import nl.zorgtafel.base.route.SharedPages;
import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.base.ui.TextLimit;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.minutes.LetterService;
import nl.zorgtafel.minutes.MinutesContent;
import nl.zorgtafel.minutes.MinutesService;
import nl.zorgtafel.minutes.MinutesVersion;
import nl.zorgtafel.minutes.PlainLanguage;
import nl.zorgtafel.minutes.Variant;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.TableAccess;

/**
 * A session's minutes: the definitive versions to download (each person gets their own copy),
 * and for chair and secretary the draft's summaries per case item, making it definitief, a
 * correction with its reason, and the chair's plain-language letter per case.
 */
@Route("verslag")
@RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
class MinutesView extends VerticalLayout implements SharedPages.Minutes, HasDynamicTitle {


    private final MinutesService minutes;
    private final LetterService letters;
    private final TableAccess table;
    final Div versions = new Div();
    final Div draft = new Div();
    final Button finalise = new Button();
    final Button correct = new Button();
    Dialog dialog;
    private long meetingId;

    MinutesView(MinutesService minutes, LetterService letters, AccessService access) {
        this.minutes = minutes;
        this.letters = letters;
        this.table = access.tableAccess();
        setMaxWidth("60rem");
        versions.setId("minutes-versions");
        draft.setId("minutes-draft");
        finalise.setText(getTranslation("minutes.finalise"));
        finalise.setId("minutes-finalise");
        finalise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        finalise.addClickListener(e -> {
            var confirm = new ConfirmDialog(getTranslation("minutes.finalise"), getTranslation("minutes.finalise.text"),
                    getTranslation("minutes.finalise"), c -> act(() -> minutes.finalise(meetingId)));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("edit.cancel"));
            confirm.open();
        });
        correct.setText(getTranslation("minutes.correct"));
        correct.setId("minutes-correct");
        correct.addClickListener(e -> openCorrection());
        add(new H2(getTranslation("minutes.title")), new Paragraph(getTranslation("minutes.intro")),
                new H3(getTranslation("minutes.versions")), versions, new HorizontalLayout(finalise, correct), draft);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.meetingId = id;
        show();
    }

    private boolean leads() {
        return table.lead();
    }

    private void show() {
        versions.removeAll();
        var all = minutes.versions(meetingId);
        if (all.isEmpty()) {
            versions.add(new Paragraph(getTranslation("minutes.no-versions")));
        }
        for (MinutesVersion version : all) {
            var line = new HorizontalLayout();
            line.addClassName("minutes-version");
            line.add(new Span(getTranslation("minutes.version", version.number(), Dates.moment(version.finalisedAt()),
                    version.finalisedBy() == null ? getTranslation("minutes.by-retention") : version.finalisedBy())
                    + (version.reason() == null ? "" : " — " + version.reason())));
            line.add(download(version, Variant.VOLLEDIG, "minutes.download"),
                    download(version, Variant.GEANONIMISEERD, "minutes.download-anonymous"));
            versions.add(line);
        }
        boolean chair = table.chair();
        finalise.setVisible(chair && all.isEmpty());
        correct.setVisible(chair && !all.isEmpty());
        draft.removeAll();
        draft.setVisible(leads());
        if (leads()) {
            showDraft(chair);
        }
    }

    private Anchor download(MinutesVersion version, Variant variant, String key) {
        var anchor = new Anchor("download/verslag/" + meetingId + "/" + version.number() + "/" + variant.slug() + ".pdf",
                getTranslation(key));
        anchor.setRouterIgnore(true);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("minutes-download");
        return anchor;
    }

    private void showDraft(boolean chair) {
        MinutesContent content;
        try {
            content = minutes.draft(meetingId);
        } catch (FieldRefusal e) {
            draft.add(new Paragraph(getTranslation(e.messageKey())));
            finalise.setVisible(false);
            return;
        }
        draft.add(new H3(getTranslation("minutes.draft")));
        if (content.cases().isEmpty()) {
            draft.add(new Paragraph(getTranslation("minutes.no-cases")));
        }
        for (var section : content.cases()) {
            draft.add(new H3(section.caseCode()));
            draft.add(new Paragraph(getTranslation("minutes.recorded", section.inbreng().size(),
                    section.decisions().size(), section.actions().size())));
            draft.add(summaryEditor(section.agendaItemId()));
            if (chair) {
                draft.add(letterEditor(section.agendaItemId()));
            }
        }
    }

    private VerticalLayout summaryEditor(long itemId) {
        var summary = minutes.summary(itemId);
        var text = new TextArea(getTranslation("minutes.summary"));
        text.setId("summary-" + itemId);
        text.setWidthFull();
        TextLimit.apply(text, 10_000);
        text.setValue(summary.text());
        int[] version = {summary.version()};
        var save = new Button(getTranslation("minutes.summary.save"), e -> {
            try {
                minutes.saveSummary(itemId, version[0], text.getValue());
                version[0] = minutes.summary(itemId).version();
                text.setInvalid(false);
                FormFeedback.notify(this, getTranslation("edit.saved"), NotificationVariant.LUMO_SUCCESS);
            } catch (FieldRefusal ex) {
                FormFeedback.show(ex, Map.of("summary", text), this);
            } catch (StaleEdit ex) {
                var theirs = minutes.summary(itemId);
                version[0] = theirs.version();
                FormFeedback.notify(this, getTranslation("minutes.summary.conflict", theirs.text()),
                        NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("summary-save-" + itemId);
        var editor = new VerticalLayout(text, save);
        editor.setPadding(false);
        editor.setWidthFull();
        return editor;
    }

    private VerticalLayout letterEditor(long itemId) {
        var letter = letters.letter(itemId);
        // The greeting carries the young person's name (when the chair may see it); it is not editable text.
        var greeting = new Paragraph(getTranslation("minutes.letter.greeting", letter.greeting()));
        greeting.setId("letter-greeting-" + itemId);
        var text = new TextArea(getTranslation("minutes.letter"));
        text.setId("letter-" + itemId);
        text.setWidthFull();
        TextLimit.apply(text, 10_000);
        text.setHelperText(getTranslation("minutes.letter.help"));
        text.setValue(letter.text());
        var hints = new Paragraph();
        hints.setId("letter-hints-" + itemId);
        hints.addClassName("letter-hints");
        showHints(hints, letter.text());
        text.addValueChangeListener(e -> showHints(hints, e.getValue()));
        int[] version = {letter.version()};
        var pdf = new Anchor("download/brief/" + itemId + ".pdf", getTranslation("minutes.letter.download"));
        pdf.setRouterIgnore(true);
        pdf.getElement().setAttribute("download", true);
        pdf.setVisible(version[0] > 0);
        var save = new Button(getTranslation("minutes.letter.save"), e -> {
            try {
                letters.saveLetter(itemId, version[0], text.getValue());
                version[0] = letters.letter(itemId).version();
                text.setInvalid(false);
                pdf.setVisible(true);
                FormFeedback.notify(this, getTranslation("edit.saved"), NotificationVariant.LUMO_SUCCESS);
            } catch (FieldRefusal ex) {
                FormFeedback.show(ex, Map.of("letter", text), this);
            } catch (StaleEdit ex) {
                var theirs = letters.letter(itemId);
                version[0] = theirs.version();
                FormFeedback.notify(this, getTranslation("minutes.letter.conflict", theirs.text()),
                        NotificationVariant.LUMO_ERROR);
            }
        });
        save.setId("letter-save-" + itemId);
        var editor = new VerticalLayout(greeting, text, hints, new HorizontalLayout(save, pdf));
        editor.setPadding(false);
        editor.setWidthFull();
        return editor;
    }

    /** A hint, not a rule: long sentences and trade words in the letter, for the chair to rewrite. */
    private void showHints(Paragraph hints, String text) {
        var findings = PlainLanguage.check(text);
        var lines = new java.util.ArrayList<String>();
        if (!findings.longSentences().isEmpty()) {
            lines.add(getTranslation("minutes.letter.long", String.valueOf(PlainLanguage.MAX_WORDS),
                    String.join(" / ", findings.longSentences())));
        }
        if (!findings.tradeWords().isEmpty()) {
            lines.add(getTranslation("minutes.letter.trade-words", String.join(", ", findings.tradeWords())));
        }
        hints.setText(String.join(" ", lines));
        hints.setVisible(!findings.clean());
    }

    private void openCorrection() {
        var reason = new TextArea(getTranslation("minutes.correct.reason"));
        reason.setId("correction-reason");
        TextLimit.apply(reason, 1000);
        reason.setWidthFull();
        dialog = new Dialog(getTranslation("minutes.correct"));
        dialog.add(new Paragraph(getTranslation("minutes.correct.text")), reason);
        var save = new Button(getTranslation("minutes.correct"));
        save.setId("correction-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> FormFeedback.save(() -> minutes.correct(meetingId, reason.getValue()), dialog,
                Map.of("reason", reason), this::show));
        dialog.getFooter().add(new Button(getTranslation("edit.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void act(Runnable step) {
        try {
            step.run();
            FormFeedback.notify(this, getTranslation("edit.saved"), NotificationVariant.LUMO_SUCCESS);
        } catch (FieldRefusal e) {
            FormFeedback.notify(this, getTranslation(e.messageKey()), NotificationVariant.LUMO_ERROR);
        }
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("minutes.title");
    }
}
