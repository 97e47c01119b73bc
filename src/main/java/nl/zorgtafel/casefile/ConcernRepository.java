package nl.zorgtafel.casefile;

import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.CONCERN_ENTRY;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.PERSON;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectConditionStep;
import org.jooq.SelectSelectStep;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.base.db.FieldEncryption;

import nl.zorgtafel.db.tables.CaseFile;
import nl.zorgtafel.db.tables.ConcernEntry;

/**
 * The police compartment's entries and the links between cases they make. Two entries link their
 * cases when they share a table and a match key; a draft, a restricted or a purged case links to
 * nothing (a purged entry has no key).
 */
@Repository
class ConcernRepository {

    private static final ConcernEntry MINE = CONCERN_ENTRY.as("mine");
    private static final ConcernEntry OTHER = CONCERN_ENTRY.as("other");
    private static final CaseFile LINKED = CASE_FILE.as("linked");

    private final DSLContext dsl;
    private final FieldEncryption encryption;

    ConcernRepository(DSLContext dsl, FieldEncryption encryption) {
        this.dsl = dsl;
        this.encryption = encryption;
    }

    void insert(long caseId, long tableId, Concern.New entry, String matchKey,
            long organisationId, long personId, Instant now) {
        dsl.insertInto(CONCERN_ENTRY)
                .set(CONCERN_ENTRY.CASE_FILE_ID, caseId)
                .set(CONCERN_ENTRY.CARE_TABLE_ID, tableId)
                .set(CONCERN_ENTRY.KIND, entry.kind())
                .set(CONCERN_ENTRY.IDENTIFIER, encryption.seal(CONCERN_ENTRY.IDENTIFIER, entry.identifier()))
                .set(CONCERN_ENTRY.NOTE, encryption.seal(CONCERN_ENTRY.NOTE, entry.note()))
                .set(CONCERN_ENTRY.MATCH_KEY, matchKey)
                .set(CONCERN_ENTRY.LEGAL_BASIS, entry.basis())
                .set(CONCERN_ENTRY.RECORDED_BY_ORGANISATION_ID, organisationId)
                .set(CONCERN_ENTRY.RECORDED_BY_PERSON_ID, personId)
                .set(CONCERN_ENTRY.RECORDED_AT, now)
                .execute();
    }

    /** The case's entries, newest first, each with the codes of the other cases that share it. */
    List<Concern> forCase(long caseId) {
        Map<Long, List<String>> linked = linkedCodes(caseId);
        return dsl.select(CONCERN_ENTRY.ID, CONCERN_ENTRY.KIND, CONCERN_ENTRY.IDENTIFIER, CONCERN_ENTRY.NOTE,
                        CONCERN_ENTRY.LEGAL_BASIS, ORGANISATION.NAME, PERSON.DISPLAY_NAME, CONCERN_ENTRY.RECORDED_AT)
                .from(CONCERN_ENTRY)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CONCERN_ENTRY.RECORDED_BY_ORGANISATION_ID))
                .join(PERSON).on(PERSON.ID.eq(CONCERN_ENTRY.RECORDED_BY_PERSON_ID))
                .where(CONCERN_ENTRY.CASE_FILE_ID.eq(caseId))
                .orderBy(CONCERN_ENTRY.ID.desc())
                .fetch(r -> new Concern(r.value1(), r.value2(),
                        encryption.open(CONCERN_ENTRY.IDENTIFIER, r.value3()),
                        encryption.open(CONCERN_ENTRY.NOTE, r.value4()), r.value5(), r.value6(), r.value7(),
                        r.value8(), linked.getOrDefault(r.value1(), List.of())));
    }

    /** Per entry of the case: the codes of the other linkable cases that share its key. */
    private Map<Long, List<String>> linkedCodes(long caseId) {
        return fromLinks(dsl.selectDistinct(MINE.ID, LINKED.CODE), caseId)
                .orderBy(LINKED.CODE)
                .fetchGroups(MINE.ID, LINKED.CODE)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    /** Whether another linkable case of the table shares a key with this one. */
    boolean linked(long caseId) {
        // One row fetched, not fetchExists: on H2 2.4 EXISTS misses a row inserted earlier in the same
        // transaction; not fetchCount over a derived table, whose column list MariaDB does not take.
        return fromLinks(dsl.select(OTHER.ID), caseId).limit(1).fetchOptional().isPresent();
    }

    /** The case's entries ({@link #MINE}) joined to the entries of other linkable cases sharing their key. */
    private static <R extends Record> SelectConditionStep<R> fromLinks(SelectSelectStep<R> select, long caseId) {
        return select.from(MINE)
                .join(OTHER).on(OTHER.CARE_TABLE_ID.eq(MINE.CARE_TABLE_ID)).and(OTHER.MATCH_KEY.eq(MINE.MATCH_KEY))
                .and(OTHER.CASE_FILE_ID.ne(MINE.CASE_FILE_ID))
                .join(LINKED).on(LINKED.ID.eq(OTHER.CASE_FILE_ID))
                .where(MINE.CASE_FILE_ID.eq(caseId)).and(linkable(LINKED));
    }

    /** The ids of the other linkable cases that share the key (for auditing a new match). */
    List<Long> casesWithKey(long tableId, String matchKey, long exceptCaseId) {
        return dsl.selectDistinct(CONCERN_ENTRY.CASE_FILE_ID)
                .from(CONCERN_ENTRY)
                .join(CASE_FILE).on(CASE_FILE.ID.eq(CONCERN_ENTRY.CASE_FILE_ID))
                .where(CONCERN_ENTRY.CARE_TABLE_ID.eq(tableId)).and(CONCERN_ENTRY.MATCH_KEY.eq(matchKey))
                .and(CONCERN_ENTRY.CASE_FILE_ID.ne(exceptCaseId)).and(linkable(CASE_FILE))
                .fetch(CONCERN_ENTRY.CASE_FILE_ID);
    }

    /**
     * Every pair of linkable cases of the table that share a key, with their codes: what the chair's
     * clusters are built from. It reads the table's linked entries only (by the match index).
     */
    List<ConcernClusters.Link> links(long tableId) {
        ConcernEntry a = CONCERN_ENTRY.as("a");
        ConcernEntry b = CONCERN_ENTRY.as("b");
        CaseFile caseA = CASE_FILE.as("case_a");
        CaseFile caseB = CASE_FILE.as("case_b");
        return dsl.selectDistinct(caseA.ID, caseA.CODE, caseB.ID, caseB.CODE)
                .from(a)
                .join(b).on(b.CARE_TABLE_ID.eq(a.CARE_TABLE_ID)).and(b.MATCH_KEY.eq(a.MATCH_KEY))
                .and(b.CASE_FILE_ID.gt(a.CASE_FILE_ID))
                .join(caseA).on(caseA.ID.eq(a.CASE_FILE_ID))
                .join(caseB).on(caseB.ID.eq(b.CASE_FILE_ID))
                .where(a.CARE_TABLE_ID.eq(tableId)).and(linkable(caseA)).and(linkable(caseB))
                .fetch(r -> new ConcernClusters.Link(
                        new ConcernCompartment.LinkedCase(r.value1(), r.value2()),
                        new ConcernCompartment.LinkedCase(r.value3(), r.value4())));
    }

    /** Removes an entry of the case; false when it is not (or no longer) there. */
    boolean delete(long caseId, long entryId) {
        return dsl.deleteFrom(CONCERN_ENTRY).where(CONCERN_ENTRY.ID.eq(entryId))
                .and(CONCERN_ENTRY.CASE_FILE_ID.eq(caseId)).execute() == 1;
    }

    /** A case that may be linked: past its draft, not restricted, not purged. */
    private static Condition linkable(CaseFile c) {
        return c.STATUS.ne(CaseStatus.CONCEPT).and(c.RESTRICTED_AT.isNull()).and(c.PURGED_AT.isNull());
    }
}
