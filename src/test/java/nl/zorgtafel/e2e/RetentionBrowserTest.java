package nl.zorgtafel.e2e;

import static nl.zorgtafel.db.Tables.AUDIT_ENTRY;
import static nl.zorgtafel.db.Tables.CARE_TABLE;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.casefile.CaseStatus;

/**
 * Bewaartermijnen in a real browser on the demo: the Beheerder shortens the closed-case period, the
 * chair puts a closed case under legal hold and sees it held in the preview next to the cases due,
 * the Beheerder runs the job after confirming, the chair reads the report; a member of the police
 * reads only their own organisation's lines, and the observer-less Beheerder screen is refused to
 * the chair by address (audited).
 */
class RetentionBrowserTest extends BrowserTestBase {

    @Autowired
    DSLContext dsl;

    @Test
    void beheerder_sets_a_period_chair_holds_a_case_previews_and_reads_the_report_after_a_run() throws Exception {
        long table = dsl.select(CARE_TABLE.ID).from(CARE_TABLE).where(CARE_TABLE.CODE.eq("DR")).fetchSingle().value1();
        var admin = signedIn("beheerder");
        admin.go("beheer/bewaartermijnen");
        admin.click("retention-edit-" + table);
        admin.type("retention-closed", "6");
        admin.click("retention-save");
        admin.waitForPageText("minimaal 12 maanden");
        admin.type("retention-closed", "12");
        admin.click("retention-save");
        admin.snap("retention-01-beheerder-periods");

        // A closed case more than a year old, not held yet: the chair puts it under legal hold.
        var closed = dsl.select(CASE_FILE.ID, CASE_FILE.CODE, CASE_FILE.PROPOSING_ORGANISATION_ID).from(CASE_FILE)
                .where(CASE_FILE.CARE_TABLE_ID.eq(table).and(CASE_FILE.STATUS.eq(CaseStatus.AFGESLOTEN))
                        .and(CASE_FILE.LEGAL_HOLD.isFalse()).and(CASE_FILE.PURGED_AT.isNull()))
                .orderBy(CASE_FILE.CLOSED_AT).limit(1).fetchSingle();
        var chair = signedIn("voorzitter");
        chair.go("casus/" + closed.value1());
        chair.click("case-hold-set");
        chair.combo("hold-requested-by", "AVIM");
        chair.type("hold-reason", "Strafrechtelijk onderzoek loopt");
        chair.click("hold-confirm");
        chair.waitForText("case-legal-hold", "Bewaarplicht");
        chair.waitForText("case-hold-notice", "Politie");
        chair.snap("retention-02-chair-hold");

        chair.go("bewaartermijnen");
        chair.waitForText("retention-preview", closed.value2());
        assertThat(chair.text("retention-preview")).contains("Bewaarplicht", "Politie Eenheid", "Wordt verwijderd");
        chair.snap("retention-03-chair-preview");

        admin.go("beheer/bewaartermijnen");
        admin.click("retention-run-now");
        admin.confirm();
        admin.waitForPageText("Run klaar");

        chair.go("bewaartermijnen");
        chair.waitForText("retention-report", closed.value2());
        assertThat(chair.text("retention-report")).contains("Verwijderd", "Bewaarplicht", "Politie Eenheid");
        chair.snap("retention-04-chair-report");

        // A purged closed case still opens, and says why its texts are gone.
        long purged = dsl.select(CASE_FILE.ID).from(CASE_FILE).where(CASE_FILE.CARE_TABLE_ID.eq(table)
                .and(CASE_FILE.STATUS.eq(CaseStatus.AFGESLOTEN)).and(CASE_FILE.PURGED_AT.isNotNull()))
                .orderBy(CASE_FILE.CLOSED_AT.desc()).limit(1).fetchSingle().value1();
        chair.go("casus/" + purged);
        chair.waitForText("case-purged", "Verwijderd: bewaartermijn verstreken");
        assertThat(chair.text("case-facts")).contains("Signalen: Verwijderd: bewaartermijn verstreken");
        chair.snap("retention-05-chair-purged-case");

        // A member of another organisation: only their own organisation's lines, and no Beheer screen.
        long avim = dsl.select(nl.zorgtafel.db.Tables.ORGANISATION.ID).from(nl.zorgtafel.db.Tables.ORGANISATION)
                .where(nl.zorgtafel.db.Tables.ORGANISATION.NAME.startsWith("Politie")).fetchSingle().value1();
        var member = signedIn(closed.value3() == avim ? "jeugdzorg" : "politie");
        member.go("bewaartermijnen");
        member.waitForText("retention-periods", "12 maanden");
        assertThat(member.pageText()).doesNotContain(closed.value2());
        long before = refusals();
        member.go("beheer/bewaartermijnen");
        member.waitForPageText("Geen toegang");
        assertThat(refusals()).isEqualTo(before + 1);

        // Back to the default for the other journeys on this demo.
        admin.go("beheer/bewaartermijnen");
        admin.click("retention-edit-" + table);
        admin.type("retention-closed", "24");
        admin.click("retention-save");
    }

    private long refusals() {
        return dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.KIND.eq(AuditKind.ACCESS_DENIED)
                .and(AUDIT_ENTRY.DETAIL.eq("view /beheer/bewaartermijnen")));
    }
}
