package nl.zorgtafel.audit;

import java.time.Instant;
import java.util.List;

/**
 * What the audit log shows for one week that a chair or Beheerder should look at: counts and
 * account/case ids only, never names or content, so the report itself can travel by mail.
 *
 * @param tableId       the table it covers; null for the whole installation (the Beheerder's)
 * @param viewsWithoutPart case files opened by accounts whose organisation has no part in them
 * @param outOfHours    accounts with many reads of case data at night or in the weekend
 */
public record AnomalyReport(Instant from, Instant to, Long tableId, int failedSignIns, int failedSignInAccounts,
        int failedSignInAddresses, List<Count> failedByAccount, int refusals, List<Count> refusalsByAccount,
        List<CaseView> viewsWithoutPart, List<Count> outOfHours) {

    public record Count(long accountId, int count) {
    }

    public record CaseView(long accountId, long caseId, int count) {
    }

    public boolean quiet() {
        return failedSignIns == 0 && refusals == 0 && viewsWithoutPart.isEmpty() && outOfHours.isEmpty();
    }
}
