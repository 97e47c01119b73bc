package nl.zorgtafel.live.ui;

import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import nl.zorgtafel.base.time.Dates;
import nl.zorgtafel.action.ActionView;
import nl.zorgtafel.action.ReviewOutcome;

/**
 * The review block: earlier sessions' actions with their outcome. Rows are kept per action, so
 * a push by someone else updates a row's text but never the outcome or note the chair is
 * choosing or typing in it.
 */
class ReviewPanel extends Div {

    /** Records a review outcome; returns false when it was refused (the row keeps what was entered). */
    interface Reviewer {
        boolean review(ActionView action, ReviewOutcome outcome, String note, Row row);
    }

    /** One action's line, with the chair's controls when they may record outcomes. */
    final class Row extends HorizontalLayout {

        final Span text = new Span();
        final Select<ReviewOutcome> outcome = new Select<>();
        final TextField note = new TextField();
        private ActionView action;

        Row(ActionView action, boolean mayReview) {
            addClassName("review-action");
            setAlignItems(FlexComponent.Alignment.BASELINE);
            // The action's text takes the room; the controls wrap below it on a narrow screen.
            setWrap(true);
            setWidthFull();
            text.addClassName("review-text");
            add(text);
            if (mayReview) {
                outcome.setAriaLabel(getTranslation("review.outcome"));
                outcome.setItems(ReviewOutcome.values());
                outcome.setItemLabelGenerator(o -> o == null ? "" : getTranslation("review-outcome." + o));
                outcome.setPlaceholder(getTranslation("review.outcome"));
                note.setPlaceholder(getTranslation("review.note"));
                note.setAriaLabel(getTranslation("review.note"));
                note.setMaxLength(1000);
                // What is typed reaches the server as it is typed: a push or a move keeps it.
                note.setValueChangeMode(ValueChangeMode.LAZY);
                var save = new Button(getTranslation("review.save"), e -> {
                    // A recorded outcome stays in the row (and in its text) for everyone to see.
                    reviewer.review(this.action, outcome.getValue(), note.getValue(), this);
                });
                add(outcome, note, save);
            }
            show(action);
        }

        void show(ActionView shown) {
            this.action = shown;
            boolean reviewedHere = shown.reviewOutcome() != null && Objects.equals(shown.reviewMeetingId(), meetingId);
            setClassName("review-recorded", reviewedHere);
            if (reviewedHere && outcome.isEmpty()) {
                outcome.setValue(shown.reviewOutcome());
                note.setValue(shown.reviewNote() == null ? "" : shown.reviewNote());
            }
            text.setText(shown.caseCode() + " · " + shown.organisationName() + ": " + shown.description() + " — "
                    + getTranslation("action.by", Dates.day(shown.deadline())) + " — "
                    + getTranslation("action-status." + shown.status())
                    + (shown.reviewOutcome() != null && Objects.equals(shown.reviewMeetingId(), meetingId)
                            ? " → " + getTranslation("review-outcome." + shown.reviewOutcome()) : ""));
        }
    }


    private final Reviewer reviewer;
    private final Paragraph empty = new Paragraph();
    private KeyedRows<Long, ActionView, Row> rows;
    private long meetingId;

    ReviewPanel(Reviewer reviewer) {
        this.reviewer = reviewer;
        setId("live-review");
        empty.setText(getTranslation("review.empty"));
        add(new H3(getTranslation("review.title")), empty);
    }

    /** Shows these actions: existing rows are updated in place, new ones added, gone ones removed. */
    void show(long meeting, List<ActionView> actions, boolean mayReview) {
        this.meetingId = meeting;
        if (rows == null) {
            rows = new KeyedRows<>(this, ActionView::id, a -> new Row(a, mayReview), Row::show);
        }
        rows.show(actions);
        empty.setVisible(rows.isEmpty());
    }

    /** The row of one action (for tests and for marking refused fields). */
    Row row(long actionId) {
        return rows == null ? null : rows.get(actionId);
    }
}
