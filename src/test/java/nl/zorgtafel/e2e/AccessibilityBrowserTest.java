package nl.zorgtafel.e2e;

import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.MEETING;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.zorgtafel.meeting.MeetingStatus;

/**
 * WCAG 2.1 AA as axe-core checks it (issue 17): every main view as each role that uses it, on the
 * demo, with zero serious or critical violations. The findings of all views are collected first,
 * so one run lists everything to fix.
 */
class AccessibilityBrowserTest extends BrowserTestBase {

    private static final Map<String, List<String>> VIEWS = new LinkedHashMap<>();

    static {
        VIEWS.put("voorzitter", List.of("", "casussen", "casus-inbrengen", "mijn-acties", "zittingen", "acties",
                "inzicht", "bewaartermijnen", "betrokkene", "audit", "meedenkconsult", "account"));
        VIEWS.put("jeugdzorg", List.of("", "casussen", "mijn-acties", "zittingen", "bewaartermijnen"));
        VIEWS.put("waarnemer", List.of("", "zittingen"));
        VIEWS.put("beheerder", List.of("", "beheer", "beheer/uitgaande-berichten", "beheer/bewaartermijnen", "inzicht",
                "audit"));
    }

    @Autowired DSLContext dsl;

    @Test
    void every_main_view_has_no_serious_or_critical_violation() throws Exception {
        // The screens of one case and one session too: a named demo case youth care proposed, the
        // next session, a session already held.
        long caseId = dsl.select(CASE_FILE.ID).from(CASE_FILE).join(ORGANISATION)
                .on(ORGANISATION.ID.eq(CASE_FILE.PROPOSING_ORGANISATION_ID))
                .where(CASE_FILE.NAMED.isTrue().and(ORGANISATION.NAME.startsWith("Jeugdhulp De Horizon")))
                .orderBy(CASE_FILE.ID.desc()).limit(1).fetchSingle().value1();
        long next = dsl.select(MEETING.ID).from(MEETING)
                .where(MEETING.STARTS_AT.gt(Instant.now()).and(MEETING.STATUS.ne(MeetingStatus.GEANNULEERD)))
                .orderBy(MEETING.STARTS_AT).limit(1).fetchSingle().value1();
        long held = dsl.select(MEETING.ID).from(MEETING).where(MEETING.STATUS.eq(MeetingStatus.VERSLAG_DEFINITIEF))
                .orderBy(MEETING.STARTS_AT.desc()).limit(1).fetchSingle().value1();
        Map<String, List<String>> views = new LinkedHashMap<>();
        VIEWS.forEach((user, list) -> views.put(user, new ArrayList<>(list)));
        views.get("voorzitter").addAll(List.of("casus/" + caseId, "zitting/" + next, "verslag/" + held, "live/" + next));
        views.get("jeugdzorg").addAll(List.of("casus/" + caseId, "zitting/" + next, "verslag/" + held));
        views.get("waarnemer").add("zitting/" + next);
        List<String> findings = new ArrayList<>();
        for (var entry : views.entrySet()) {
            var browser = signedIn(entry.getKey());
            for (String view : entry.getValue()) {
                browser.go(view);
                Thread.sleep(500);
                for (String violation : Axe.seriousOrCritical(browser.driver())) {
                    findings.add(entry.getKey() + " /" + view + " — " + violation);
                }
            }
        }
        assertThat(findings).as(String.join("\n", findings)).isEmpty();
    }
}
