package nl.zorgtafel.casefile.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;

import nl.zorgtafel.base.ui.TextLimit;
import nl.zorgtafel.base.ui.LocalDatePicker;
import nl.zorgtafel.casefile.AgeBand;
import nl.zorgtafel.casefile.ConsentGiver;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.LegalBasis;
import nl.zorgtafel.casefile.LivingSituation;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.casefile.Vulnerability;
import nl.zorgtafel.casefile.YoungPersonRole;
import nl.zorgtafel.party.Municipality;
import nl.zorgtafel.party.OrganisationSummary;

/**
 * The intake's fields with their Dutch labels and choices, bound to an {@link IntakeForm}. Long
 * texts send what is typed as it is typed, so nothing is lost when the page moves on.
 */
final class IntakeFields {

    final RadioButtonGroup<Urgency> urgency = new RadioButtonGroup<>();
    final RadioButtonGroup<Boolean> named = new RadioButtonGroup<>();
    final Select<LegalBasis> legalBasis = new Select<>();
    final TextArea conflictOfDuties = new TextArea();
    final Select<ConsentGiver> consentGivenBy = new Select<>();
    final DatePicker consentDate = new LocalDatePicker();
    final TextField name = new TextField();
    final DatePicker dateOfBirth = new LocalDatePicker();
    final TextField address = new TextField();
    final TextField bsn = new TextField();
    final IntegerField age = new IntegerField();
    final Select<AgeBand> ageBand = new Select<>();
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
    final MultiSelectComboBox<OrganisationSummary> involved = new MultiSelectComboBox<>();
    final RadioButtonGroup<Boolean> youngPersonInformed = new RadioButtonGroup<>();
    final TextArea youngPersonNotInformed = new TextArea();
    final RadioButtonGroup<Boolean> parentsInformed = new RadioButtonGroup<>();
    final TextArea parentsNotInformed = new TextArea();
    final TextArea voice = new TextArea();

    IntakeFields(java.util.List<Municipality> municipalityChoice, java.util.List<OrganisationSummary> organisations) {
        choice(urgency, "case.urgency", "intake-urgency", Urgency.values(), u -> "urgency." + u);
        named.setLabel(t("intake.mode"));
        named.setId("intake-named");
        named.setItems(false, true);
        named.setItemLabelGenerator(b -> t(b ? "intake.mode.named" : "intake.mode.anonymous"));
        select(legalBasis, "intake.basis", "intake-basis", LegalBasis.values(), b -> "basis." + b);
        area(conflictOfDuties, "intake.conflict", "intake-conflict");
        select(consentGivenBy, "intake.consent-by", "intake-consent-by", ConsentGiver.values(), c -> "consent." + c);
        label(consentDate, "intake.consent-date", "intake-consent-date");
        text(name, "intake.name", "intake-name", 200);
        label(dateOfBirth, "intake.date-of-birth", "intake-date-of-birth");
        text(address, "intake.address", "intake-address", 300);
        text(bsn, "intake.bsn", "intake-bsn", 9);
        bsn.setAllowedCharPattern("[0-9]");
        label(age, "intake.age", "intake-age");
        age.setMin(0);
        age.setMax(30);
        age.setHelperText(t("intake.age.help"));
        select(ageBand, "intake.age-band", "intake-age-band", AgeBand.values(), b -> "age-band." + b);
        text(gender, "intake.gender", "intake-gender", 20);
        label(municipalities, "intake.municipalities", "intake-municipalities");
        municipalities.setItems(municipalityChoice);
        municipalities.setItemLabelGenerator(Municipality::name);
        select(livingSituation, "intake.living", "intake-living", LivingSituation.values(), l -> "living." + l);
        text(daytimeActivity, "intake.daytime", "intake-daytime", 300);
        choice(role, "intake.role", "intake-role", YoungPersonRole.values(), r -> "role-young." + r);
        forms.setLabel(t("case.forms"));
        forms.setId("intake-forms");
        forms.setItems(ExploitationForm.values());
        forms.setItemLabelGenerator(f -> t("form." + f));
        online.setLabel(t("intake.online"));
        online.setId("intake-online");
        vulnerabilities.setLabel(t("intake.vulnerabilities"));
        vulnerabilities.setId("intake-vulnerabilities");
        vulnerabilities.setItems(Vulnerability.values());
        vulnerabilities.setItemLabelGenerator(v -> t("vulnerability." + v));
        area(signals, "intake.signals", "intake-signals");
        signals.setHelperText(t("intake.signals.help"));
        area(question, "intake.question", "intake-question");
        label(involved, "intake.involved", "intake-involved");
        involved.setItems(organisations);
        involved.setItemLabelGenerator(OrganisationSummary::name);
        yesNo(youngPersonInformed, "intake.young-informed", "intake-young-informed");
        area(youngPersonNotInformed, "intake.why-not", "intake-young-not-informed");
        yesNo(parentsInformed, "intake.parents-informed", "intake-parents-informed");
        area(parentsNotInformed, "intake.why-not", "intake-parents-not-informed");
        area(voice, "intake.voice", "intake-voice");
        // Only what the chosen answers ask for is shown.
        legalBasis.addValueChangeListener(e -> showBasisFields());
        youngPersonInformed.addValueChangeListener(e -> youngPersonNotInformed.setVisible(Boolean.FALSE.equals(e.getValue())));
        parentsInformed.addValueChangeListener(e -> parentsNotInformed.setVisible(Boolean.FALSE.equals(e.getValue())));
        age.addValueChangeListener(e -> ageBand.setVisible(e.getValue() == null));
        showBasisFields();
        youngPersonNotInformed.setVisible(false);
        parentsNotInformed.setVisible(false);
    }

    /** Binds every field to the form bean. */
    void bind(Binder<IntakeForm> binder) {
        binder.forField(urgency).bind(f -> f.urgency, (f, v) -> f.urgency = v);
        binder.forField(named).bind(f -> f.named, (f, v) -> f.named = v);
        binder.forField(legalBasis).bind(f -> f.legalBasis, (f, v) -> f.legalBasis = v);
        binder.forField(conflictOfDuties).withValidator(TextLimit.validator(10_000)).bind(f -> f.conflictOfDuties, (f, v) -> f.conflictOfDuties = v);
        binder.forField(consentGivenBy).bind(f -> f.consentGivenBy, (f, v) -> f.consentGivenBy = v);
        binder.forField(consentDate).bind(f -> f.consentDate, (f, v) -> f.consentDate = v);
        binder.forField(name).bind(f -> f.name, (f, v) -> f.name = v);
        binder.forField(dateOfBirth).bind(f -> f.dateOfBirth, (f, v) -> f.dateOfBirth = v);
        binder.forField(address).bind(f -> f.address, (f, v) -> f.address = v);
        binder.forField(bsn).bind(f -> f.bsn, (f, v) -> f.bsn = v);
        binder.forField(age).bind(f -> f.age, (f, v) -> f.age = v);
        binder.forField(ageBand).bind(f -> f.ageBand, (f, v) -> f.ageBand = v);
        binder.forField(gender).bind(f -> f.gender, (f, v) -> f.gender = v);
        binder.forField(municipalities).bind(f -> f.municipalities, (f, v) -> f.municipalities = v);
        binder.forField(livingSituation).bind(f -> f.livingSituation, (f, v) -> f.livingSituation = v);
        binder.forField(daytimeActivity).bind(f -> f.daytimeActivity, (f, v) -> f.daytimeActivity = v);
        binder.forField(role).bind(f -> f.role, (f, v) -> f.role = v);
        binder.forField(forms).bind(f -> f.forms, (f, v) -> f.forms = v);
        binder.forField(online).bind(f -> f.online, (f, v) -> f.online = v);
        binder.forField(vulnerabilities).bind(f -> f.vulnerabilities, (f, v) -> f.vulnerabilities = v);
        binder.forField(signals).withValidator(TextLimit.validator(10_000)).bind(f -> f.signals, (f, v) -> f.signals = v);
        binder.forField(question).withValidator(TextLimit.validator(10_000)).bind(f -> f.question, (f, v) -> f.question = v);
        binder.forField(involved).bind(f -> f.involved, (f, v) -> f.involved = v);
        binder.forField(youngPersonInformed).bind(f -> f.youngPersonInformed, (f, v) -> f.youngPersonInformed = v);
        binder.forField(youngPersonNotInformed).withValidator(TextLimit.validator(10_000)).bind(f -> f.youngPersonNotInformed,
                (f, v) -> f.youngPersonNotInformed = v);
        binder.forField(parentsInformed).bind(f -> f.parentsInformed, (f, v) -> f.parentsInformed = v);
        binder.forField(parentsNotInformed).withValidator(TextLimit.validator(10_000)).bind(f -> f.parentsNotInformed, (f, v) -> f.parentsNotInformed = v);
        binder.forField(voice).withValidator(TextLimit.validator(10_000)).bind(f -> f.voice, (f, v) -> f.voice = v);
    }

    /** The fields by the names under which the service's rules refuse them. */
    Map<String, HasValidation> byRuleName() {
        return Map.ofEntries(Map.entry("urgency", urgency), Map.entry("named", named),
                Map.entry("legalBasis", legalBasis), Map.entry("conflictOfDuties", conflictOfDuties),
                Map.entry("consentGivenBy", consentGivenBy), Map.entry("consentDate", consentDate),
                Map.entry("identifying", name), Map.entry("dateOfBirth", dateOfBirth), Map.entry("age", age),
                Map.entry("role", role), Map.entry("forms", forms), Map.entry("signals", signals),
                Map.entry("question", question), Map.entry("daytimeActivity", daytimeActivity),
                Map.entry("youngPersonInformed", youngPersonInformed),
                Map.entry("youngPersonNotInformedReason", youngPersonNotInformed),
                Map.entry("parentsInformed", parentsInformed),
                Map.entry("parentsNotInformedReason", parentsNotInformed), Map.entry("voiceOfYoungPerson", voice));
    }

    private static String t(String key) {
        return com.vaadin.flow.component.UI.getCurrent().getTranslation(key);
    }

    private void showBasisFields() {
        conflictOfDuties.setVisible(legalBasis.getValue() == LegalBasis.CONFLICT_VAN_PLICHTEN);
        consentGivenBy.setVisible(legalBasis.getValue() == LegalBasis.TOESTEMMING);
        consentDate.setVisible(legalBasis.getValue() == LegalBasis.TOESTEMMING);
    }

    private void label(com.vaadin.flow.component.HasLabel field, String labelKey, String id) {
        field.setLabel(t(labelKey));
        ((com.vaadin.flow.component.Component) field).setId(id);
    }

    private void text(TextField field, String labelKey, String id, int max) {
        label(field, labelKey, id);
        field.setMaxLength(max);
    }

    private void area(TextArea area, String labelKey, String id) {
        label(area, labelKey, id);
        TextLimit.apply(area, 10_000);
        area.setWidthFull();
        area.setValueChangeMode(ValueChangeMode.LAZY);
    }

    private <T> void select(Select<T> select, String labelKey, String id, T[] items,
            java.util.function.Function<T, String> key) {
        label(select, labelKey, id);
        select.setItems(items);
        select.setItemLabelGenerator(v -> v == null ? "" : t(key.apply(v)));
        select.setEmptySelectionAllowed(true);
    }

    private <T> void choice(RadioButtonGroup<T> group, String labelKey, String id, T[] items,
            java.util.function.Function<T, String> key) {
        label(group, labelKey, id);
        group.setItems(items);
        group.setItemLabelGenerator(v -> t(key.apply(v)));
    }

    private void yesNo(RadioButtonGroup<Boolean> group, String labelKey, String id) {
        label(group, labelKey, id);
        group.setItems(true, false);
        group.setItemLabelGenerator(b -> t(b ? "intake.yes" : "intake.no"));
    }
}
