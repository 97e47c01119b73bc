package nl.zorgtafel.casefile;

import java.time.LocalDate;
import java.time.Period;

import nl.zorgtafel.base.validation.FieldRefusal;

/**
 * The intake's rules (product.md F-2), checked on the server: anonymous first, a recorded basis
 * before anything identifying, consent from the right person, facts and a question before
 * submitting. All refusals of one check come together, each naming its field and a translation
 * key, so the form marks every field at once.
 */
final class IntakeRules {

    static final int TEXT_MAX = 10_000;

    private IntakeRules() {
    }

    /** What a draft must already respect. */
    static void checkDraft(CaseIntake i) {
        var checks = new FieldRefusal.Collector();
        draft(i, checks);
        checks.throwIfAny(CaseRuleException::new);
    }

    /** What a submitted case must have. */
    static void checkSubmission(CaseIntake i, boolean identifyingStored, LocalDate today) {
        var checks = new FieldRefusal.Collector();
        draft(i, checks);
        checks.require(i.role() != null, "role", "case.rule.required");
        checks.require(i.age() != null || i.ageBand() != null || birth(i) != null || identifyingStored, "age",
                "case.rule.age-or-band");
        checks.require(!i.forms().isEmpty(), "forms", "case.rule.required");
        checks.require(!isBlank(i.signals()), "signals", "case.rule.required");
        checks.require(!isBlank(i.question()), "question", "case.rule.required");
        if (checks.require(i.youngPersonInformed() != null, "youngPersonInformed", "case.rule.required")) {
            checks.require(i.youngPersonInformed() || !isBlank(i.youngPersonNotInformedReason()),
                    "youngPersonNotInformedReason", "case.rule.reason-not-informed");
        }
        if (checks.require(i.parentsInformed() != null, "parentsInformed", "case.rule.required")) {
            checks.require(i.parentsInformed() || !isBlank(i.parentsNotInformedReason()),
                    "parentsNotInformedReason", "case.rule.reason-not-informed");
        }
        if (i.named()) {
            naming(i, identifyingStored, today, checks);
        }
        checks.throwIfAny(CaseRuleException::new);
    }

    /** What a named case must have: a recorded basis, consent from the right person, name and date of birth. */
    static void checkNaming(CaseIntake i, boolean identifyingStored, LocalDate today) {
        var checks = new FieldRefusal.Collector();
        naming(i, identifyingStored, today, checks);
        checks.throwIfAny(CaseRuleException::new);
    }

    private static void draft(CaseIntake i, FieldRefusal.Collector checks) {
        checks.require(i.urgency() != null, "urgency", "case.rule.required");
        if (!i.named()) {
            // Data minimisation: an anonymous case holds nothing identifying, not even in a draft.
            checks.require(i.identifying() == null || blank(i.identifying()), "named",
                    "case.rule.anonymous-identifying");
        }
        text(checks, "signals", i.signals());
        text(checks, "question", i.question());
        text(checks, "youngPersonNotInformedReason", i.youngPersonNotInformedReason());
        text(checks, "parentsNotInformedReason", i.parentsNotInformedReason());
        text(checks, "voiceOfYoungPerson", i.voiceOfYoungPerson());
        text(checks, "conflictOfDuties", i.conflictOfDuties());
        checks.require(i.daytimeActivity() == null || i.daytimeActivity().length() <= 300, "daytimeActivity",
                "case.rule.too-long");
        checks.require(i.age() == null || (i.age() >= 0 && i.age() <= 30), "age", "case.rule.age");
    }

    private static void naming(CaseIntake i, boolean identifyingStored, LocalDate today,
            FieldRefusal.Collector checks) {
        checks.require(i.legalBasis() != null, "legalBasis", "case.rule.basis-required");
        if (i.legalBasis() == LegalBasis.CONFLICT_VAN_PLICHTEN) {
            checks.require(!isBlank(i.conflictOfDuties()), "conflictOfDuties", "case.rule.conflict-of-duties");
        }
        if (i.legalBasis() == LegalBasis.TOESTEMMING) {
            checks.require(i.consentGivenBy() != null, "consentGivenBy", "case.rule.consent-who");
            checks.require(i.consentDate() != null && !i.consentDate().isAfter(today), "consentDate",
                    "case.rule.consent-date");
            // Who may consent depends on the age on the day consent was given.
            Integer age = age(i, i.consentDate() != null && !i.consentDate().isAfter(today) ? i.consentDate() : today);
            if (age != null && i.consentGivenBy() != null) {
                checks.require(i.consentGivenBy() != ConsentGiver.JONGERE || age >= 16, "consentGivenBy",
                        "case.rule.consent-under-16");
                checks.require(i.consentGivenBy() != ConsentGiver.OUDER_VOOGD || age < 16, "consentGivenBy",
                        "case.rule.consent-from-16");
            }
        }
        boolean nameGiven = i.identifying() != null && !isBlank(i.identifying().name());
        checks.require(identifyingStored || nameGiven, "identifying", "case.rule.name-and-birth");
        checks.require(identifyingStored || birth(i) != null, "dateOfBirth", "case.rule.name-and-birth");
        checks.require(birth(i) == null || !birth(i).isAfter(today), "dateOfBirth", "case.rule.date-not-future");
    }

    private static void text(FieldRefusal.Collector checks, String field, String text) {
        checks.require(text == null || text.length() <= TEXT_MAX, field, "case.rule.too-long");
    }

    private static LocalDate birth(CaseIntake i) {
        return i.identifying() == null ? null : i.identifying().dateOfBirth();
    }

    /** Age on {@code day} from the date of birth when known, else the age entered. */
    static Integer age(CaseIntake i, LocalDate day) {
        if (birth(i) != null) {
            return Period.between(birth(i), day).getYears();
        }
        return i.age();
    }

    private static boolean blank(IdentifyingData d) {
        return isBlank(d.name()) && d.dateOfBirth() == null && isBlank(d.address()) && isBlank(d.bsn());
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** An optional text as stored: stripped, and null when nothing was typed. */
    static String blankToNull(String s) {
        return isBlank(s) ? null : s.strip();
    }

    static void require(boolean condition, String field, String key) {
        if (!condition) {
            throw new CaseRuleException(field, key);
        }
    }
}
