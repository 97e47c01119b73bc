/**
 * Minutes (verslag, F-7): the draft grows from what was recorded live plus the secretary's
 * summaries; the chair makes it definitief (a frozen, hashed snapshot, version N; corrections
 * are N+1 with a reason); each recipient downloads a PDF with only the case items their
 * organisation took part in, marked with their name on every page; and a plain-language letter
 * per case for the young person or parents.
 */
package nl.zorgtafel.minutes;
