package nl.zorgtafel.minutes;

import static nl.zorgtafel.db.Tables.ACTION_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.MEETING;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;
import static nl.zorgtafel.db.Tables.TABLE_MEMBERSHIP;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.action.ActionStatus;
import nl.zorgtafel.base.db.FieldEncryption;

/**
 * What the plain-language letter is drafted from, in three queries: the session and the case's
 * verantwoordelijke partner, that partner's vaste contactpersoon, and the actions agreed for the
 * case item. Never the inbreng: what partners shared stays out of the letter.
 */
@Repository
class LetterRepository {

    private final DSLContext dsl;
    private final FieldEncryption encryption;

    LetterRepository(DSLContext dsl, FieldEncryption encryption) {
        this.dsl = dsl;
        this.encryption = encryption;
    }

    LetterFacts letterFacts(long itemId) {
        var head = dsl.select(MEETING.STARTS_AT, MEETING.CARE_TABLE_ID, ORGANISATION.ID, ORGANISATION.ORG_TYPE,
                        ORGANISATION.NAME, ORGANISATION.PHONE)
                .from(AGENDA_ITEM)
                .join(MEETING).on(MEETING.ID.eq(AGENDA_ITEM.MEETING_ID))
                .join(CASE_FILE).on(CASE_FILE.ID.eq(AGENDA_ITEM.CASE_FILE_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CASE_FILE.PROPOSING_ORGANISATION_ID))
                .where(AGENDA_ITEM.ID.eq(itemId)).fetchSingle();
        var partner = new LetterFacts.Party(head.value4(), head.value5(), head.value6());
        var actions = dsl.select(ORGANISATION.ORG_TYPE, ORGANISATION.NAME, ORGANISATION.PHONE, ACTION_ITEM.DESCRIPTION,
                        ACTION_ITEM.DEADLINE)
                .from(ACTION_ITEM).join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_ITEM.ORGANISATION_ID))
                // An action that turned out impossible is no longer a promise to the young person.
                .where(ACTION_ITEM.AGENDA_ITEM_ID.eq(itemId).and(ACTION_ITEM.STATUS.ne(ActionStatus.NIET_MOGELIJK)))
                .orderBy(ACTION_ITEM.DEADLINE, ACTION_ITEM.ID)
                .fetch(r -> new LetterFacts.Agreed(new LetterFacts.Party(r.value1(), r.value2(), r.value3()),
                        encryption.open(ACTION_ITEM.DESCRIPTION, r.value4()), r.value5()));
        return new LetterFacts(head.value1(), partner, contact(head.value3(), head.value2()), actions);
    }

    /**
     * The partner's vaste contactpersoon the young person can call: an active contact person,
     * preferring one with a phone number, then one who sits at this table, then the longest known.
     */
    private LetterFacts.Contact contact(long organisationId, long tableId) {
        var atTable = DSL.exists(DSL.selectOne().from(TABLE_MEMBERSHIP)
                .where(TABLE_MEMBERSHIP.PERSON_ID.eq(PERSON.ID).and(TABLE_MEMBERSHIP.CARE_TABLE_ID.eq(tableId))));
        return dsl.select(PERSON.DISPLAY_NAME, PERSON.PHONE).from(PERSON)
                .where(PERSON.ORGANISATION_ID.eq(organisationId).and(PERSON.CONTACT_PERSON.isTrue())
                        .and(PERSON.ACTIVE.isTrue()))
                .orderBy(DSL.when(PERSON.PHONE.isNull(), 1).otherwise(0), DSL.when(atTable, 0).otherwise(1),
                        PERSON.ID)
                .limit(1)
                .fetchOptional(r -> new LetterFacts.Contact(r.value1(), r.value2())).orElse(null);
    }
}
