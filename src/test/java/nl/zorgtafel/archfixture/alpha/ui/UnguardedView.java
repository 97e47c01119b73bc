package nl.zorgtafel.archfixture.alpha.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** Breaks "deny by default": a route without an access annotation. */
@Route("unguarded-fixture")
class UnguardedView extends Div {
}
