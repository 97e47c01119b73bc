package nl.zorgtafel.encryption.ui;

import java.util.Set;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;

import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.encryption.EncryptionKeyService;
import nl.zorgtafel.encryption.KeyStatus;
import nl.zorgtafel.encryption.RunOutcome;

/**
 * Beheer → Sleutels: which key seals new values, which keys stored values may still need, and the
 * re-encryption that frees an old key, with its progress (polled while a run is busy).
 */
public class KeysTab extends VerticalLayout {

    private static final int POLL_MILLIS = 1000;

    final Span active = new Span();
    final Span inUse = new Span();
    final Span removable = new Span();
    final Span run = new Span();
    final ProgressBar progress = new ProgressBar(0, 1);
    final Button start = new Button();

    private final EncryptionKeyService service;
    private boolean polling;
    private Registration pollListener;

    public KeysTab(EncryptionKeyService service) {
        this.service = service;
        setPadding(false);
        setId("keys-tab");
        active.setId("keys-active");
        inUse.setId("keys-in-use");
        removable.setId("keys-removable");
        run.setId("keys-run");
        // The run line is announced when it changes, so a screen reader hears the job finish.
        run.getElement().setAttribute("aria-live", "polite");
        progress.setId("keys-progress");
        progress.getElement().setAttribute("aria-labelledby", "keys-run");
        start.setId("keys-reencrypt");
        start.setText(getTranslation("keys.reencrypt"));
        start.setIcon(VaadinIcon.REFRESH.create());
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> start());
        add(new H3(getTranslation("keys.title")), new Paragraph(getTranslation("keys.intro")), active, inUse,
                removable, run, progress, start);
        refresh();
    }

    private void start() {
        if (service.startReencryption()) {
            Notification.show(getTranslation("keys.started"));
        } else {
            Notification.show(getTranslation("keys.already-running"));
        }
        refresh();
    }

    void refresh() {
        KeyStatus status = service.status();
        active.setText(getTranslation("keys.active", status.activeKey()));
        inUse.setText(getTranslation("keys.in-use", list(status.inUse())));
        removable.setText(status.removable().isEmpty() ? getTranslation("keys.removable.none")
                : getTranslation("keys.removable", list(status.removable())));
        var last = status.lastRun();
        boolean busy = status.runningHere() || last != null && last.outcome() == RunOutcome.BEZIG;
        if (status.runningHere() && (last == null || last.outcome() != RunOutcome.BEZIG)) {
            // Started here, its run row not written yet: say so rather than show the previous run.
            run.setText(getTranslation("keys.run.starting"));
            progress.setVisible(true);
            progress.setIndeterminate(true);
        } else if (last == null) {
            run.setText(getTranslation(status.rotationPending() ? "keys.run.none-pending" : "keys.run.none"));
            progress.setVisible(false);
        } else {
            boolean nothingToDo = last.outcome() == RunOutcome.VOLTOOID && last.total() == 0;
            run.setText(getTranslation("keys.run." + last.outcome().name() + (nothingToDo ? ".nothing" : ""),
                    Dates.moment(last.startedAt()), last.finishedAt() == null ? "" : Dates.moment(last.finishedAt()),
                    last.done(), last.total(), last.targetKey()));
            // The bar is for a run that is busy or did not finish; a finished one says so in words.
            progress.setVisible(last.outcome() != RunOutcome.VOLTOOID);
            progress.setIndeterminate(false);
            progress.setValue(last.fraction());
        }
        start.setEnabled(!busy);
        poll(busy);
    }

    private void poll(boolean on) {
        if (on == polling) {
            return;
        }
        getUI().ifPresent(ui -> ui.setPollInterval(on ? POLL_MILLIS : -1));
        polling = on && getUI().isPresent();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = false;
        pollListener = event.getUI().addPollListener(e -> {
            if (polling) {
                refresh();
            }
        });
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollListener != null) {
            pollListener.remove();
            pollListener = null;
        }
        if (polling) {
            event.getUI().setPollInterval(-1);
            polling = false;
        }
    }

    private static String list(Set<String> keys) {
        return keys.isEmpty() ? "—" : String.join(", ", new java.util.TreeSet<>(keys));
    }
}
