package nl.zorgtafel.casefile;

import java.time.LocalDate;
import java.time.Period;

/**
 * The intake's rules (product.md F-2), checked on the server: anonymous first, a recorded basis
 * before anything identifying, consent from the right person, facts and a question before
 * submitting. Each refusal names its field and a translation key.
 */
final class IntakeRules {

    static final int TEXT_MAX = 10_000;

    private IntakeRules() {
    }

    /** What a draft must already respect. */
    static void checkDraft(CaseIntake i) {
        require(i.urgency() != null, "urgency", "case.rule.required");
        if (!i.named()) {
            // Data minimisation: an anonymous case holds nothing identifying, not even in a draft.
            require(i.identifying() == null || blank(i.identifying()), "named", "case.rule.anonymous-identifying");
        }
        for (String text : new String[] {i.signals(), i.question(), i.youngPersonNotInformedReason(),
                i.parentsNotInformedReason(), i.voiceOfYoungPerson(), i.conflictOfDuties()}) {
            require(text == null || text.length() <= TEXT_MAX, "signals", "case.rule.too-long");
        }
        require(i.daytimeActivity() == null || i.daytimeActivity().length() <= 300, "daytimeActivity",
                "case.rule.too-long");
        require(i.age() == null || (i.age() >= 0 && i.age() <= 30), "age", "case.rule.age");
    }

    /** What a submitted case must have. */
    static void checkSubmission(CaseIntake i, boolean identifyingStored, LocalDate today) {
        checkDraft(i);
        require(i.role() != null, "role", "case.rule.required");
        require(!i.forms().isEmpty(), "forms", "case.rule.required");
        require(!isBlank(i.signals()), "signals", "case.rule.required");
        require(!isBlank(i.question()), "question", "case.rule.required");
        require(i.youngPersonInformed() != null, "youngPersonInformed", "case.rule.required");
        require(i.youngPersonInformed() || !isBlank(i.youngPersonNotInformedReason()),
                "youngPersonNotInformedReason", "case.rule.reason-not-informed");
        require(i.parentsInformed() != null, "parentsInformed", "case.rule.required");
        require(i.parentsInformed() || !isBlank(i.parentsNotInformedReason()),
                "parentsNotInformedReason", "case.rule.reason-not-informed");
        if (i.named()) {
            checkNaming(i, identifyingStored, today);
        }
    }

    /** What a named case must have: a recorded basis, consent from the right person, name and date of birth. */
    static void checkNaming(CaseIntake i, boolean identifyingStored, LocalDate today) {
        require(i.legalBasis() != null, "legalBasis", "case.rule.basis-required");
        if (i.legalBasis() == LegalBasis.CONFLICT_VAN_PLICHTEN) {
            require(!isBlank(i.conflictOfDuties()), "conflictOfDuties", "case.rule.conflict-of-duties");
        }
        if (i.legalBasis() == LegalBasis.TOESTEMMING) {
            require(i.consentGivenBy() != null, "consentGivenBy", "case.rule.consent-who");
            require(i.consentDate() != null && !i.consentDate().isAfter(today), "consentDate",
                    "case.rule.consent-date");
            Integer age = age(i, today);
            if (age != null) {
                require(i.consentGivenBy() != ConsentGiver.JONGERE || age >= 16, "consentGivenBy",
                        "case.rule.consent-under-16");
                require(i.consentGivenBy() != ConsentGiver.OUDER_VOOGD || age < 16, "consentGivenBy",
                        "case.rule.consent-from-16");
            }
        }
        require(identifyingStored || (i.identifying() != null && !isBlank(i.identifying().name())
                && i.identifying().dateOfBirth() != null), "identifying", "case.rule.name-and-birth");
        require(i.identifying() == null || i.identifying().dateOfBirth() == null
                || !i.identifying().dateOfBirth().isAfter(today), "dateOfBirth", "case.rule.date-not-future");
    }

    /** Age from the date of birth when known, else the age entered. */
    static Integer age(CaseIntake i, LocalDate today) {
        if (i.identifying() != null && i.identifying().dateOfBirth() != null) {
            return Period.between(i.identifying().dateOfBirth(), today).getYears();
        }
        return i.age();
    }

    private static boolean blank(IdentifyingData d) {
        return isBlank(d.name()) && d.dateOfBirth() == null && isBlank(d.address()) && isBlank(d.bsn());
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static void require(boolean condition, String field, String key) {
        if (!condition) {
            throw new CaseRuleException(field, key);
        }
    }
}
