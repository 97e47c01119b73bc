package nl.zorgtafel.casefile.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.ui.FormFeedback;
import nl.zorgtafel.base.ui.LocalDatePicker;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.casefile.CaseFileView;
import nl.zorgtafel.casefile.CaseIntake;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.casefile.IntakeService;
import nl.zorgtafel.casefile.ConsentGiver;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.IdentifyingData;
import nl.zorgtafel.casefile.LegalBasis;
import nl.zorgtafel.casefile.LivingSituation;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.casefile.Vulnerability;
import nl.zorgtafel.casefile.WordingHints;
import nl.zorgtafel.casefile.YoungPersonRole;
import nl.zorgtafel.party.CareTableService;
import nl.zorgtafel.party.Municipality;
import nl.zorgtafel.party.OrganisationService;
import nl.zorgtafel.party.OrganisationSummary;
import nl.zorgtafel.security.Roles;

/**
 * Casus inbrengen: anonymous first, facts first. "Op naam" opens the legal basis and the
 * identifying fields; acuut shows the 112 notice at once; abandoned terms get a gentle,
 * dismissible note. A draft can be saved at any time; submitting checks everything on the server.
 */
@Route("casus-inbrengen")
@Menu(order = 20, title = "nav.casus-inbrengen", icon = "vaadin:plus-circle")
@RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
class IntakeView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final RadioButtonGroup<Boolean> named = new RadioButtonGroup<>();
    final Select<LegalBasis> legalBasis = new Select<>();
    final TextArea conflictOfDuties = new TextArea();
    final Select<ConsentGiver> consentGivenBy = new Select<>();
    final DatePicker consentDate = new LocalDatePicker();
    final TextField name = new TextField();
    final DatePicker dateOfBirth = new LocalDatePicker();
    final TextField address = new TextField();
    final TextField bsn = new TextField();
    final Div namedSection = new Div();
    final IntegerField age = new IntegerField();
    final TextField gender = new TextField();
    final MultiSelectComboBox<Municipality> municipalities = new MultiSelectComboBox<>();
    final Select<LivingSituation> livingSituation = new Select<>();
    final TextField daytimeActivity = new TextField();
    final RadioButtonGroup<YoungPersonRole> role = new RadioButtonGroup<>();
    final CheckboxGroup<ExploitationForm> forms = new CheckboxGroup<>();
    final Checkbox online = new Checkbox();
    final CheckboxGroup<Vulnerability> vulnerabilities = new CheckboxGroup<>();
    final TextArea signals = new TextArea();
    final TextArea question = new TextArea();
    final Div wordingHint = new Div();
    final RadioButtonGroup<Urgency> urgency = new RadioButtonGroup<>();
    final Div acuteBanner = new Div();
    final MultiSelectComboBox<OrganisationSummary> involved = new MultiSelectComboBox<>();
    final RadioButtonGroup<Boolean> youngPersonInformed = new RadioButtonGroup<>();
    final TextArea youngPersonNotInformed = new TextArea();
    final RadioButtonGroup<Boolean> parentsInformed = new RadioButtonGroup<>();
    final TextArea parentsNotInformed = new TextArea();
    final TextArea voice = new TextArea();
    final Button saveDraft = new Button();
    final Button submit = new Button();

    private final CaseService cases;
    private final IntakeService intakes;
    private Long caseId;
    private int version;
    private boolean hintDismissed;

    IntakeView(CaseService cases, IntakeService intakes, CareTableService tables, OrganisationService organisations) {
        this.intakes = intakes;
        this.cases = cases;
        setMaxWidth("60rem");
        var consultationLink = new com.vaadin.flow.router.RouterLink(getTranslation("consultation.link"),
                ConsultationView.class);
        consultationLink.setId("consultation-link");
        add(new H2(getTranslation("nav.casus-inbrengen")), new Paragraph(getTranslation("intake.intro")),
                consultationLink);

        named.setLabel(getTranslation("intake.mode"));
        named.setId("intake-named");
        named.setItems(false, true);
        named.setItemLabelGenerator(b -> getTranslation(b ? "intake.mode.named" : "intake.mode.anonymous"));
        named.setValue(false);
        named.addValueChangeListener(e -> namedSection.setVisible(Boolean.TRUE.equals(e.getValue())));
        legalBasis.setLabel(getTranslation("intake.basis"));
        legalBasis.setId("intake-basis");
        legalBasis.setItems(LegalBasis.values());
        legalBasis.setItemLabelGenerator(b -> b == null ? "" : getTranslation("basis." + b));
        legalBasis.setEmptySelectionAllowed(true);
        conflictOfDuties.setLabel(getTranslation("intake.conflict"));
        conflictOfDuties.setVisible(false);
        consentGivenBy.setLabel(getTranslation("intake.consent-by"));
        consentGivenBy.setId("intake-consent-by");
        consentGivenBy.setItems(ConsentGiver.values());
        consentGivenBy.setItemLabelGenerator(c -> c == null ? "" : getTranslation("consent." + c));
        consentDate.setLabel(getTranslation("intake.consent-date"));
        consentDate.setId("intake-consent-date");
        legalBasis.addValueChangeListener(e -> {
            conflictOfDuties.setVisible(e.getValue() == LegalBasis.CONFLICT_VAN_PLICHTEN);
            consentGivenBy.setVisible(e.getValue() == LegalBasis.TOESTEMMING);
            consentDate.setVisible(e.getValue() == LegalBasis.TOESTEMMING);
        });
        consentGivenBy.setVisible(false);
        consentDate.setVisible(false);
        name.setLabel(getTranslation("intake.name"));
        name.setId("intake-name");
        name.setMaxLength(200);
        dateOfBirth.setLabel(getTranslation("intake.date-of-birth"));
        dateOfBirth.setId("intake-date-of-birth");
        address.setLabel(getTranslation("intake.address"));
        address.setMaxLength(300);
        bsn.setLabel(getTranslation("intake.bsn"));
        bsn.setMaxLength(9);
        bsn.setAllowedCharPattern("[0-9]");
        var namedForm = new FormLayout(legalBasis, conflictOfDuties, consentGivenBy, consentDate, name, dateOfBirth,
                address, bsn);
        namedForm.setColspan(conflictOfDuties, 2);
        namedSection.add(new Paragraph(getTranslation("intake.named.note")), namedForm);
        namedSection.setVisible(false);

        age.setLabel(getTranslation("intake.age"));
        age.setId("intake-age");
        age.setMin(0);
        age.setMax(30);
        gender.setLabel(getTranslation("intake.gender"));
        gender.setMaxLength(20);
        municipalities.setLabel(getTranslation("intake.municipalities"));
        municipalities.setItems(tables.municipalities());
        municipalities.setItemLabelGenerator(Municipality::name);
        livingSituation.setLabel(getTranslation("intake.living"));
        livingSituation.setItems(LivingSituation.values());
        livingSituation.setItemLabelGenerator(l -> l == null ? "" : getTranslation("living." + l));
        livingSituation.setEmptySelectionAllowed(true);
        daytimeActivity.setLabel(getTranslation("intake.daytime"));
        daytimeActivity.setMaxLength(300);
        role.setLabel(getTranslation("intake.role"));
        role.setId("intake-role");
        role.setItems(YoungPersonRole.values());
        role.setItemLabelGenerator(r -> getTranslation("role-young." + r));
        var about = new FormLayout(age, gender, municipalities, livingSituation, daytimeActivity, role);
        about.setColspan(municipalities, 2);
        about.setColspan(role, 2);

        forms.setLabel(getTranslation("case.forms"));
        forms.setId("intake-forms");
        forms.setItems(ExploitationForm.values());
        forms.setItemLabelGenerator(f -> getTranslation("form." + f));
        online.setLabel(getTranslation("intake.online"));
        vulnerabilities.setLabel(getTranslation("intake.vulnerabilities"));
        vulnerabilities.setItems(Vulnerability.values());
        vulnerabilities.setItemLabelGenerator(v -> getTranslation("vulnerability." + v));

        signals.setLabel(getTranslation("intake.signals"));
        signals.setId("intake-signals");
        signals.setHelperText(getTranslation("intake.signals.help"));
        signals.setMaxLength(10_000);
        signals.setWidthFull();
        signals.setValueChangeMode(ValueChangeMode.LAZY);
        question.setLabel(getTranslation("intake.question"));
        question.setId("intake-question");
        question.setMaxLength(10_000);
        question.setWidthFull();
        question.setValueChangeMode(ValueChangeMode.LAZY);
        wordingHint.setId("wording-hint");
        wordingHint.addClassName("wording-hint");
        wordingHint.getElement().setAttribute("role", "status");
        wordingHint.setVisible(false);
        signals.addValueChangeListener(e -> updateWordingHint());
        question.addValueChangeListener(e -> updateWordingHint());

        urgency.setLabel(getTranslation("case.urgency"));
        urgency.setId("intake-urgency");
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> getTranslation("urgency." + u));
        urgency.setValue(Urgency.NORMAAL);
        acuteBanner.setId("acute-banner");
        acuteBanner.addClassName("acute-banner");
        acuteBanner.getElement().setAttribute("role", "alert");
        acuteBanner.setText(getTranslation("intake.acute"));
        acuteBanner.setVisible(false);
        urgency.addValueChangeListener(e -> acuteBanner.setVisible(e.getValue() == Urgency.ACUUT));

        involved.setLabel(getTranslation("intake.involved"));
        involved.setItems(organisations.active());
        involved.setItemLabelGenerator(OrganisationSummary::name);
        youngPersonInformed.setLabel(getTranslation("intake.young-informed"));
        youngPersonInformed.setId("intake-young-informed");
        youngPersonInformed.setItems(true, false);
        youngPersonInformed.setItemLabelGenerator(b -> getTranslation(b ? "intake.yes" : "intake.no"));
        youngPersonNotInformed.setLabel(getTranslation("intake.why-not"));
        youngPersonNotInformed.setId("intake-young-not-informed");
        parentsInformed.setLabel(getTranslation("intake.parents-informed"));
        parentsInformed.setId("intake-parents-informed");
        parentsInformed.setItems(true, false);
        parentsInformed.setItemLabelGenerator(b -> getTranslation(b ? "intake.yes" : "intake.no"));
        parentsNotInformed.setLabel(getTranslation("intake.why-not"));
        parentsNotInformed.setId("intake-parents-not-informed");
        voice.setLabel(getTranslation("intake.voice"));
        voice.setMaxLength(10_000);
        voice.setWidthFull();

        saveDraft.setText(getTranslation("intake.save-draft"));
        saveDraft.setId("intake-save-draft");
        saveDraft.addClickListener(e -> save(false));
        submit.setText(getTranslation("intake.submit"));
        submit.setId("intake-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> save(true));

        add(urgency, acuteBanner, named, namedSection,
                section("intake.section.young-person", about),
                section("intake.section.exploitation", new VerticalLayout(forms, online, vulnerabilities)),
                section("intake.section.signals", new VerticalLayout(signals, question, wordingHint)),
                section("intake.section.involved", new VerticalLayout(involved, youngPersonInformed,
                        youngPersonNotInformed, parentsInformed, parentsNotInformed, voice)),
                new HorizontalLayout(saveDraft, submit));
    }

    private Details section(String titleKey, com.vaadin.flow.component.Component content) {
        var details = new Details(getTranslation(titleKey), content);
        details.setOpened(true);
        details.setWidthFull();
        return details;
    }

    private void updateWordingHint() {
        if (hintDismissed) {
            return;
        }
        var hints = WordingHints.check(signals.getValue() + "\n" + question.getValue());
        wordingHint.removeAll();
        wordingHint.setVisible(!hints.isEmpty());
        if (!hints.isEmpty()) {
            hints.forEach(h -> wordingHint.add(new Paragraph(getTranslation("intake.hint", h.term(), h.suggestion()))));
            var dismiss = new Button(getTranslation("intake.hint.dismiss"), e -> {
                hintDismissed = true;
                wordingHint.setVisible(false);
            });
            dismiss.setId("wording-hint-dismiss");
            dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            wordingHint.add(dismiss);
        }
    }

    CaseIntake intake() {
        boolean isNamed = Boolean.TRUE.equals(named.getValue());
        boolean nothingTyped = name.getValue().isBlank() && dateOfBirth.getValue() == null
                && address.getValue().isBlank() && bsn.getValue().isBlank();
        // Nothing typed means "keep what is stored": a person who may not see the identifying
        // data must not wipe it by saving other changes.
        IdentifyingData identifying = isNamed && !nothingTyped ? new IdentifyingData(name.getValue(),
                dateOfBirth.getValue(), address.getValue(), bsn.getValue()) : null;
        return new CaseIntake(caseId, version, isNamed, urgency.getValue(), role.getValue(), age.getValue(), null,
                gender.getValue(), municipalities.getValue().stream().map(Municipality::id).collect(Collectors.toSet()),
                livingSituation.getValue(), daytimeActivity.getValue(), forms.getValue(), online.getValue(),
                vulnerabilities.getValue(), signals.getValue(), question.getValue(),
                involved.getValue().stream().map(OrganisationSummary::id).collect(Collectors.toSet()),
                youngPersonInformed.getValue(), youngPersonNotInformed.getValue(), parentsInformed.getValue(),
                parentsNotInformed.getValue(), voice.getValue(), isNamed ? legalBasis.getValue() : null,
                conflictOfDuties.getValue(), consentGivenBy.getValue(), consentDate.getValue(), identifying);
    }

    private void save(boolean andSubmit) {
        fields().values().forEach(f -> f.setInvalid(false));
        try {
            long id;
            if (andSubmit) {
                id = intakes.saveAndSubmit(intake());
                FormFeedback.notify(this, getTranslation("intake.submitted"), NotificationVariant.LUMO_SUCCESS);
            } else {
                id = intakes.save(intake());
                FormFeedback.notify(this, getTranslation("intake.draft-saved"), NotificationVariant.LUMO_SUCCESS);
            }
            UI.getCurrent().navigate("casus/" + id);
        } catch (FieldRefusal e) {
            FormFeedback.show(e, fields(), this);
        } catch (StaleEdit e) {
            FormFeedback.notify(this, getTranslation("case.conflict"), NotificationVariant.LUMO_ERROR);
        }
    }

    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("urgency", urgency);
        fields.put("named", named);
        fields.put("legalBasis", legalBasis);
        fields.put("conflictOfDuties", conflictOfDuties);
        fields.put("consentGivenBy", consentGivenBy);
        fields.put("consentDate", consentDate);
        fields.put("identifying", name);
        fields.put("age", age);
        fields.put("role", role);
        fields.put("forms", forms);
        fields.put("signals", signals);
        fields.put("question", question);
        fields.put("daytimeActivity", daytimeActivity);
        fields.put("youngPersonInformed", youngPersonInformed);
        fields.put("youngPersonNotInformedReason", youngPersonNotInformed);
        fields.put("parentsInformed", parentsInformed);
        fields.put("parentsNotInformedReason", parentsNotInformed);
        return fields;
    }

    /** With an id: continue a draft (or a case returned for more information). */
    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            return;
        }
        CaseFileView file = cases.open(id);
        CaseIntake i = file.intake();
        caseId = id;
        version = i.version();
        named.setValue(i.named());
        urgency.setValue(i.urgency());
        role.setValue(i.role());
        age.setValue(i.age());
        gender.setValue(i.gender() == null ? "" : i.gender());
        municipalities.setValue(municipalities.getListDataView().getItems()
                .filter(m -> i.municipalityIds().contains(m.id())).collect(Collectors.toSet()));
        livingSituation.setValue(i.livingSituation());
        daytimeActivity.setValue(i.daytimeActivity() == null ? "" : i.daytimeActivity());
        forms.setValue(i.forms());
        online.setValue(Boolean.TRUE.equals(i.onlineComponent()));
        vulnerabilities.setValue(i.vulnerabilities());
        signals.setValue(i.signals() == null ? "" : i.signals());
        question.setValue(i.question() == null ? "" : i.question());
        involved.setValue(involved.getListDataView().getItems()
                .filter(o -> i.involvedOrganisationIds().contains(o.id())).collect(Collectors.toSet()));
        youngPersonInformed.setValue(i.youngPersonInformed());
        youngPersonNotInformed.setValue(i.youngPersonNotInformedReason() == null ? "" : i.youngPersonNotInformedReason());
        parentsInformed.setValue(i.parentsInformed());
        parentsNotInformed.setValue(i.parentsNotInformedReason() == null ? "" : i.parentsNotInformedReason());
        voice.setValue(i.voiceOfYoungPerson() == null ? "" : i.voiceOfYoungPerson());
        legalBasis.setValue(i.legalBasis());
        conflictOfDuties.setValue(i.conflictOfDuties() == null ? "" : i.conflictOfDuties());
        consentGivenBy.setValue(i.consentGivenBy());
        consentDate.setValue(i.consentDate());
        if (i.identifying() != null) {
            name.setValue(i.identifying().name() == null ? "" : i.identifying().name());
            dateOfBirth.setValue(i.identifying().dateOfBirth());
            address.setValue(i.identifying().address() == null ? "" : i.identifying().address());
            bsn.setValue(i.identifying().bsn() == null ? "" : i.identifying().bsn());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.casus-inbrengen");
    }
}
