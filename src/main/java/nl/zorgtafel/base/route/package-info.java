/** Pages that features link to without importing each other: found by the type a page implements. */
package nl.zorgtafel.base.route;
