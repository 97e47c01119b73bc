package nl.zorgtafel.security;

/**
 * What insight a person may see, decided by {@link AccessService#insightScope()}.
 *
 * @param tableId    the table whose figures are shown, or null for all tables together
 * @param suppressed small cells are hidden on the screen too (the Beheerder sees no case content,
 *                   so only totals that could leave the table)
 */
public record InsightScope(Long tableId, boolean suppressed) {

    static final InsightScope INSTALLATION = new InsightScope(null, true);

    static InsightScope table(long tableId) {
        return new InsightScope(tableId, false);
    }

    public boolean installationWide() {
        return tableId == null;
    }
}
