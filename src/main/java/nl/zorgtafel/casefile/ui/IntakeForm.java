package nl.zorgtafel.casefile.ui;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.zorgtafel.casefile.AgeBand;
import nl.zorgtafel.casefile.CaseIntake;
import nl.zorgtafel.casefile.ConsentGiver;
import nl.zorgtafel.casefile.ExploitationForm;
import nl.zorgtafel.casefile.IdentifyingData;
import nl.zorgtafel.casefile.LegalBasis;
import nl.zorgtafel.casefile.LivingSituation;
import nl.zorgtafel.casefile.Urgency;
import nl.zorgtafel.casefile.Vulnerability;
import nl.zorgtafel.casefile.YoungPersonRole;
import nl.zorgtafel.party.Municipality;
import nl.zorgtafel.party.OrganisationSummary;

/**
 * The intake form's values while a person edits them: the bean the {@link IntakeView}'s binder
 * reads and writes, turned into the service's immutable {@link CaseIntake} on save. Empty text
 * stays empty text here; what it means is decided by the service's rules.
 */
final class IntakeForm {

    Urgency urgency = Urgency.NORMAAL;
    Boolean named = false;
    LegalBasis legalBasis;
    String conflictOfDuties = "";
    ConsentGiver consentGivenBy;
    LocalDate consentDate;
    String name = "";
    LocalDate dateOfBirth;
    String address = "";
    String bsn = "";
    Integer age;
    AgeBand ageBand;
    String gender = "";
    Set<Municipality> municipalities = new HashSet<>();
    LivingSituation livingSituation;
    String daytimeActivity = "";
    YoungPersonRole role;
    Set<ExploitationForm> forms = new HashSet<>();
    Boolean online = false;
    Set<Vulnerability> vulnerabilities = new HashSet<>();
    String signals = "";
    String question = "";
    Set<OrganisationSummary> involved = new HashSet<>();
    Boolean youngPersonInformed;
    String youngPersonNotInformed = "";
    Boolean parentsInformed;
    String parentsNotInformed = "";
    String voice = "";

    /** The form filled from a stored case; {@code municipality} and {@code organisation} find the picked items. */
    static IntakeForm of(CaseIntake i, Function<Long, Municipality> municipality,
            Function<Long, OrganisationSummary> organisation) {
        var f = new IntakeForm();
        f.urgency = i.urgency();
        f.named = i.named();
        f.legalBasis = i.legalBasis();
        f.conflictOfDuties = text(i.conflictOfDuties());
        f.consentGivenBy = i.consentGivenBy();
        f.consentDate = i.consentDate();
        if (i.identifying() != null) {
            f.name = text(i.identifying().name());
            f.dateOfBirth = i.identifying().dateOfBirth();
            f.address = text(i.identifying().address());
            f.bsn = text(i.identifying().bsn());
        }
        f.age = i.age();
        f.ageBand = i.age() == null ? i.ageBand() : null;
        f.gender = text(i.gender());
        f.municipalities = i.municipalityIds().stream().map(municipality).filter(m -> m != null)
                .collect(Collectors.toSet());
        f.livingSituation = i.livingSituation();
        f.daytimeActivity = text(i.daytimeActivity());
        f.role = i.role();
        f.forms = new HashSet<>(i.forms());
        f.online = Boolean.TRUE.equals(i.onlineComponent());
        f.vulnerabilities = new HashSet<>(i.vulnerabilities());
        f.signals = text(i.signals());
        f.question = text(i.question());
        f.involved = i.involvedOrganisationIds().stream().map(organisation).filter(o -> o != null)
                .collect(Collectors.toSet());
        f.youngPersonInformed = i.youngPersonInformed();
        f.youngPersonNotInformed = text(i.youngPersonNotInformedReason());
        f.parentsInformed = i.parentsInformed();
        f.parentsNotInformed = text(i.parentsNotInformedReason());
        f.voice = text(i.voiceOfYoungPerson());
        return f;
    }

    /** What the service gets. Nothing typed in the identifying fields means "keep what is stored". */
    CaseIntake toIntake(Long id, int version) {
        boolean isNamed = Boolean.TRUE.equals(named);
        boolean nothingTyped = name.isBlank() && dateOfBirth == null && address.isBlank() && bsn.isBlank();
        // A person who may not see the identifying data must not wipe it by saving other changes.
        IdentifyingData identifying = isNamed && !nothingTyped
                ? new IdentifyingData(name, dateOfBirth, address, bsn) : null;
        return new CaseIntake(id, version, isNamed, urgency, role, age, age == null ? ageBand : null, gender,
                municipalities.stream().map(Municipality::id).collect(Collectors.toSet()), livingSituation,
                daytimeActivity, forms, online, vulnerabilities, signals, question,
                involved.stream().map(OrganisationSummary::id).collect(Collectors.toSet()), youngPersonInformed,
                youngPersonNotInformed, parentsInformed, parentsNotInformed, voice, isNamed ? legalBasis : null,
                conflictOfDuties, consentGivenBy, consentDate, identifying);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
