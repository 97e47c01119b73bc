package nl.zorgtafel.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Repairs the tab strip of Vaadin's {@code vaadin-tabs} (also inside a {@code TabSheet}) for
 * assistive technology. Its shadow DOM wraps the tabs in a scroll container with
 * {@code tabindex="-1"}: a focusable element between the {@code tablist} and its {@code tab}s,
 * which screen readers announce as an unnamed group and axe reports as a critical
 * {@code aria-required-children} violation. Without the attribute the container is a plain
 * generic element and the tabs keep their roving tab index; the strip still scrolls.
 */
public final class TabStrip {

    private static final String REPAIR = """
            const strips = this.localName === 'vaadin-tabs' ? [this] : [...this.querySelectorAll('vaadin-tabs')];
            for (const strip of strips) {
              Promise.resolve(strip.updateComplete).then(() => {
                const scroller = strip.shadowRoot && strip.shadowRoot.querySelector('[part="tabs"]');
                if (scroller) scroller.removeAttribute('tabindex');
              });
            }""";

    private TabStrip() {
    }

    /** For a {@code Tabs} or a component holding one (a {@code TabSheet}); on every attach. */
    public static <T extends Component> T repaired(T component) {
        component.addAttachListener(e -> component.getElement().executeJs(REPAIR));
        return component;
    }
}
