package nl.zorgtafel.live.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.action.ActionService;
import nl.zorgtafel.action.ActionView;
import nl.zorgtafel.action.ui.StatusDialog;
import nl.zorgtafel.meeting.MeetingAgenda;
import nl.zorgtafel.security.ItemAccess;

/**
 * The actions agreed on an item, one row per action kept across pushes. The viewer's own
 * organisation's actions stand out and can have their status changed right here; whoever may
 * change an action can edit every field of it.
 */
final class ActionRows {


    private final ActionService actions;
    private final long ownOrganisation;
    private final Runnable refresh;
    private final KeyedRows<Long, ActionView, Row> rows;
    private ItemAccess may;
    private List<MeetingAgenda.Participant> parties = List.of();

    /** One action's line. */
    final class Row extends HorizontalLayout {

        final Span text = new Span();
        final Span own = new Span();
        final Button status = new Button();
        final Button edit = new Button();
        private ActionView action;

        Row() {
            addClassName("live-action");
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            own.setText(own.getTranslation("live.own-organisation"));
            own.getElement().getThemeList().add("badge");
            status.setText(status.getTranslation("action.status-change"));
            status.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            status.addClickListener(e -> new StatusDialog(actions, action, refresh).open());
            edit.setText(edit.getTranslation("action.edit"));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.addClickListener(e -> new ActionEditDialog(actions, action, parties, may.anyAction(), refresh).open());
            add(own, text, status, edit);
        }

        void show(ActionView shown) {
            this.action = shown;
            setId("live-action-" + shown.id());
            status.setId("live-action-status-" + shown.id());
            edit.setId("live-action-edit-" + shown.id());
            boolean ours = shown.organisationId() == ownOrganisation;
            text.setText(describe(text, shown));
            own.setVisible(ours);
            setClassName("live-action-own", ours);
            boolean mayChange = may.mayChangeActionOf(shown.organisationId());
            status.setVisible(mayChange);
            edit.setVisible(mayChange);
            String name = shown.organisationName() + ": " + shown.description();
            status.getElement().setAttribute("aria-label", status.getTranslation("live.action.status-of", name));
            edit.getElement().setAttribute("aria-label", edit.getTranslation("live.action.edit-of", name));
        }
    }

    ActionRows(Div parent, ActionService actions, long ownOrganisation, Runnable refresh) {
        this.actions = actions;
        this.ownOrganisation = ownOrganisation;
        this.refresh = refresh;
        this.rows = new KeyedRows<>(parent, ActionView::id, a -> new Row(), Row::show);
    }

    void show(List<ActionView> shown, ItemAccess access, List<MeetingAgenda.Participant> itemParties) {
        this.may = access;
        this.parties = itemParties;
        rows.show(shown);
    }

    Row row(long actionId) {
        return rows.get(actionId);
    }

    /** One action in words: party (person): what — by when — status. */
    static String describe(Component context, ActionView action) {
        String person = action.personName() == null ? "" : " (" + action.personName() + ")";
        return action.organisationName() + person + ": " + action.description() + " — "
                + context.getTranslation("action.by", Dates.day(action.deadline())) + " — "
                + context.getTranslation("action-status." + action.status());
    }
}
