/**
 * The application's settings below {@code zorgtafel.}: one validated properties class, and the
 * checks that stop the production profile from starting with settings meant for the demo.
 */
package nl.zorgtafel.base.config;
