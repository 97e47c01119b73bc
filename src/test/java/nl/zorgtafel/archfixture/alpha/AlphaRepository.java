package nl.zorgtafel.archfixture.alpha;

import org.jooq.DSLContext;

/** Breaks "repositories are package-private". */
public class AlphaRepository {

    final DSLContext dsl;

    AlphaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }
}
