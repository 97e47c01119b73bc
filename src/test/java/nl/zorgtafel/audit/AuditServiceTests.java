package nl.zorgtafel.audit;

import static nl.zorgtafel.db.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.zorgtafel.security.SystemTasks;

/**
 * Appending and the tamper-evident chain, on H2 and MariaDB. Audit entries commit in their own
 * transactions, so tests that damage the chain repair it before they end.
 */
abstract class AuditServiceTests {

    @Autowired
    AuditService audit;
    @Autowired
    DSLContext dsl;
    @Autowired
    SystemTasks systemTasks;

    private long appendThree() {
        audit.record(AuditKind.TABLE_CREATED, AuditObject.of("care_table", 41), "first");
        audit.record(AuditKind.COVENANT_SIGNED, AuditObject.of("care_table", 41), "second");
        audit.record(AuditKind.ROLE_GRANTED, AuditObject.of("person", 7), "LID");
        return dsl.select(org.jooq.impl.DSL.max(AUDIT_ENTRY.ID)).from(AUDIT_ENTRY).fetchSingle().value1();
    }

    @Test
    void entries_get_consecutive_ids_and_an_intact_chain() {
        long last = appendThree();

        var entries = dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ID.between(last - 2, last))
                .orderBy(AUDIT_ENTRY.ID).fetch();
        assertThat(entries).extracting(r -> r.getKind())
                .containsExactly(AuditKind.TABLE_CREATED, AuditKind.COVENANT_SIGNED, AuditKind.ROLE_GRANTED);
        assertThat(entries.get(1).getPreviousHash()).isEqualTo(entries.get(0).getEntryHash());
        assertThat(entries.get(2).getPreviousHash()).isEqualTo(entries.get(1).getEntryHash());
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void an_entry_edited_behind_the_services_back_is_detected() {
        long middle = appendThree() - 1;
        try {
            dsl.update(AUDIT_ENTRY).set(AUDIT_ENTRY.DETAIL, "rewritten").where(AUDIT_ENTRY.ID.eq(middle)).execute();

            var verification = audit.verifyChain();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenId()).isEqualTo(middle);
            assertThat(verification.problem()).isEqualTo("content changed");
        } finally {
            dsl.update(AUDIT_ENTRY).set(AUDIT_ENTRY.DETAIL, "second").where(AUDIT_ENTRY.ID.eq(middle)).execute();
        }
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void a_deleted_entry_is_detected() {
        long middle = appendThree() - 1;
        var copy = dsl.fetchSingle(AUDIT_ENTRY, AUDIT_ENTRY.ID.eq(middle));
        try {
            dsl.deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ID.eq(middle)).execute();

            var verification = audit.verifyChain();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenId()).isEqualTo(middle);
        } finally {
            copy.changed(true);
            dsl.insertInto(AUDIT_ENTRY).set(copy).execute();
        }
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void a_deleted_last_entry_is_detected_through_the_chain_head() {
        long last = appendThree();
        var copy = dsl.fetchSingle(AUDIT_ENTRY, AUDIT_ENTRY.ID.eq(last));
        try {
            dsl.deleteFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ID.eq(last)).execute();

            assertThat(audit.verifyChain()).satisfies(v -> {
                assertThat(v.intact()).isFalse();
                assertThat(v.problem()).isEqualTo("last entries missing");
            });
        } finally {
            copy.changed(true);
            dsl.insertInto(AUDIT_ENTRY).set(copy).execute();
        }
    }

    @Test
    void the_administrator_filters_by_kind_and_object() {
        appendThree();
        var filter = new AuditFilter(null, AuditKind.ROLE_GRANTED, null, null, "person", 7L);

        var found = systemTasks.asAdministrator(() -> audit.find(filter, 0, 10));

        assertThat(found).isNotEmpty().allSatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo(AuditKind.ROLE_GRANTED);
            assertThat(entry.objectId()).isEqualTo(7L);
        });
        assertThat(systemTasks.asAdministrator(() -> audit.countUpTo(filter, 100))).isEqualTo(found.size());
        assertThat(systemTasks.asAdministrator(() -> audit.countUpTo(new AuditFilter(null, null, null, null, null, null), 2)))
                .as("counted up to the cap, not further").isEqualTo(2);
    }

    @Test
    void details_are_cut_to_their_column_length() {
        audit.record(AuditKind.SEARCHED, null, "x".repeat(500));
        long last = dsl.select(org.jooq.impl.DSL.max(AUDIT_ENTRY.ID)).from(AUDIT_ENTRY).fetchSingle().value1();
        assertThat(dsl.fetchSingle(AUDIT_ENTRY, AUDIT_ENTRY.ID.eq(last)).getDetail()).hasSize(AuditService.MAX_DETAIL);
        assertThat(audit.verifyChain().intact()).isTrue();
    }

    @Test
    void an_export_longer_than_a_page_has_every_entry_once_newest_first() {
        long actor = 9_000_000_000L + System.nanoTime() % 1_000_000_000L;
        int entries = 1001;
        for (int i = 0; i < entries; i++) {
            audit.recordFor(AuditKind.LOGIN_FAILED, actor, null, null, null, "192.0.2.7", "try " + i);
        }
        var out = new java.io.StringWriter();

        systemTasks.asAdministrator(() -> {
            audit.exportCsv(new AuditFilter(actor, null, null, null, null, null), out);
            return null;
        });

        var ids = java.util.Arrays.stream(out.toString().split("\r\n")).skip(1)
                .map(line -> Long.parseLong(line.substring(1, line.indexOf(";") - 1))).toList();
        assertThat(ids).as("pages of 500 read on from the last entry: none lost, none twice").hasSize(entries)
                .doesNotHaveDuplicates().isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }
}
