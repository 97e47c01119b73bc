package nl.zorgtafel.casefile;

import static nl.zorgtafel.db.Tables.ACTION_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM;
import static nl.zorgtafel.db.Tables.AGENDA_ITEM_PARTICIPANT;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.CASE_SIGNAL;
import static nl.zorgtafel.db.Tables.CASE_FILE_EXPLOITATION;
import static nl.zorgtafel.db.Tables.CASE_FILE_MUNICIPALITY;
import static nl.zorgtafel.db.Tables.MUNICIPALITY;
import static nl.zorgtafel.db.Tables.ORGANISATION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record9;
import org.jooq.SortField;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.db.tables.CaseFile;
import nl.zorgtafel.security.CaseScope;

/** Lists of cases, filtered by the need-to-know rule in SQL and paged there. */
@Repository
class CaseListRepository {

    private final DSLContext dsl;
    private final FieldEncryption encryption;

    CaseListRepository(DSLContext dsl, FieldEncryption encryption) {
        this.dsl = dsl;
        this.encryption = encryption;
    }

    List<CaseSummary> find(CaseScope scope, CaseFilter filter, List<CaseSort.Order> order, int offset, int limit) {
        List<SortField<?>> sortFields = new ArrayList<>();
        for (CaseSort.Order o : order) {
            Field<?> field = sortField(o.sort());
            sortFields.add(o.descending() ? field.desc().nullsLast() : field.asc().nullsLast());
        }
        sortFields.add(CASE_FILE.ID.desc());
        return detailed(summaries().where(conditions(scope, filter))
                .orderBy(sortFields)
                .offset(offset).limit(limit)
                .fetch());
    }

    private static Field<?> sortField(CaseSort sort) {
        return switch (sort) {
            case CODE -> CASE_FILE.CODE;
            case STATUS -> rank(CASE_FILE.STATUS, CaseStatus.values());
            case URGENCY -> rank(CASE_FILE.URGENCY, Urgency.values());
            case AGE -> rank(CASE_FILE.AGE_BAND, AgeBand.values());
            case PROPOSER -> ORGANISATION.NAME;
            case SUBMITTED -> CASE_FILE.SUBMITTED_AT;
        };
    }

    /** An enum column's declaration order as a number, so it sorts in meaning rather than by name. */
    private static <E extends Enum<E>> Field<Integer> rank(Field<E> column, E[] values) {
        var ranked = DSL.choose(column).when(values[0], DSL.inline(0));
        for (int i = 1; i < values.length; i++) {
            ranked = ranked.when(values[i], DSL.inline(i));
        }
        // Unknown (NULL) stays NULL, so it sorts last either way.
        return ranked.otherwise(DSL.inline(null, SQLDataType.INTEGER));
    }

    /** The forms of exploitation and municipalities of a page of cases: two queries, whatever the page size. */
    private List<CaseSummary> detailed(List<Record9<Long, String, CaseStatus, Urgency, Boolean, String, Instant,
            Boolean, AgeBand>> rows) {
        List<Long> ids = rows.stream().map(Record9::value1).toList();
        Map<Long, List<ExploitationForm>> forms = ids.isEmpty() ? Map.of()
                : dsl.select(CASE_FILE_EXPLOITATION.CASE_FILE_ID, CASE_FILE_EXPLOITATION.FORM)
                        .from(CASE_FILE_EXPLOITATION).where(CASE_FILE_EXPLOITATION.CASE_FILE_ID.in(ids))
                        .orderBy(CASE_FILE_EXPLOITATION.FORM)
                        .fetchGroups(CASE_FILE_EXPLOITATION.CASE_FILE_ID, CASE_FILE_EXPLOITATION.FORM);
        Map<Long, List<String>> places = ids.isEmpty() ? Map.of()
                : dsl.select(CASE_FILE_MUNICIPALITY.CASE_FILE_ID, MUNICIPALITY.NAME)
                        .from(CASE_FILE_MUNICIPALITY)
                        .join(MUNICIPALITY).on(MUNICIPALITY.ID.eq(CASE_FILE_MUNICIPALITY.MUNICIPALITY_ID))
                        .where(CASE_FILE_MUNICIPALITY.CASE_FILE_ID.in(ids))
                        .orderBy(MUNICIPALITY.NAME)
                        .fetchGroups(CASE_FILE_MUNICIPALITY.CASE_FILE_ID, MUNICIPALITY.NAME);
        return rows.stream().map(r -> new CaseSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                r.value6(), r.value7(), r.value8(), r.value9(),
                forms.getOrDefault(r.value1(), List.of()), places.getOrDefault(r.value1(), List.of()))).toList();
    }

    int count(CaseScope scope, CaseFilter filter) {
        return dsl.fetchCount(CASE_FILE, conditions(scope, filter));
    }

    /**
     * The organisation's own cases the chair decided on (returned, declined, agendered), newest
     * decision first, with the chair's words where the status carries them.
     */
    List<CaseDashboard.Decided> decidedFor(CaseScope scope, Collection<CaseStatus> statuses, int limit) {
        return dsl.select(CASE_FILE.ID, CASE_FILE.CODE, CASE_FILE.STATUS, CASE_FILE.DECISION_REASON,
                        CASE_FILE.DECISION_ADVICE)
                .from(CASE_FILE)
                .where(CASE_FILE.CARE_TABLE_ID.eq(scope.tableId())
                        .and(CASE_FILE.PROPOSING_ORGANISATION_ID.eq(scope.organisationId()))
                        .and(CASE_FILE.STATUS.in(statuses)))
                .orderBy(CASE_FILE.UPDATED_AT.desc(), CASE_FILE.ID.desc())
                .limit(limit)
                .fetch(r -> {
                    boolean worded = r.value3() == CaseStatus.AFGEWEZEN || r.value3() == CaseStatus.MEER_INFORMATIE;
                    return new CaseDashboard.Decided(r.value1(), r.value2(), r.value3(),
                            worded ? encryption.open(CASE_FILE.DECISION_REASON, r.value4()) : null,
                            worded ? encryption.open(CASE_FILE.DECISION_ADVICE, r.value5()) : null);
                });
    }

    /** The organisation's cases at the table whose consent re-check is due by {@code today}. */
    List<CaseDashboard.ConsentDue> consentRecheckDue(CaseScope scope, LocalDate today, int limit) {
        return dsl.select(CASE_FILE.ID, CASE_FILE.CODE, CASE_FILE.CONSENT_RECHECK_AGE).from(CASE_FILE)
                .where(CASE_FILE.CARE_TABLE_ID.eq(scope.tableId())
                        .and(CASE_FILE.PROPOSING_ORGANISATION_ID.eq(scope.organisationId()))
                        .and(CASE_FILE.CONSENT_RECHECK_DUE.le(today))
                        .and(CASE_FILE.STATUS.notIn(CaseStatus.AFGESLOTEN, CaseStatus.AFGEWEZEN)))
                .orderBy(CASE_FILE.CONSENT_RECHECK_DUE, CASE_FILE.ID)
                .limit(limit)
                .fetch(r -> new CaseDashboard.ConsentDue(r.value1(), r.value2(), r.value3()));
    }

    /** Closed cases of the table whose 12-month check is due (closed before {@code closedBefore}). */
    List<CaseSummary> dueForClosureCheck(long tableId, Instant closedBefore, int limit) {
        return detailed(summaries().where(CASE_FILE.CARE_TABLE_ID.eq(tableId)
                        .and(CASE_FILE.STATUS.eq(CaseStatus.AFGESLOTEN))
                        .and(CASE_FILE.CLOSED_AT.lt(closedBefore))
                        .and(CASE_FILE.CLOSURE_CHECKED_AT.isNull()))
                .orderBy(CASE_FILE.CLOSED_AT)
                .limit(limit)
                .fetch());
    }

    /**
     * Closed cases of the table with an open re-aanmelding proposal: a signal recorded after the
     * current closing that the chair has not set aside. Only open proposals are read
     * (ix_case_signal_proposal), not the signals of history.
     */
    List<CaseSummary> proposedForReopening(long tableId, int limit) {
        return detailed(summaries().where(CASE_FILE.CARE_TABLE_ID.eq(tableId)
                        .and(CASE_FILE.STATUS.eq(CaseStatus.AFGESLOTEN))
                        .and(DSL.exists(DSL.selectOne().from(CASE_SIGNAL)
                                .where(CASE_SIGNAL.CASE_FILE_ID.eq(CASE_FILE.ID))
                                .and(CASE_SIGNAL.REOPEN_PROPOSED.isTrue())
                                .and(CASE_SIGNAL.PROPOSAL_HANDLED_AT.isNull())
                                .and(CASE_SIGNAL.CREATED_AT.ge(CASE_FILE.CLOSED_AT)))))
                .orderBy(CASE_FILE.CLOSED_AT.desc(), CASE_FILE.ID)
                .limit(limit)
                .fetch());
    }

    /** Discussed cases of the table (not on a coming agenda) with no open action left: ready for Afsluiten. */
    List<CaseSummary> readyToClose(long tableId, int limit) {
        return detailed(summaries().where(CASE_FILE.CARE_TABLE_ID.eq(tableId)
                        .and(CASE_FILE.STATUS.in(CaseStatus.BESPROKEN, CaseStatus.IN_OPVOLGING))
                        .and(DSL.notExists(DSL.selectOne().from(ACTION_ITEM)
                                .where(ACTION_ITEM.CASE_FILE_ID.eq(CASE_FILE.ID)
                                        .and(CaseFollowUpRepository.openAction())))))
                .orderBy(CASE_FILE.UPDATED_AT, CASE_FILE.ID)
                .limit(limit)
                .fetch());
    }

    /** Cases of the table waiting for triage: acute first, then the longest waiting. */
    List<CaseSummary> triageQueue(long tableId, int limit) {
        return detailed(summaries().where(CASE_FILE.CARE_TABLE_ID.eq(tableId)
                        .and(CASE_FILE.STATUS.in(CaseStatus.AANGEMELD, CaseStatus.IN_TRIAGE)))
                .orderBy(rank(CASE_FILE.URGENCY, Urgency.values()).desc(), CASE_FILE.SUBMITTED_AT, CASE_FILE.ID)
                .limit(limit)
                .fetch());
    }

    /**
     * Cases of the table waiting for triage whose young person is known elsewhere in the
     * installation (same keyed person hash); the codes of the other cases are never read here.
     */
    List<CaseSummary> awaitingTriageAndKnown(long tableId, int limit) {
        CaseFile other = CASE_FILE.as("other");
        return detailed(summaries().where(CASE_FILE.CARE_TABLE_ID.eq(tableId)
                        .and(CASE_FILE.STATUS.in(CaseStatus.AANGEMELD, CaseStatus.IN_TRIAGE))
                        .and(CASE_FILE.PERSON_HASH.isNotNull())
                        .and(DSL.exists(DSL.selectOne().from(other)
                                .where(other.PERSON_HASH.eq(CASE_FILE.PERSON_HASH)
                                        .and(other.ID.ne(CASE_FILE.ID))
                                        .and(other.STATUS.ne(CaseStatus.CONCEPT))))))
                .orderBy(CASE_FILE.SUBMITTED_AT)
                .limit(limit)
                .fetch());
    }

    /** Where else this young person is known: codes at the same table, and whether at any other table. */
    RepeatMatches matches(String personHash, long caseId, long tableId) {
        if (personHash == null) {
            return RepeatMatches.NONE;
        }
        Condition sameHash = CASE_FILE.PERSON_HASH.eq(personHash).and(CASE_FILE.ID.ne(caseId))
                .and(CASE_FILE.STATUS.ne(CaseStatus.CONCEPT));
        List<String> here = dsl.select(CASE_FILE.CODE).from(CASE_FILE)
                .where(sameHash.and(CASE_FILE.CARE_TABLE_ID.eq(tableId)))
                .orderBy(CASE_FILE.CODE)
                .fetch(CASE_FILE.CODE);
        boolean elsewhere = dsl.fetchCount(CASE_FILE, sameHash.and(CASE_FILE.CARE_TABLE_ID.ne(tableId))) > 0;
        return new RepeatMatches(here, elsewhere);
    }

    private SelectJoinStep<Record9<Long, String, CaseStatus, Urgency, Boolean, String, Instant, Boolean, AgeBand>>
            summaries() {
        return dsl.select(CASE_FILE.ID, CASE_FILE.CODE, CASE_FILE.STATUS, CASE_FILE.URGENCY, CASE_FILE.NAMED,
                        ORGANISATION.NAME, CASE_FILE.SUBMITTED_AT, CASE_FILE.REPEAT_CASE, CASE_FILE.AGE_BAND)
                .from(CASE_FILE)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CASE_FILE.PROPOSING_ORGANISATION_ID));
    }

    /** The need-to-know rule in SQL (see AccessRule): all of the table, or where the organisation is involved. */
    private static List<Condition> conditions(CaseScope scope, CaseFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(CASE_FILE.CARE_TABLE_ID.eq(scope.tableId()));
        // Drafts are the proposer's own until submitted.
        conditions.add(CASE_FILE.STATUS.ne(CaseStatus.CONCEPT)
                .or(CASE_FILE.PROPOSING_ORGANISATION_ID.eq(scope.organisationId())));
        if (filter.onlyMyOrganisation()) {
            conditions.add(CASE_FILE.PROPOSING_ORGANISATION_ID.eq(scope.organisationId()));
        } else if (!scope.allOfTable()) {
            // Need-to-know (AccessRule): proposer, deelnemer of an agenda item for the case, or
            // owner of an action on it.
            conditions.add(CASE_FILE.PROPOSING_ORGANISATION_ID.eq(scope.organisationId())
                    .or(DSL.exists(DSL.selectOne().from(AGENDA_ITEM_PARTICIPANT)
                            .join(AGENDA_ITEM).on(AGENDA_ITEM.ID.eq(AGENDA_ITEM_PARTICIPANT.AGENDA_ITEM_ID))
                            .where(AGENDA_ITEM.CASE_FILE_ID.eq(CASE_FILE.ID)
                                    .and(AGENDA_ITEM_PARTICIPANT.ORGANISATION_ID.eq(scope.organisationId())))))
                    .or(DSL.exists(DSL.selectOne().from(ACTION_ITEM)
                            .where(ACTION_ITEM.CASE_FILE_ID.eq(CASE_FILE.ID)
                                    .and(ACTION_ITEM.ORGANISATION_ID.eq(scope.organisationId()))))));
        }
        if (filter.status() != null) {
            conditions.add(CASE_FILE.STATUS.eq(filter.status()));
        }
        if (filter.urgency() != null) {
            conditions.add(CASE_FILE.URGENCY.eq(filter.urgency()));
        }
        if (filter.form() != null) {
            conditions.add(DSL.exists(DSL.selectOne().from(CASE_FILE_EXPLOITATION)
                    .where(CASE_FILE_EXPLOITATION.CASE_FILE_ID.eq(CASE_FILE.ID)
                            .and(CASE_FILE_EXPLOITATION.FORM.eq(filter.form())))));
        }
        if (filter.municipalityId() != null) {
            conditions.add(DSL.exists(DSL.selectOne().from(CASE_FILE_MUNICIPALITY)
                    .where(CASE_FILE_MUNICIPALITY.CASE_FILE_ID.eq(CASE_FILE.ID)
                            .and(CASE_FILE_MUNICIPALITY.MUNICIPALITY_ID.eq(filter.municipalityId())))));
        }
        return conditions;
    }
}
