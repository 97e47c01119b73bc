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

/**
 * Demo profile only: the demo chair finds a bewaarplicht on the case closed longest ago (the OM
 * asked during a criminal case, two months back) and the report of last week's nightly run, which
 * purged the historic declined proposals older than three months. Uses the real services, at
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

    DemoRetention(DemoRetentionRepository repository, LegalHoldService holds, RetentionService retention,
            SystemTasks systemTasks, UserDetailsService users) {
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
}
