package nl.zorgtafel.archfixture.alpha.ui;

import nl.zorgtafel.security.TableRole;

/** Deliberately broken: draws a button from the role instead of the access decision. */
class RoleComparingView {

    boolean showTriage(TableRole role) {
        return role == TableRole.VOORZITTER;
    }
}
