package nl.zorgtafel.meeting;

import static nl.zorgtafel.db.Tables.MEETING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.party.CareTableService;
import nl.zorgtafel.party.CareTableSettings;
import nl.zorgtafel.party.OrganisationType;
import nl.zorgtafel.security.TableRole;
import nl.zorgtafel.testsupport.TestData;

/** Planning sessions through the service; runs on H2 and on MariaDB. */
abstract class MeetingServiceTests {

    @Autowired
    MeetingService meetings;
    @Autowired
    CareTableService tables;
    @Autowired
    TestData testData;
    @Autowired
    DSLContext dsl;

    private long table;
    private String chair;
    private String member;
    private LocalDate nextYear;

    @BeforeEach
    void aTableWithARhythm() {
        table = testData.table(TestData.unique("Tafel"));
        testData.asAdministrator(() -> {
            var s = tables.settings(table);
            return tables.save(new CareTableSettings(s.id(), s.name(), s.code(), s.confidentialityStatement(), 2,
                    LocalTime.of(13, 0), 120, 2, 2, s.version(), Set.of()));
        });
        long org = testData.organisation(TestData.unique("Org"), OrganisationType.ZORGCOORDINATOR_MENSENHANDEL);
        chair = testData.account("Voorzitter", org, false, Map.of(table, TableRole.VOORZITTER));
        member = testData.account("Lid", org, false, Map.of(table, TableRole.LID));
        nextYear = TestData.today().plusYears(1).withDayOfYear(1);
    }

    @AfterEach
    void signOut() {
        testData.signOut();
    }

    private MeetingPlan plan(LocalDate date, LocalTime start, LocalTime end, String place, String link) {
        return new MeetingPlan(null, 0, MeetingKind.EXTRA, date, start, end, place, link, null, null);
    }

    @Test
    void a_series_follows_the_rhythm_in_dutch_time_across_the_change_to_winter_time() {
        testData.signIn(chair);
        // Tuesdays 13:00 Amsterdam: 11:00 UTC in summer time, 12:00 UTC in winter time.
        LocalDate from = LocalDate.of(TestData.today().getYear() + 1, 10, 13);
        var ids = meetings.planSeries(from, 3, Set.of(), plan(null, null, null, "Stadskantoor", null));

        assertThat(ids).hasSize(3);
        var starts = dsl.select(MEETING.STARTS_AT).from(MEETING).where(MEETING.ID.in(ids)).orderBy(MEETING.STARTS_AT)
                .fetch(MEETING.STARTS_AT);
        assertThat(starts.get(0).atOffset(ZoneOffset.UTC).getHour()).isEqualTo(11);
        assertThat(starts.get(2).atOffset(ZoneOffset.UTC).getHour()).isEqualTo(12);
        assertThat(meetings.find(true, 0, 10)).extracting(MeetingSummary::kind).containsOnly(MeetingKind.REGULIER);
    }

    @Test
    void every_refusal_of_a_plan_comes_at_once_and_a_series_names_a_collision_where_it_is_solved() {
        testData.signIn(chair);
        assertThatThrownBy(() -> meetings.plan(new MeetingPlan(null, 0, MeetingKind.EXTRA, null, LocalTime.of(13, 0),
                null, null, "http://onveilig", null, null)))
                .isInstanceOfSatisfying(FieldRefusal.class, e -> assertThat(e.reasons())
                        .extracting(FieldRefusal.Reason::field).containsExactlyInAnyOrder("date", "end", "videoLink"));

        LocalDate from = LocalDate.of(TestData.today().getYear() + 2, 3, 2);
        var first = meetings.planSeries(from, 1, Set.of(), plan(null, null, null, "Stadskantoor", null)).getFirst();
        var taken = dsl.select(MEETING.STARTS_AT).from(MEETING).where(MEETING.ID.eq(first)).fetchSingle().value1();
        assertThatThrownBy(() -> meetings.planSeries(taken.atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate(),
                2, Set.of(), plan(null, null, null, "Stadskantoor", null)))
                .isInstanceOfSatisfying(FieldRefusal.class, e -> assertThat(e.reasons())
                        .containsExactly(new FieldRefusal.Reason("skip", "meeting.rule.series-overlap")));
    }

    @Test
    void refuses_bad_times_missing_place_unsafe_links_the_past_and_double_booking() {
        testData.signIn(chair);
        assertThatThrownBy(() -> meetings.plan(plan(nextYear, LocalTime.of(15, 0), LocalTime.of(13, 0), "Zaal", null)))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("end-after-start");
        assertThatThrownBy(() -> meetings.plan(plan(nextYear, LocalTime.of(13, 0), LocalTime.of(15, 0), " ", null)))
                .isInstanceOf(FieldRefusal.class).hasMessageContaining("place-or-link");
        assertThatThrownBy(() -> meetings.plan(plan(nextYear, LocalTime.of(13, 0), LocalTime.of(15, 0), null,
                "javascript:alert(1)"))).isInstanceOf(FieldRefusal.class).hasMessageContaining("meeting.rule.link");
        assertThatThrownBy(() -> meetings.plan(plan(TestData.today().minusDays(1), LocalTime.of(13, 0),
                LocalTime.of(15, 0), "Zaal", null))).isInstanceOf(FieldRefusal.class).hasMessageContaining("in-the-past");

        meetings.plan(plan(nextYear, LocalTime.of(13, 0), LocalTime.of(15, 0), "Zaal", null));
        assertThatThrownBy(() -> meetings.plan(plan(nextYear, LocalTime.of(14, 0), LocalTime.of(16, 0), null,
                "https://meet.example.org/zorgtafel"))).isInstanceOf(FieldRefusal.class).hasMessageContaining("overlap");
    }

    @Test
    void moving_a_session_raises_its_calendar_sequence_and_a_stale_move_is_refused() {
        testData.signIn(chair);
        long id = meetings.plan(plan(nextYear, LocalTime.of(13, 0), LocalTime.of(15, 0), "Zaal", null));
        var stored = dsl.fetchSingle(MEETING, MEETING.ID.eq(id));

        meetings.change(new MeetingPlan(id, stored.getVersion(), MeetingKind.EXTRA, nextYear.plusDays(1),
                LocalTime.of(10, 0), LocalTime.of(12, 0), "Zaal 2", null, null, null));
        var moved = dsl.fetchSingle(MEETING, MEETING.ID.eq(id));
        assertThat(moved.getIcalSequence()).isEqualTo(stored.getIcalSequence() + 1);
        assertThat(moved.getIcalUid()).isEqualTo(stored.getIcalUid());

        assertThatThrownBy(() -> meetings.change(new MeetingPlan(id, stored.getVersion(), MeetingKind.EXTRA,
                nextYear.plusDays(2), LocalTime.of(10, 0), LocalTime.of(12, 0), "Zaal 3", null, null, null)))
                .isInstanceOf(StaleEdit.class);
        meetings.cancel(id, moved.getVersion());
        assertThat(dsl.fetchSingle(MEETING, MEETING.ID.eq(id)).getStatus()).isEqualTo(MeetingStatus.GEANNULEERD);
    }

    @Test
    void a_member_sees_sessions_but_cannot_plan_them() {
        testData.signIn(chair);
        meetings.plan(plan(nextYear, LocalTime.of(13, 0), LocalTime.of(15, 0), "Zaal", null));
        testData.signIn(member);

        assertThat(meetings.count(true)).isEqualTo(1);
        assertThatThrownBy(() -> meetings.plan(plan(nextYear.plusDays(3), LocalTime.of(13, 0), LocalTime.of(15, 0),
                "Zaal", null))).isInstanceOf(AccessDeniedException.class);
    }
}
