package nl.zorgtafel.archfixture.beta;

import nl.zorgtafel.archfixture.alpha.AlphaService;

/** With AlphaService, breaks "no cycles between features". */
public class BetaService {

    AlphaService alpha;
}
