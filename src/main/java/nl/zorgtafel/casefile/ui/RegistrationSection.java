package nl.zorgtafel.casefile.ui;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.casefile.CaseFileView;
import nl.zorgtafel.casefile.RegistrationBasis;
import nl.zorgtafel.casefile.RegistrationConsent;

/**
 * "Registratie bij CoMensha": the recorded basis, a form to record it, the draft's download, and
 * after a download the offer to record the route step *melding CoMensha*. Shown only to those who
 * may register the case (the access decision the read model carries). A dumb component: the page
 * calls the services.
 */
class RegistrationSection extends Div {

    final Paragraph summary = new Paragraph();
    final Button record = new Button();
    final Anchor download = new Anchor();
    final Div milestoneOffer = new Div();
    final Button recordMilestone = new Button();
    RegistrationDialog dialog;
    ConfirmDialog confirm;

    private final Consumer<RegistrationConsent> onRecord;
    private final Consumer<String> onMilestone;
    private RegistrationConsent current;

    /**
     * @param onRecord    records the basis
     * @param onMilestone records the route step with its variant (met / zonder toestemming)
     */
    RegistrationSection(Consumer<RegistrationConsent> onRecord, Consumer<String> onMilestone) {
        this.onRecord = onRecord;
        this.onMilestone = onMilestone;
        setId("comensha-section");
        summary.setId("comensha-summary");
        record.setId("comensha-record");
        record.addClickListener(e -> {
            dialog = new RegistrationDialog(current, onRecord);
            dialog.open();
        });
        download.setId("comensha-download");
        download.setText(getTranslation("comensha.download"));
        download.setRouterIgnore(true);
        download.getElement().setAttribute("download", true);
        // The browser fetches the PDF itself; the click tells the page to offer the route step.
        download.getElement().addEventListener("click", e -> milestoneOffer.setVisible(true));
        milestoneOffer.setId("comensha-milestone-offer");
        milestoneOffer.getElement().setAttribute("role", "status");
        milestoneOffer.addClassName("case-notice");
        recordMilestone.setId("comensha-milestone");
        recordMilestone.setText(getTranslation("comensha.milestone.record"));
        recordMilestone.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        recordMilestone.addClickListener(e -> confirmMilestone());
        milestoneOffer.add(new Paragraph(getTranslation("comensha.milestone.offer")), recordMilestone);
        milestoneOffer.setVisible(false);
        add(new H3(getTranslation("comensha.section")), new Paragraph(getTranslation("comensha.explain")), summary,
                record, download, milestoneOffer);
    }

    /** Shows the case's registration; hidden entirely for those who may not register it. */
    void show(CaseFileView view) {
        setVisible(view.access().register());
        current = view.registration();
        download.setHref("download/comensha/" + view.id() + ".pdf");
        download.setVisible(current != null);
        record.setText(getTranslation(current == null ? "comensha.record" : "comensha.change"));
        summary.setText(current == null ? getTranslation("comensha.none") : describe(current));
    }

    /** Closes what is open after a successful step. */
    void done() {
        if (dialog != null) {
            dialog.close();
        }
        milestoneOffer.setVisible(false);
    }

    Map<String, HasValidation> fields() {
        return dialog == null ? Map.of() : dialog.fields();
    }

    private void confirmMilestone() {
        String variant = current.basis() == RegistrationBasis.CONSENT ? "MET_TOESTEMMING" : "ZONDER_TOESTEMMING";
        confirm = new ConfirmDialog();
        confirm.setId("comensha-milestone-confirm");
        confirm.setHeader(getTranslation("milestone.MELDING_COMENSHA"));
        confirm.setText(getTranslation("comensha.milestone.confirm", getTranslation("variant." + variant)));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("edit.cancel"));
        confirm.setConfirmText(getTranslation("comensha.milestone.record"));
        confirm.addConfirmListener(e -> onMilestone.accept(variant));
        confirm.open();
    }

    private String describe(RegistrationConsent c) {
        if (c.basis() == RegistrationBasis.LAWFUL_WITHOUT_CONSENT) {
            return getTranslation("comensha.recorded.lawful", c.lawfulReason());
        }
        return getTranslation("comensha.recorded.consent", getTranslation("comensha.given-by." + c.givenBy()),
                Dates.day(c.consentDate().atStartOfDay(CaseLabels.NETHERLANDS))) + " "
                + getTranslation(c.coversIdentifying() ? "comensha.recorded.identifying" : "comensha.recorded.anonymous");
    }
}
