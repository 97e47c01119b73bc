package nl.zorgtafel.archfixture.alpha;

import nl.zorgtafel.archfixture.beta.BetaService;

/** With BetaService, breaks "no cycles between features". */
public class AlphaService {

    BetaService beta;
}
