package nl.zorgtafel.insight;

import static nl.zorgtafel.db.Tables.ACTION_ITEM;
import static nl.zorgtafel.db.Tables.CARE_TABLE;
import static nl.zorgtafel.db.Tables.CARE_TABLE_MUNICIPALITY;
import static nl.zorgtafel.db.Tables.CASE_EVENT;
import static nl.zorgtafel.db.Tables.CASE_FILE;
import static nl.zorgtafel.db.Tables.CASE_FILE_EXPLOITATION;
import static nl.zorgtafel.db.Tables.CASE_FILE_MUNICIPALITY;
import static nl.zorgtafel.db.Tables.CASE_FILE_VULNERABILITY;
import static nl.zorgtafel.db.Tables.CONSULTATION;
import static nl.zorgtafel.db.Tables.MUNICIPALITY;
import static nl.zorgtafel.db.Tables.ORGANISATION;
import static nl.zorgtafel.db.Tables.ROUTE_MILESTONE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.floor;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.trim;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record4;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

import nl.zorgtafel.action.ActionStatus;
import nl.zorgtafel.casefile.CaseEventKind;
import nl.zorgtafel.casefile.CaseStatus;
import nl.zorgtafel.casefile.Milestone;
import nl.zorgtafel.casefile.Vulnerability;
import nl.zorgtafel.security.InsightScope;

/**
 * Every insight figure as a GROUP BY or window query that runs unchanged on H2 and MySQL/MariaDB;
 * nothing about a single case leaves the database. Cases count in the period of {@code submitted_at}
 * (index {@code ix_case_file_table_submitted}, V023).
 */
@Repository
class InsightRepository {

    /** A key for cases without a value (unknown age band, role, online component). */
    static final String UNKNOWN = "ONBEKEND";

    private final DSLContext dsl;

    InsightRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Condition cases(InsightScope scope, InsightPeriod period) {
        Condition inPeriod = CASE_FILE.SUBMITTED_AT.ge(period.from()).and(CASE_FILE.SUBMITTED_AT.lt(period.to()));
        return scope.tableId() == null ? inPeriod : inPeriod.and(CASE_FILE.CARE_TABLE_ID.eq(scope.tableId()));
    }

    /** The table's name, for the report's title page. */
    String tableName(long tableId) {
        return dsl.select(CARE_TABLE.NAME).from(CARE_TABLE).where(CARE_TABLE.ID.eq(tableId)).fetchSingle().value1();
    }

    /** Cases of the period, those with a (suspected or established) LVB, and repeat cases. */
    record Totals(long cases, long lvb, long repeats) {
    }

    Totals totals(InsightScope scope, InsightPeriod period) {
        Condition lvb = exists(selectOne().from(CASE_FILE_VULNERABILITY)
                .where(CASE_FILE_VULNERABILITY.CASE_FILE_ID.eq(CASE_FILE.ID))
                .and(CASE_FILE_VULNERABILITY.VULNERABILITY.in(Vulnerability.LVB_VERMOED, Vulnerability.LVB_VASTGESTELD)));
        Record r = dsl.select(count(), count().filterWhere(lvb), count().filterWhere(CASE_FILE.REPEAT_CASE.isTrue()))
                .from(CASE_FILE).where(cases(scope, period)).fetchOne();
        return new Totals(r.get(0, Long.class), r.get(1, Long.class), r.get(2, Long.class));
    }

    Map<String, Long> ageBands(InsightScope scope, InsightPeriod period) {
        return countBy(scope, period, CASE_FILE.AGE_BAND);
    }

    Map<String, Long> roles(InsightScope scope, InsightPeriod period) {
        return countBy(scope, period, CASE_FILE.YOUNG_PERSON_ROLE);
    }

    /**
     * Cases per stored name of a one-value enum column (read as the VARCHAR it is); null values
     * under {@link #UNKNOWN}.
     */
    private Map<String, Long> countBy(InsightScope scope, InsightPeriod period, Field<?> column) {
        Field<String> key = DSL.coalesce(column.coerce(SQLDataType.VARCHAR(40)), inline(UNKNOWN));
        return toMap(dsl.select(key, count()).from(CASE_FILE).where(cases(scope, period)).groupBy(key).fetch());
    }

    /**
     * Cases per point of the period's line over time, by exact Dutch month (or year) boundaries:
     * one CASE over the submission instant, so no time zone arithmetic in SQL.
     */
    Map<String, Long> overTime(InsightScope scope, InsightPeriod period) {
        var buckets = period.buckets();
        var first = buckets.getFirst();
        var bucket = DSL.when(CASE_FILE.SUBMITTED_AT.lt(first.end()), inline(first.label()));
        for (var b : buckets.subList(1, buckets.size())) {
            bucket = bucket.when(CASE_FILE.SUBMITTED_AT.lt(b.end()), inline(b.label()));
        }
        // Grouped outside: H2 does not match a GROUP BY expression whose bind values are its own.
        var bucketed = select(bucket.as("bucket")).from(CASE_FILE).where(cases(scope, period)).asTable("bucketed");
        Field<String> key = bucketed.field("bucket", String.class);
        return toMap(dsl.select(key, count()).from(bucketed).groupBy(key).fetch());
    }

    /** Cases with and without an online component (a CASE, because MySQL stores BOOLEAN as a number). */
    Map<String, Long> online(InsightScope scope, InsightPeriod period) {
        Field<String> key = when(CASE_FILE.ONLINE_COMPONENT.isTrue(), inline("JA"))
                .when(CASE_FILE.ONLINE_COMPONENT.isFalse(), inline("NEE")).otherwise(inline(UNKNOWN));
        return toMap(dsl.select(key, count()).from(CASE_FILE).where(cases(scope, period)).groupBy(key).fetch());
    }

    /** Cases per gender, in four fixed groups so no typed text leaves the table. */
    Map<String, Long> genders(InsightScope scope, InsightPeriod period) {
        Field<String> g = lower(trim(CASE_FILE.GENDER));
        Field<String> group = when(g.in("man", "m", "jongen", "male", "boy"), inline("JONGEN_MAN"))
                .when(g.in("vrouw", "v", "meisje", "f", "female", "girl"), inline("MEISJE_VROUW"))
                .when(g.isNull().or(g.eq("")), inline(UNKNOWN))
                .otherwise(inline("ANDERS"));
        return toMap(dsl.select(group, count()).from(CASE_FILE).where(cases(scope, period)).groupBy(group).fetch());
    }

    /** Cases per form of exploitation (a case may have several). */
    Map<String, Long> exploitation(InsightScope scope, InsightPeriod period) {
        Field<String> form = CASE_FILE_EXPLOITATION.FORM.coerce(SQLDataType.VARCHAR(40));
        return toMap(dsl.select(form, count()).from(CASE_FILE_EXPLOITATION)
                .join(CASE_FILE).on(CASE_FILE.ID.eq(CASE_FILE_EXPLOITATION.CASE_FILE_ID))
                .where(cases(scope, period)).groupBy(form).fetch());
    }

    /** Cases per vulnerability (a case may have several). */
    Map<String, Long> vulnerabilities(InsightScope scope, InsightPeriod period) {
        Field<String> v = CASE_FILE_VULNERABILITY.VULNERABILITY.coerce(SQLDataType.VARCHAR(40));
        return toMap(dsl.select(v, count()).from(CASE_FILE_VULNERABILITY)
                .join(CASE_FILE).on(CASE_FILE.ID.eq(CASE_FILE_VULNERABILITY.CASE_FILE_ID))
                .where(cases(scope, period)).groupBy(v).fetch());
    }

    /** Cases per proposing organisation's type. */
    Map<String, Long> proposingTypes(InsightScope scope, InsightPeriod period) {
        Field<String> type = ORGANISATION.ORG_TYPE.coerce(SQLDataType.VARCHAR(40));
        return toMap(dsl.select(type, count()).from(CASE_FILE)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(CASE_FILE.PROPOSING_ORGANISATION_ID))
                .where(cases(scope, period)).groupBy(type).fetch());
    }

    /**
     * Cases per municipality, by name: every municipality of the table (all active ones installation
     * wide) also at 0, plus any other a case names.
     */
    List<Map.Entry<String, Long>> municipalities(InsightScope scope, InsightPeriod period) {
        var perMunicipality = dsl.select(CASE_FILE_MUNICIPALITY.MUNICIPALITY_ID, count().as("n"))
                .from(CASE_FILE_MUNICIPALITY).join(CASE_FILE).on(CASE_FILE.ID.eq(CASE_FILE_MUNICIPALITY.CASE_FILE_ID))
                .where(cases(scope, period)).groupBy(CASE_FILE_MUNICIPALITY.MUNICIPALITY_ID).asTable("mc");
        Field<Long> municipalityId = perMunicipality.field(CASE_FILE_MUNICIPALITY.MUNICIPALITY_ID);
        Field<Integer> n = perMunicipality.field("n", Integer.class);
        Condition covered = scope.tableId() == null ? MUNICIPALITY.ACTIVE.isTrue()
                : MUNICIPALITY.ID.in(select(CARE_TABLE_MUNICIPALITY.MUNICIPALITY_ID).from(CARE_TABLE_MUNICIPALITY)
                        .where(CARE_TABLE_MUNICIPALITY.CARE_TABLE_ID.eq(scope.tableId())));
        return dsl.select(MUNICIPALITY.NAME, DSL.coalesce(n, 0)).from(MUNICIPALITY)
                .leftJoin(perMunicipality).on(municipalityId.eq(MUNICIPALITY.ID))
                .where(covered.or(n.isNotNull()))
                .orderBy(MUNICIPALITY.NAME)
                .fetch(r -> Map.entry(r.value1(), r.value2().longValue()));
    }

    /**
     * Cases that reached each route milestone; aangifte counts only when made (variant GEDAAN or
     * none), not when merely considered or not made.
     */
    Map<String, Long> milestones(InsightScope scope, InsightPeriod period) {
        Field<String> m = ROUTE_MILESTONE.MILESTONE.coerce(SQLDataType.VARCHAR(40));
        Condition reached = ROUTE_MILESTONE.MILESTONE.ne(Milestone.AANGIFTE)
                .or(ROUTE_MILESTONE.VARIANT.isNull()).or(ROUTE_MILESTONE.VARIANT.eq("GEDAAN"));
        return toMap(dsl.select(m, countDistinct(ROUTE_MILESTONE.CASE_FILE_ID)).from(ROUTE_MILESTONE)
                .join(CASE_FILE).on(CASE_FILE.ID.eq(ROUTE_MILESTONE.CASE_FILE_ID))
                .where(cases(scope, period)).and(reached).groupBy(m).fetch());
    }

    /** Meedenkconsults asked in the period: answered with advice, and still waiting. */
    Map<String, Long> consultations(InsightScope scope, InsightPeriod period) {
        Condition asked = CONSULTATION.ASKED_AT.ge(period.from()).and(CONSULTATION.ASKED_AT.lt(period.to()));
        if (scope.tableId() != null) {
            asked = asked.and(CONSULTATION.CARE_TABLE_ID.eq(scope.tableId()));
        }
        Record r = dsl.select(count().filterWhere(CONSULTATION.ANSWERED_AT.isNotNull()),
                count().filterWhere(CONSULTATION.ANSWERED_AT.isNull())).from(CONSULTATION).where(asked).fetchOne();
        return Map.of("BEANTWOORD", r.get(0, Long.class), "WACHT", r.get(1, Long.class));
    }

    /**
     * Actions per owning organisation whose deadline falls in the period. On time: done on or before
     * the deadline's date (the UTC date of completion; at most two hours off near midnight).
     * Overdue: still open and the deadline before {@code today}.
     */
    List<OrganisationActions> actions(InsightScope scope, InsightPeriod period, LocalDate today) {
        Condition due = ACTION_ITEM.DEADLINE.between(period.first(), period.last());
        if (scope.tableId() != null) {
            due = due.and(CASE_FILE.CARE_TABLE_ID.eq(scope.tableId()));
        }
        Condition done = ACTION_ITEM.STATUS.eq(ActionStatus.GEREED);
        Condition onTime = done.and(ACTION_ITEM.COMPLETED_ON.le(ACTION_ITEM.DEADLINE));
        Condition overdue = ACTION_ITEM.STATUS.in(ActionStatus.OPEN, ActionStatus.IN_UITVOERING)
                .and(ACTION_ITEM.DEADLINE.lt(today));
        return dsl.select(ORGANISATION.NAME, count(), count().filterWhere(done), count().filterWhere(onTime),
                count().filterWhere(overdue))
                .from(ACTION_ITEM)
                .join(CASE_FILE).on(CASE_FILE.ID.eq(ACTION_ITEM.CASE_FILE_ID))
                .join(ORGANISATION).on(ORGANISATION.ID.eq(ACTION_ITEM.ORGANISATION_ID))
                .where(due)
                .groupBy(ORGANISATION.ID, ORGANISATION.NAME)
                .orderBy(ORGANISATION.NAME)
                .fetch(r -> new OrganisationActions(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /**
     * Median and p90 per step in seconds, by window functions over the period's cases (MySQL has no
     * PERCENTILE_CONT): the median is the mean of the middle one or two rows, p90 the nearest rank
     * ceil(0.9 n). Triaged: the first triage decision; discussed: the first DISCUSSED event; closed:
     * {@code closed_at} (the last closing, after a reopening).
     */
    Map<String, double[]> leadTimes(InsightScope scope, InsightPeriod period) {
        Map<String, double[]> result = new HashMap<>();
        leadTimeQuery(scope, period).forEach(r -> result.put(r.value1(), new double[] {r.value2(),
                r.value3().doubleValue(), r.get(3, Double.class)}));
        return result;
    }

    /** The lead-time query on its own, so the scale test can show its plan. */
    ResultQuery<Record4<String, Long, BigDecimal, Long>> leadTimeQuery(InsightScope scope, InsightPeriod period) {
        // Per case, the first triage decision and the first discussion as scalar subqueries on
        // ix_case_event_case: an index lookup per case. A join of the cases with their events let
        // MariaDB choose a block-nested-loop join (every case against every event: quadratic), and
        // with statistics that lag behind a fast-growing table it scans case_event per case, so
        // MySQL/MariaDB are told to use the index (H2 takes it unasked and knows no such hint).
        var event = CASE_EVENT.as("e");
        Table<?> events = mysqlFamily() ? event.forceIndex("ix_case_event_case") : event;
        Field<Timestamp> triaged = field(select(min(event.OCCURRED_AT)).from(events)
                .where(event.CASE_FILE_ID.eq(CASE_FILE.ID)).and(event.KIND.eq(CaseEventKind.STATUS))
                .and(event.TO_STATUS.in(CaseStatus.GEAGENDEERD, CaseStatus.MEER_INFORMATIE, CaseStatus.AFGEWEZEN)))
                .coerce(SQLDataType.TIMESTAMP);
        Field<Timestamp> discussed = field(select(min(event.OCCURRED_AT)).from(events)
                .where(event.CASE_FILE_ID.eq(CASE_FILE.ID)).and(event.KIND.eq(CaseEventKind.DISCUSSED)))
                .coerce(SQLDataType.TIMESTAMP);
        var steps = select(CASE_FILE.SUBMITTED_AT.coerce(SQLDataType.TIMESTAMP).as("s"), triaged.as("t"),
                        discussed.as("d"), CASE_FILE.CLOSED_AT.coerce(SQLDataType.TIMESTAMP).as("c"))
                .from(CASE_FILE).where(cases(scope, period)).asTable("steps");
        Field<Timestamp> s = steps.field("s", Timestamp.class);
        Field<Timestamp> t = steps.field("t", Timestamp.class);
        Field<Timestamp> d = steps.field("d", Timestamp.class);
        Field<Timestamp> c = steps.field("c", Timestamp.class);
        // Each case once, crossed with the four steps (not a UNION reading the cases four times); a
        // step's time is null where either end is missing.
        var names = select(inline("TRIAGE").as("step")).unionAll(select(inline("DISCUSSION")))
                .unionAll(select(inline("CLOSING"))).unionAll(select(inline("TOTAL"))).asTable("names");
        Field<String> step = names.field("step", String.class);
        var perStep = select(step.as("leg"), DSL.choose(step)
                        .when(inline("TRIAGE"), seconds(s, t))
                        .when(inline("DISCUSSION"), seconds(t, d))
                        .when(inline("CLOSING"), seconds(d, c))
                        .otherwise(seconds(s, c)).as("secs"))
                .from(steps).crossJoin(names).asTable("per_step");
        Field<Long> stepSecs = perStep.field("secs", Long.class);
        var legs = select(perStep.field("leg", String.class).as("leg"), stepSecs.as("secs")).from(perStep)
                .where(stepSecs.isNotNull()).asTable("legs");
        Field<String> leg = legs.field("leg", String.class);
        Field<Long> secs = legs.field("secs", Long.class);
        var ranked = select(leg, secs,
                rowNumber().over(DSL.partitionBy(leg).orderBy(secs)).as("rn"),
                count().over(DSL.partitionBy(leg)).as("n"))
                .from(legs).asTable("ranked");
        Field<String> rLeg = ranked.field("leg", String.class);
        Field<Long> rSecs = ranked.field("secs", Long.class);
        Field<Long> rn = ranked.field("rn", Long.class);
        Field<Long> n = ranked.field("n", Long.class);
        Condition middle = rn.between(floor(n.plus(1).div(2)).cast(SQLDataType.BIGINT),
                floor(n.plus(2).div(2)).cast(SQLDataType.BIGINT));
        Condition p90 = rn.eq(floor(n.mul(9).plus(9).div(10)).cast(SQLDataType.BIGINT));
        return dsl.select(rLeg, max(n), DSL.avg(rSecs).filterWhere(middle), max(rSecs).filterWhere(p90))
                .from(ranked).groupBy(rLeg);
    }

    private boolean mysqlFamily() {
        return dsl.dialect().family() == SQLDialect.MYSQL || dsl.dialect().family() == SQLDialect.MARIADB;
    }

    private static Field<Long> seconds(Field<Timestamp> from, Field<Timestamp> to) {
        return DSL.timestampDiff(DatePart.SECOND, from, to).cast(SQLDataType.BIGINT);
    }

    private static Map<String, Long> toMap(List<? extends Record> rows) {
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put(r.get(0, String.class), r.get(1, Long.class)));
        return counts;
    }
}
