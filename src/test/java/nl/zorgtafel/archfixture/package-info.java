/**
 * Deliberately broken code: each class breaks one architecture rule, so ArchitectureTest can
 * show that every rule really fails when broken. Never imported by production code.
 */
package nl.zorgtafel.archfixture;
