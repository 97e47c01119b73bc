package nl.zorgtafel.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.pdf.PdfRenderer;
import nl.zorgtafel.base.time.DutchTime;
import nl.zorgtafel.base.ui.Translations;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.CaseAccess;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;

/**
 * Registration with CoMensha (issue 15, F-8): the verantwoordelijke partner or the chair records on
 * what basis a case may be reported ({@link RegistrationConsent}), and produces a pre-filled PDF/A
 * draft for the partner to send. Both are refused (audited) to anyone else; the draft is refused
 * without a recorded basis and carries name and date of birth only where the consent covers them.
 */
@Service
public class RegistrationService {

    private final CaseGuard guard;
    private final RegistrationRepository registrations;
    private final CaseRepository cases;
    private final CaseHistoryRepository history;
    private final IdentityCipher cipher;
    private final PdfRenderer pdf;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Translations translations;
    private final Clock clock;

    RegistrationService(CaseGuard guard, RegistrationRepository registrations, CaseRepository cases,
            CaseHistoryRepository history, IdentityCipher cipher, PdfRenderer pdf, CurrentUser currentUser,
            AuditService audit, Translations translations, Clock clock) {
        this.guard = guard;
        this.registrations = registrations;
        this.cases = cases;
        this.history = history;
        this.cipher = cipher;
        this.pdf = pdf;
        this.currentUser = currentUser;
        this.audit = audit;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * Records (or changes, at its version) the case's registration basis. Consent must come from the
     * young person at 16 or older and from a parent or guardian below 16, on the consent date;
     * registering without consent needs a written reason and never covers identifying data.
     * Refused (audited) unless the person may register the case; {@link StaleEdit} when someone
     * else recorded meanwhile.
     */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public void record(long caseId, RegistrationConsent consent) {
        var guarded = guard.toRegister(caseId);
        check(guarded.stored(), consent);
        var stored = normalised(consent);
        if (!registrations.save(caseId, stored, currentUser.require().personId(), clock.instant())) {
            throw new StaleEdit("Registration changed meanwhile");
        }
        history.add(caseId, currentUser.require().personId(), CaseEventKind.REGISTRATION_RECORDED,
                consent.basis().name(), clock.instant());
        audit.record(AuditKind.CASE_CHANGED, AuditObject.of(CaseGuard.OBJECT, caseId), "comensha registration");
    }

    /**
     * The pre-filled registration draft as PDF/A, in Dutch. Refused (audited) unless the person may
     * register the case, and refused (audited) while no basis is recorded. Name and date of birth
     * appear only when the consent covers them and the person may see the case's identifying data;
     * that showing is audited like opening the case. Read-only transaction.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID})
    public byte[] draftPdf(long caseId) {
        var guarded = guard.toRegister(caseId);
        CaseAccess rights = guarded.access();
        Optional<RegistrationConsent> consent = registrations.load(caseId);
        if (consent.isEmpty()) {
            audit.record(AuditKind.ACCESS_DENIED, AuditObject.of(CaseGuard.OBJECT, caseId), "comensha draft: no basis");
            throw new CaseRuleException("registration", "comensha.rule.no-basis");
        }
        StoredCase stored = guarded.stored();
        IdentifyingData identifying = null;
        if (consent.get().identifyingCovered() && stored.named()) {
            if (rights.seeIdentifying()) {
                var all = cipher.decrypt(stored.identity());
                // Only what the consent covers: address and BSN never leave the table this way.
                identifying = new IdentifyingData(all.name(), all.dateOfBirth(), null, null);
                audit.record(AuditKind.IDENTIFYING_DATA_VIEWED, AuditObject.of(CaseGuard.OBJECT, caseId),
                        "comensha draft");
            } else {
                audit.record(AuditKind.ACCESS_DENIED, AuditObject.of(CaseGuard.OBJECT, caseId), "identifying data");
            }
        }
        byte[] document = pdf.render(ComenshaDraft.html(facts(stored, consent.get(), identifying), this::dutch));
        audit.record(AuditKind.COMENSHA_DRAFT_PRODUCED, AuditObject.of(CaseGuard.OBJECT, caseId),
                identifying == null ? "anonymous" : "with name and date of birth");
        return document;
    }

    private ComenshaDraft.Facts facts(StoredCase stored, RegistrationConsent consent, IdentifyingData identifying) {
        CaseIntake intake = stored.intakeWithoutIdentifying();
        LocalDate today = today();
        // The age today from the date of birth (decrypted for the sum only), else the age the intake gave.
        LocalDate born = stored.identity().dateOfBirth() == null ? null : cipher.dateOfBirth(stored.identity());
        Integer age = born != null ? Integer.valueOf(Period.between(born, today).getYears()) : intake.age();
        var milestones = history.milestones(stored.id());
        var involved = registrations.involvedTypes(stored.id());
        boolean police = involved.stream().anyMatch(t -> t.domain() == OrganisationType.Domain.POLITIE)
                || milestones.stream().anyMatch(m -> m.milestone() == Milestone.MELDING_POLITIE_AVIM
                        || (m.milestone() == Milestone.AANGIFTE && "GEDAAN".equals(m.variant())));
        boolean veiligThuis = involved.contains(OrganisationType.VEILIG_THUIS)
                || milestones.stream().anyMatch(m -> m.milestone() == Milestone.MELDING_VEILIG_THUIS);
        return new ComenshaDraft.Facts(stored.proposingOrganisationName(), currentUser.require().displayName(),
                stored.submittedAt() == null ? null : LocalDate.ofInstant(stored.submittedAt(), DutchTime.ZONE), today,
                intake.gender(), age, intake.ageBand(), identifying, intake.forms(), cases.municipalityNames(stored.id()),
                intake.role(), intake.vulnerabilities(), intake.onlineComponent(), police, veiligThuis, consent);
    }

    private void check(StoredCase stored, RegistrationConsent c) {
        var checks = new FieldRefusal.Collector();
        checks.require(c.basis() != null, "basis", "comensha.rule.basis");
        if (c.basis() == RegistrationBasis.CONSENT) {
            checks.require(c.givenBy() != null, "givenBy", "comensha.rule.given-by");
            boolean dated = checks.require(c.consentDate() != null && !c.consentDate().isAfter(today()),
                    "consentDate", "comensha.rule.consent-date");
            Boolean sixteen = dated ? sixteenOn(stored, c.consentDate()) : null;
            checks.require(!dated || sixteen != null, "givenBy", "comensha.rule.age-unknown");
            if (sixteen != null && c.givenBy() != null) {
                checks.require(c.givenBy() != ConsentGiver.JONGERE || sixteen, "givenBy", "comensha.rule.under-16");
                checks.require(c.givenBy() != ConsentGiver.OUDER_VOOGD || !sixteen, "givenBy", "comensha.rule.from-16");
            }
        }
        if (c.basis() == RegistrationBasis.LAWFUL_WITHOUT_CONSENT) {
            checks.require(c.lawfulReason() != null && !c.lawfulReason().isBlank(), "lawfulReason",
                    "comensha.rule.reason");
        }
        checks.require(c.lawfulReason() == null || c.lawfulReason().length() <= IntakeRules.TEXT_MAX, "lawfulReason",
                "case.rule.too-long");
        checks.throwIfAny(CaseRuleException::new);
    }

    /**
     * Whether the young person was 16 on {@code day}: from the date of birth when known, else the age
     * the intake gave, else the age band (16–17 and 18–23 are 16 or older); null when nothing is known.
     */
    private Boolean sixteenOn(StoredCase stored, LocalDate day) {
        Integer age = IntakeRules.age(cipher.withDecryptedBirth(stored), day);
        if (age != null) {
            return age >= 16;
        }
        AgeBand band = stored.intakeWithoutIdentifying().ageBand();
        return band == null ? null : band == AgeBand.J16_17 || band == AgeBand.J18_23;
    }

    /** Keeps only what the basis means: no consent fields without consent, no reason with it. */
    private static RegistrationConsent normalised(RegistrationConsent c) {
        return c.basis() == RegistrationBasis.CONSENT
                ? new RegistrationConsent(c.basis(), c.givenBy(), c.consentDate(), c.coversIdentifying(), null,
                        c.version(), null)
                : new RegistrationConsent(c.basis(), null, null, false, c.lawfulReason().strip(), c.version(), null);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DutchTime.ZONE));
    }

    private String dutch(String key, Object... params) {
        return translations.getTranslation(key, Translations.DUTCH, params);
    }
}
