package nl.zorgtafel.meeting;

import static nl.zorgtafel.db.Tables.AGENDA_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM_PARTICIPANT;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM_PERSON;
import static nl.zorgtafel.db.Tables.CARE_TABLE;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.CASE_FILE_INVOLVED_ORGANISATION;
import static nl.zorgtafel.db.Tables.MEETING;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import org.springframework.stereotype.Repository;

import nl.zorgtafel.casefile.CaseStatus;

@Repository
class AgendaRepository {

    private final DSLContext dsl;

    AgendaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Opening with the confidentiality statement, review of open actions, rondvraag. */
    void insertStandardItems(long meetingId, Instant now) {
        insert(meetingId, AgendaBlock.OPENING, null, null, 10, false, now);
        insert(meetingId, AgendaBlock.REVIEW_ACTIONS, null, null, 15, false, now);
        insert(meetingId, AgendaBlock.RONDVRAAG, null, null, 5, false, now);
    }

    long insert(long meetingId, AgendaBlock block, Long caseFileId, String title, int minutes, boolean late,
            Instant now) {
        int position = dsl.select(DSL.coalesce(DSL.max(AGENDA_ITEM.POSITION), 0)).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId)).fetchSingle().value1() + 1;
        var row = dsl.newRecord(AGENDA_ITEM);
        row.setMeetingId(meetingId);
        row.setBlock(block);
        row.setPosition(position);
        row.setCaseFileId(caseFileId);
        row.setTitle(title);
        row.setPlannedMinutes(minutes);
        row.setLate(late);
        row.setCreatedAt(now);
        row.store();
        return row.getId();
    }

    void replaceParticipants(long itemId, Collection<Long> organisationIds) {
        dsl.deleteFrom(AGENDA_ITEM_PARTICIPANT).where(AGENDA_ITEM_PARTICIPANT.AGENDA_ITEM_ID.eq(itemId)).execute();
        for (long organisation : new HashSet<>(organisationIds)) {
            dsl.insertInto(AGENDA_ITEM_PARTICIPANT)
                    .set(AGENDA_ITEM_PARTICIPANT.AGENDA_ITEM_ID, itemId)
                    .set(AGENDA_ITEM_PARTICIPANT.ORGANISATION_ID, organisation)
                    .execute();
        }
    }

    void replacePeople(long itemId, Collection<Long> personIds) {
        dsl.deleteFrom(AGENDA_ITEM_PERSON).where(AGENDA_ITEM_PERSON.AGENDA_ITEM_ID.eq(itemId)).execute();
        for (long person : new HashSet<>(personIds)) {
            dsl.insertInto(AGENDA_ITEM_PERSON)
                    .set(AGENDA_ITEM_PERSON.AGENDA_ITEM_ID, itemId)
                    .set(AGENDA_ITEM_PERSON.PERSON_ID, person)
                    .execute();
        }
    }

    /** The organisation of each given person that is active; inactive or unknown ones are left out. */
    Map<Long, Long> activeOrganisationOf(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return dsl.select(PERSON.ID, PERSON.ORGANISATION_ID).from(PERSON)
                .where(PERSON.ID.in(personIds).and(PERSON.ACTIVE.isTrue()))
                .fetchMap(PERSON.ID, PERSON.ORGANISATION_ID);
    }

    /** Whether every given organisation exists and is active. */
    boolean allActive(Collection<Long> organisationIds) {
        return dsl.fetchCount(ORGANISATION, ORGANISATION.ID.in(organisationIds).and(ORGANISATION.ACTIVE.isTrue()))
                == new HashSet<>(organisationIds).size();
    }

    /** Active people of the given organisations, to choose an item's deelnemers from. */
    List<MeetingAgenda.ItemPerson> peopleOf(Collection<Long> organisationIds) {
        return dsl.select(PERSON.ID, PERSON.ORGANISATION_ID, PERSON.DISPLAY_NAME).from(PERSON)
                .where(PERSON.ORGANISATION_ID.in(organisationIds).and(PERSON.ACTIVE.isTrue()))
                .orderBy(PERSON.DISPLAY_NAME)
                .fetch(r -> new MeetingAgenda.ItemPerson(r.value1(), r.value2(), r.value3()));
    }

    record MeetingFacts(long tableId, Instant startsAt, Instant endsAt, MeetingStatus status, String place,
            String videoLink, int cutoffWorkingDays) {
    }

    Optional<MeetingFacts> meeting(long meetingId) {
        return dsl.select(MEETING.CARE_TABLE_ID, MEETING.STARTS_AT, MEETING.ENDS_AT, MEETING.STATUS, MEETING.PLACE,
                        MEETING.VIDEO_LINK, CARE_TABLE.CUTOFF_WORKING_DAYS)
                .from(MEETING).join(CARE_TABLE).on(CARE_TABLE.ID.eq(MEETING.CARE_TABLE_ID))
                .where(MEETING.ID.eq(meetingId))
                .fetchOptional(r -> new MeetingFacts(r.value1(), r.value2(), r.value3(),
                        r.value4(), r.value5(), r.value6(), r.value7()));
    }

    /** The table's name and the session's chair and secretary (null when not set), for the agenda's head. */
    AgendaPdf.Heading heading(long meetingId) {
        var chair = PERSON.as("chair");
        var secretary = PERSON.as("secretary");
        return dsl.select(CARE_TABLE.NAME, chair.DISPLAY_NAME, secretary.DISPLAY_NAME)
                .from(MEETING).join(CARE_TABLE).on(CARE_TABLE.ID.eq(MEETING.CARE_TABLE_ID))
                .leftJoin(chair).on(chair.ID.eq(MEETING.CHAIR_PERSON_ID))
                .leftJoin(secretary).on(secretary.ID.eq(MEETING.SECRETARY_PERSON_ID))
                .where(MEETING.ID.eq(meetingId))
                .fetchSingle(r -> new AgendaPdf.Heading(r.value1(), r.value2(), r.value3()));
    }

    /** Items in agenda order (block, then position) with their deelnemers, in three queries. */
    List<MeetingAgenda.Item> items(long meetingId) {
        Map<Long, List<MeetingAgenda.Participant>> participants = new HashMap<>();
        dsl.select(AGENDA_ITEM_PARTICIPANT.AGENDA_ITEM_ID, ORGANISATION.ID, ORGANISATION.NAME)
                .from(AGENDA_ITEM_PARTICIPANT)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(AGENDA_ITEM_PARTICIPANT.AGENDA_ITEM_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(AGENDA_ITEM_PARTICIPANT.ORGANISATION_ID))
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .orderBy(ORGANISATION.NAME)
                .forEach(r -> participants.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>())
                        .add(new MeetingAgenda.Participant(r.value2(), r.value3())));
        Map<Long, List<MeetingAgenda.ItemPerson>> people = new HashMap<>();
        dsl.select(AGENDA_ITEM_PERSON.AGENDA_ITEM_ID, PERSON.ID, PERSON.ORGANISATION_ID, PERSON.DISPLAY_NAME)
                .from(AGENDA_ITEM_PERSON)
                .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(AGENDA_ITEM_PERSON.AGENDA_ITEM_ID))
                .join(PERSON).on(PERSON.ID.eq(AGENDA_ITEM_PERSON.PERSON_ID))
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .orderBy(PERSON.DISPLAY_NAME)
                .forEach(r -> people.computeIfAbsent(r.value1(), k -> new java.util.ArrayList<>())
                        .add(new MeetingAgenda.ItemPerson(r.value2(), r.value3(), r.value4())));
        return dsl.select(AGENDA_ITEM.ID, AGENDA_ITEM.BLOCK, AGENDA_ITEM.POSITION, AGENDA_ITEM.CASE_FILE_ID,
                        CASE_FILE.CODE, AGENDA_ITEM.TITLE, AGENDA_ITEM.PLANNED_MINUTES, AGENDA_ITEM.LATE,
                        AGENDA_ITEM.VERSION)
                .from(AGENDA_ITEM)
                .leftJoin(CASE_FILE).on(CASE_FILE.ID.eq(AGENDA_ITEM.CASE_FILE_ID))
                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId))
                .fetch(r -> new MeetingAgenda.Item(r.value1(), r.value2(), r.value3(), r.value4(),
                        r.value5(), r.value6(), r.value7(), r.value8(), participants.getOrDefault(r.value1(), List.of()),
                        people.getOrDefault(r.value1(), List.of()), r.value9()))
                .stream()
                .sorted(java.util.Comparator.comparing(MeetingAgenda.Item::block).thenComparing(MeetingAgenda.Item::position))
                .toList();
    }

    Optional<Long> meetingOf(long itemId) {
        return dsl.select(AGENDA_ITEM.MEETING_ID).from(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(itemId))
                .fetchOptional(AGENDA_ITEM.MEETING_ID);
    }

    void swapPositions(MeetingAgenda.Item a, MeetingAgenda.Item b) {
        dsl.update(AGENDA_ITEM).set(AGENDA_ITEM.POSITION, b.position()).set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .where(AGENDA_ITEM.ID.eq(a.id())).execute();
        dsl.update(AGENDA_ITEM).set(AGENDA_ITEM.POSITION, a.position()).set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .where(AGENDA_ITEM.ID.eq(b.id())).execute();
    }

    void setPosition(long itemId, int position) {
        dsl.update(AGENDA_ITEM).set(AGENDA_ITEM.POSITION, position).set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .where(AGENDA_ITEM.ID.eq(itemId).and(AGENDA_ITEM.POSITION.ne(position))).execute();
    }

    boolean setMinutes(long itemId, int version, int minutes) {
        return dsl.update(AGENDA_ITEM).set(AGENDA_ITEM.PLANNED_MINUTES, minutes)
                .set(AGENDA_ITEM.VERSION, AGENDA_ITEM.VERSION.plus(1))
                .where(AGENDA_ITEM.ID.eq(itemId).and(AGENDA_ITEM.VERSION.eq(version))).execute() == 1;
    }

    void delete(long itemId) {
        dsl.deleteFrom(AGENDA_ITEM_PERSON).where(AGENDA_ITEM_PERSON.AGENDA_ITEM_ID.eq(itemId)).execute();
        dsl.deleteFrom(AGENDA_ITEM_PARTICIPANT).where(AGENDA_ITEM_PARTICIPANT.AGENDA_ITEM_ID.eq(itemId)).execute();
        dsl.deleteFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(itemId)).execute();
    }

    /** Cases of the table that may be put on this agenda and are not on it yet. */
    List<SchedulableCase> schedulableCases(long tableId, long meetingId) {
        Map<Long, Set<Long>> involved = new HashMap<>();
        dsl.select(CASE_FILE_INVOLVED_ORGANISATION.CASE_FILE_ID, CASE_FILE_INVOLVED_ORGANISATION.ORGANISATION_ID)
                .from(CASE_FILE_INVOLVED_ORGANISATION)
                .join(CASE_FILE).on(CASE_FILE.ID.eq(CASE_FILE_INVOLVED_ORGANISATION.CASE_FILE_ID))
                .where(CASE_FILE.CARE_TABLE_ID.eq(tableId))
                .forEach(r -> involved.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        return dsl.select(CASE_FILE.ID, CASE_FILE.CODE, CASE_FILE.STATUS, CASE_FILE.PROPOSING_ORGANISATION_ID)
                .from(CASE_FILE)
                .where(CASE_FILE.CARE_TABLE_ID.eq(tableId)
                        .and(CASE_FILE.STATUS.in(CaseStatus.GEAGENDEERD, CaseStatus.BESPROKEN, CaseStatus.IN_OPVOLGING))
                        // Restricted at the young person's request: kept, not discussed (issue 16).
                        .and(CASE_FILE.RESTRICTED_AT.isNull())
                        .and(CASE_FILE.ID.notIn(DSL.select(AGENDA_ITEM.CASE_FILE_ID).from(AGENDA_ITEM)
                                .where(AGENDA_ITEM.MEETING_ID.eq(meetingId).and(AGENDA_ITEM.CASE_FILE_ID.isNotNull())))))
                .orderBy(CASE_FILE.CODE)
                .fetch(r -> {
                    Set<Long> proposed = new HashSet<>(involved.getOrDefault(r.value1(), Set.of()));
                    proposed.add(r.value4());
                    return new SchedulableCase(r.value1(), r.value2(), r.value3(), Set.copyOf(proposed));
                });
    }
}
