package nl.zorgtafel.live.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Span;

/**
 * A running clock ("12:04") drawn in the browser from the seconds the server read, so a ticking
 * second costs no round trip. Past its limit it is marked {@code live-over}. The seconds stay in
 * {@code data-seconds} for tests and for browsers without script.
 */
class ElapsedTime extends Span {

    /** Counts on from data-seconds since data-shown (the browser's time of the last update). */
    private static final String TICK = """
            const el = this;
            const draw = () => {
              if (!el.isConnected) { clearInterval(el.__tick); el.__tick = null; return; }
              const since = Number(el.dataset.shown || Date.now());
              const running = el.dataset.running === 'true';
              const s = Number(el.dataset.seconds || 0) + (running ? Math.floor((Date.now() - since) / 1000) : 0);
              const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), sec = s % 60;
              const two = n => String(n).padStart(2, '0');
              el.textContent = (h > 0 ? h + ':' + two(m) : m) + ':' + two(sec);
              const limit = Number(el.dataset.limit || 0);
              el.classList.toggle('live-over', limit > 0 && s > limit);
            };
            el.dataset.shown = Date.now();
            draw();
            if (!el.__tick) { el.__tick = setInterval(draw, 1000); }
            """;

    ElapsedTime() {
        addClassName("live-elapsed");
    }

    /** Shows {@code seconds} spent, counting on while {@code running}; {@code limitSeconds} 0 for none. */
    void show(long seconds, boolean running, long limitSeconds) {
        String shown = String.valueOf(seconds);
        if (shown.equals(getElement().getAttribute("data-seconds"))
                && String.valueOf(running).equals(getElement().getAttribute("data-running"))
                && String.valueOf(limitSeconds).equals(getElement().getAttribute("data-limit"))) {
            return;
        }
        getElement().setAttribute("data-seconds", shown);
        getElement().setAttribute("data-running", String.valueOf(running));
        getElement().setAttribute("data-limit", String.valueOf(limitSeconds));
        getElement().executeJs(TICK);
    }

    long seconds() {
        return Long.parseLong(getElement().getAttribute("data-seconds"));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (getElement().hasAttribute("data-seconds")) {
            getElement().executeJs(TICK);
        }
    }
}
