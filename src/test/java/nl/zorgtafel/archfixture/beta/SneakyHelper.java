package nl.zorgtafel.archfixture.beta;

import org.jooq.DSLContext;

import nl.zorgtafel.db.Tables;

/** Breaks "only repositories hold DSLContext and generated jOOQ code". */
class SneakyHelper {

    int count(DSLContext dsl) {
        return dsl.fetchCount(Tables.ORGANISATION);
    }
}
