package nl.zorgtafel.audit;

import static nl.zorgtafel.db.Tables.OUTBOX_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.testsupport.TestData;

/**
 * A scheduled job runs on one node only: while another node holds its lock in the database, the
 * job here does nothing; once the lock is free, it runs.
 */
@SpringBootTest
class AnomalyScheduleLockTest {

    @Autowired
    AnomalySchedule schedule;
    @Autowired
    LockProvider locks;
    @Autowired
    TestData testData;
    @Autowired
    DSLContext dsl;

    @Test
    void the_weekly_report_is_not_sent_while_another_node_holds_its_lock() {
        testData.account("Beheerder Bij", testData.organisation(TestData.unique("Org"), OrganisationType.GEMEENTE),
                true, Map.of());
        var otherNode = locks.lock(new LockConfiguration(Instant.now(), "anomaly-report", Duration.ofMinutes(5),
                Duration.ZERO)).orElseThrow();
        int before = reports();

        schedule.send();
        assertThat(reports()).isEqualTo(before);

        otherNode.unlock();
        schedule.send();
        assertThat(reports()).isGreaterThan(before);
    }

    private int reports() {
        return dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.SUBJECT.contains("afwijkingen"));
    }
}
