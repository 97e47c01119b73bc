package nl.zorgtafel.subject;

import java.util.List;

/**
 * What a look-up found: the young person's cases at the chair's table and how many other tables
 * know them (a number only: each table's chair handles its own). The keyed hash stays on the
 * server, in this object; it is never shown, logged or sent.
 */
public record SubjectMatch(String personHash, long tableId, List<SubjectCase> cases, int otherTables) {

    public SubjectMatch {
        cases = List.copyOf(cases);
    }

    public boolean found() {
        return !cases.isEmpty();
    }

    @Override
    public String toString() {
        return "SubjectMatch[table=" + tableId + ", cases=" + cases.size() + "]";
    }
}
