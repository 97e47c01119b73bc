package nl.zorgtafel.archfixture.alpha.ui;

import org.jooq.DSLContext;

import nl.zorgtafel.archfixture.alpha.AlphaRepository;

/** Breaks "views talk to services only". */
class BadView {

    DSLContext dsl;
    AlphaRepository repository;
}
