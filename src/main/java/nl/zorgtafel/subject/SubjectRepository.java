package nl.zorgtafel.subject;

import static nl.zorgtafel.db.Tables.CARE_TABLE;
import static nl.zorgtafel.db.Tables.CASE_EVENT;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.LEGAL_HOLD;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;
import static nl.zorgtafel.db.Tables.SUBJECT_REQUEST;
import static nl.zorgtafel.db.Tables.SUBJECT_REQUEST_CASE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.casefile.CaseEventKind;

/** The look-up by keyed hash, the requests and their cases, and the restriction mark. */
@Repository
class SubjectRepository {

    private final DSLContext dsl;
    private final FieldEncryption encryption;

    SubjectRepository(DSLContext dsl, FieldEncryption encryption) {
        this.dsl = dsl;
        this.encryption = encryption;
    }

    /** The cases at the table with this keyed hash (drafts too: they hold the data as well). */
    List<SubjectCase> cases(long tableId, String personHash) {
        var held = DSL.exists(DSL.selectOne().from(LEGAL_HOLD)
                .where(LEGAL_HOLD.CASE_FILE_ID.eq(CASE_FILE.ID).and(LEGAL_HOLD.LIFTED_AT.isNull())));
        return dsl.select(CASE_FILE.ID, CASE_FILE.CODE, CASE_FILE.STATUS, CASE_FILE.PROPOSING_ORGANISATION_ID,
                        ORGANISATION.NAME, CASE_FILE.RESTRICTED_AT, DSL.field(held))
                .from(CASE_FILE).join(ORGANISATION).on(ORGANISATION.ID.eq(CASE_FILE.PROPOSING_ORGANISATION_ID))
                .where(CASE_FILE.PERSON_HASH.eq(personHash).and(CASE_FILE.CARE_TABLE_ID.eq(tableId)))
                .orderBy(CASE_FILE.CODE)
                .fetch(r -> new SubjectCase(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    /** How many other tables hold a case with this keyed hash. */
    int otherTables(long tableId, String personHash) {
        return dsl.fetchValue(DSL.select(DSL.countDistinct(CASE_FILE.CARE_TABLE_ID)).from(CASE_FILE)
                .where(CASE_FILE.PERSON_HASH.eq(personHash).and(CASE_FILE.CARE_TABLE_ID.ne(tableId))));
    }

    String tableName(long tableId) {
        return dsl.select(CARE_TABLE.NAME).from(CARE_TABLE).where(CARE_TABLE.ID.eq(tableId)).fetchOne(CARE_TABLE.NAME);
    }

    /** Whether the organisation may be named as responsible partner (an active organisation). */
    boolean organisationExists(long organisationId) {
        return dsl.fetchExists(ORGANISATION, ORGANISATION.ID.eq(organisationId).and(ORGANISATION.ACTIVE.isTrue()));
    }

    long record(long tableId, RequestKind kind, SubjectDecision decision, Collection<Long> caseIds, long personId,
            Instant now) {
        long id = dsl.insertInto(SUBJECT_REQUEST)
                .set(SUBJECT_REQUEST.CARE_TABLE_ID, tableId)
                .set(SUBJECT_REQUEST.KIND, kind)
                .set(SUBJECT_REQUEST.RESPONSIBLE_ORGANISATION_ID, decision.responsibleOrganisationId())
                .set(SUBJECT_REQUEST.DECIDED_BY, encryption.seal(SUBJECT_REQUEST.DECIDED_BY, decision.decidedBy()))
                .set(SUBJECT_REQUEST.DECIDED_ON, decision.decidedOn())
                .set(SUBJECT_REQUEST.REASON, encryption.seal(SUBJECT_REQUEST.REASON, decision.reason()))
                .set(SUBJECT_REQUEST.RECORDED_BY_PERSON_ID, personId)
                .set(SUBJECT_REQUEST.RECORDED_AT, now)
                .returningResult(SUBJECT_REQUEST.ID).fetchOne().value1();
        var insert = dsl.insertInto(SUBJECT_REQUEST_CASE, SUBJECT_REQUEST_CASE.SUBJECT_REQUEST_ID,
                SUBJECT_REQUEST_CASE.CASE_FILE_ID);
        for (long caseId : caseIds) {
            insert = insert.values(id, caseId);
        }
        insert.execute();
        return id;
    }

    /** Whether an inzage request covering all these cases was recorded at the table since {@code since}. */
    boolean inzageRecorded(long tableId, Collection<Long> caseIds, Instant since) {
        var covered = DSL.selectCount().from(SUBJECT_REQUEST_CASE)
                .where(SUBJECT_REQUEST_CASE.SUBJECT_REQUEST_ID.eq(SUBJECT_REQUEST.ID)
                        .and(SUBJECT_REQUEST_CASE.CASE_FILE_ID.in(caseIds)));
        return dsl.fetchExists(SUBJECT_REQUEST, SUBJECT_REQUEST.CARE_TABLE_ID.eq(tableId)
                .and(SUBJECT_REQUEST.KIND.eq(RequestKind.INZAGE)).and(SUBJECT_REQUEST.RECORDED_AT.ge(since))
                .and(DSL.field(covered).eq(caseIds.size())));
    }

    int countRequests(long tableId) {
        return dsl.fetchCount(SUBJECT_REQUEST, SUBJECT_REQUEST.CARE_TABLE_ID.eq(tableId));
    }

    /**
     * The table's requests, newest first, a page at a time, with the codes of their cases (a second
     * query for the page's requests together: MariaDB cannot correlate a multiset's derived table).
     */
    List<SubjectRequest> requests(long tableId, int offset, int limit) {
        var rows = dsl.select(SUBJECT_REQUEST.ID, SUBJECT_REQUEST.KIND, ORGANISATION.NAME, SUBJECT_REQUEST.DECIDED_BY,
                        SUBJECT_REQUEST.DECIDED_ON, PERSON.DISPLAY_NAME, SUBJECT_REQUEST.RECORDED_AT)
                .from(SUBJECT_REQUEST)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(SUBJECT_REQUEST.RESPONSIBLE_ORGANISATION_ID))
                .join(PERSON).on(PERSON.ID.eq(SUBJECT_REQUEST.RECORDED_BY_PERSON_ID))
                .where(SUBJECT_REQUEST.CARE_TABLE_ID.eq(tableId))
                .orderBy(SUBJECT_REQUEST.RECORDED_AT.desc(), SUBJECT_REQUEST.ID.desc())
                .offset(offset).limit(limit)
                .fetch();
        Map<Long, List<String>> codes = new HashMap<>();
        dsl.select(SUBJECT_REQUEST_CASE.SUBJECT_REQUEST_ID, CASE_FILE.CODE).from(SUBJECT_REQUEST_CASE)
                .join(CASE_FILE).on(CASE_FILE.ID.eq(SUBJECT_REQUEST_CASE.CASE_FILE_ID))
                .where(SUBJECT_REQUEST_CASE.SUBJECT_REQUEST_ID.in(rows.getValues(SUBJECT_REQUEST.ID)))
                .orderBy(CASE_FILE.CODE)
                .forEach(r -> codes.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return rows.map(r -> new SubjectRequest(r.value1(), r.value2(), r.value3(),
                encryption.open(SUBJECT_REQUEST.DECIDED_BY, r.value4()), r.value5(), r.value6(), r.value7(),
                codes.getOrDefault(r.value1(), List.of())));
    }

    /** Sets or clears the restriction and writes the case's history line; false when nothing changed. */
    boolean restrict(long caseId, boolean restricted, long personId, Instant now) {
        int changed = dsl.update(CASE_FILE)
                .set(CASE_FILE.RESTRICTED_AT, restricted ? now : null)
                .set(CASE_FILE.VERSION, CASE_FILE.VERSION.plus(1))
                .where(CASE_FILE.ID.eq(caseId)
                        .and(restricted ? CASE_FILE.RESTRICTED_AT.isNull() : CASE_FILE.RESTRICTED_AT.isNotNull()))
                .execute();
        if (changed == 1) {
            event(caseId, restricted ? CaseEventKind.RESTRICTED : CaseEventKind.RESTRICTION_LIFTED, personId, now);
        }
        return changed == 1;
    }

    void event(long caseId, CaseEventKind kind, long personId, Instant now) {
        dsl.insertInto(CASE_EVENT).set(CASE_EVENT.CASE_FILE_ID, caseId).set(CASE_EVENT.OCCURRED_AT, now)
                .set(CASE_EVENT.ACTOR_PERSON_ID, personId).set(CASE_EVENT.KIND, kind).execute();
    }
}
