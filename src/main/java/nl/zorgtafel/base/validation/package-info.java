/** What services throw when input breaks a rule: the field and a translation key, never the value. */
package nl.zorgtafel.base.validation;
