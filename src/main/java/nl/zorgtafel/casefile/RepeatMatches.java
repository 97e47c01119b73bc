package nl.zorgtafel.casefile;

import java.util.List;

/**
 * Where else the young person of a named case is known (same keyed hash of name and date of
 * birth): the codes of other cases at this table, and only whether there is one at another
 * table, never its code, content or table.
 */
public record RepeatMatches(List<String> atThisTable, boolean atAnotherTable) {

    static final RepeatMatches NONE = new RepeatMatches(List.of(), false);

    public RepeatMatches {
        atThisTable = List.copyOf(atThisTable);
    }

    public boolean any() {
        return !atThisTable.isEmpty() || atAnotherTable;
    }
}
