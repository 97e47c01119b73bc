package nl.zorgtafel.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import nl.zorgtafel.casefile.LegalHoldService;
import nl.zorgtafel.retention.RetentionService;
import nl.zorgtafel.security.SystemTasks;
import nl.zorgtafel.subject.SubjectDecision;
import nl.zorgtafel.subject.SubjectService;

/**
 * Demo profile only: the demo chair finds a bewaarplicht on the case closed longest ago (the OM
 * asked during a criminal case, two months back) and the report of last week's nightly run, which
 * purged the historic declined proposals older than three months; and, three weeks ago, Sem's
 * request for inzage, granted by youth care's data protection officer. Uses the real services, at
 * those moments ({@link DemoClock}).
 */
@Component
@Profile("demo")
class DemoRetention {

    private final DemoRetentionRepository repository;
    private final LegalHoldService holds;
    private final RetentionService retention;
    private final SystemTasks systemTasks;
    private final UserDetailsService users;
    private final SubjectService subjects;

    DemoRetention(DemoRetentionRepository repository, LegalHoldService holds, RetentionService retention,
            SystemTasks systemTasks, UserDetailsService users, SubjectService subjects) {
        this.subjects = subjects;
        this.repository = repository;
        this.holds = holds;
        this.retention = retention;
        this.systemTasks = systemTasks;
        this.users = users;
    }

    void seed(long demoTable, Map<String, Long> org) {
        Instant now = Instant.now();
        repository.oldestClosed(demoTable).ifPresent(caseId -> DemoClock.at(now.minus(Duration.ofDays(61)),
                () -> systemTasks.as(users.loadUserByUsername("voorzitter"), () -> {
                    holds.set(caseId, org.get("om"), "Strafzaak loopt; het OM vraagt de gegevens te bewaren.");
                    return null;
                })));
        Instant lastWeek = now.atZone(ZoneId.of("Europe/Amsterdam")).minusDays(6).with(LocalTime.of(2, 30)).toInstant();
        DemoClock.at(lastWeek, () -> systemTasks.asAdministrator(() -> retention.run(false)));
    }

    /** After the cases exist: Sem (two cases, one closed) asked what the table holds about him. */
    void seedSubjectRequest(Map<String, Long> org) {
        Instant then = Instant.now().minus(Duration.ofDays(21));
        DemoClock.at(then, () -> systemTasks.as(users.loadUserByUsername("voorzitter"), () -> {
            var match = subjects.find("Sem de Proef", java.time.LocalDate.of(2009, 9, 30));
            return subjects.recordInzage(match, new SubjectDecision(org.get("jeugdhulp"),
                    "Privacyfunctionaris Jeugdhulp De Horizon", java.time.LocalDate.ofInstant(then, ZoneId.of("Europe/Amsterdam")),
                    "Verzoek via de mentor; inzage toegewezen, export persoonlijk overhandigd."));
        }));
    }
}
