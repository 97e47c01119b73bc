/**
 * Accounts, login, the signed-in user and their role at the current table.
 * Later also second factors, lockout and the single access service.
 */
package nl.zorgtafel.security;
