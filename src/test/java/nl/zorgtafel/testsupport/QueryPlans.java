package nl.zorgtafel.testsupport;

import java.util.Locale;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

/** The database's plan for a query, and whether it reads a table from end to end. */
public interface QueryPlans {

    String database();

    Plan explain(DSLContext dsl, String sql);

    /** A plan as text; {@code fullScanOf} tells whether a table is read without an index. */
    record Plan(String text, java.util.function.Predicate<String> fullScan) {

        public boolean fullScanOf(String table) {
            return fullScan.test(table);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** H2 names the index it reads in a comment after the table; a table read without one says {@code tableScan}. */
    QueryPlans H2 = new QueryPlans() {
        @Override
        public String database() {
            return "h2";
        }

        @Override
        public Plan explain(DSLContext dsl, String sql) {
            String text = dsl.fetch("EXPLAIN " + sql).stream().map(r -> String.valueOf(r.get(0)))
                    .collect(Collectors.joining("\n"));
            return new Plan(text, table -> text.contains("PUBLIC." + table.toUpperCase(Locale.ROOT) + ".tableScan"));
        }
    };

    /** MariaDB: one row per table read; {@code type ALL} is a full scan. */
    QueryPlans MARIADB = new QueryPlans() {
        @Override
        public String database() {
            return "mariadb";
        }

        @Override
        public Plan explain(DSLContext dsl, String sql) {
            var rows = dsl.fetch("EXPLAIN " + sql);
            String text = rows.format();
            return new Plan(text, table -> rows.stream().anyMatch(r ->
                    table.equalsIgnoreCase(String.valueOf(r.get("table")))
                            && "ALL".equalsIgnoreCase(String.valueOf(r.get("type")))));
        }
    };
}
