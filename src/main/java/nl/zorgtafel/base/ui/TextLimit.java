package nl.zorgtafel.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A text area that never cuts text silently: no hard limit in the browser (a paste would be cut
 * without a word), but a counter under the field ("120 van 4000 tekens") and, past the limit, a
 * clear message on the field; the service refuses over-long text with the same limit.
 */
public final class TextLimit {

    private static final String TOO_LONG = "zorgtafel.text-too-long";

    private TextLimit() {
    }

    public static void apply(TextArea area, int max) {
        area.setValueChangeMode(ValueChangeMode.LAZY);
        // The counter and the services decide what is invalid; the component's own checks would undo it.
        area.setManualValidation(true);
        String help = area.getHelperText();
        show(area, max, help);
        area.addValueChangeListener(e -> show(area, max, help));
    }

    /**
     * The same limit for a field bound by a {@code Binder}, whose own status handling decides
     * the field's invalid state: the message the counter would show.
     */
    public static com.vaadin.flow.data.binder.Validator<String> validator(int max) {
        return (value, context) -> value == null || value.length() <= max
                ? com.vaadin.flow.data.binder.ValidationResult.ok()
                : com.vaadin.flow.data.binder.ValidationResult.error(com.vaadin.flow.component.UI.getCurrent()
                        .getTranslation("text.too-long", value.length() - max, max));
    }

    private static void show(TextArea area, int max, String help) {
        int length = area.getValue() == null ? 0 : area.getValue().length();
        String counter = area.getTranslation("text.counter", length, max);
        area.setHelperText(help == null || help.isBlank() ? counter : help + " · " + counter);
        boolean tooLong = length > max;
        if (tooLong) {
            area.setErrorMessage(area.getTranslation("text.too-long", length - max, max));
            area.setInvalid(true);
        } else if (Boolean.TRUE.equals(ComponentUtil.getData(area, TOO_LONG))) {
            // Only the message this counter set is taken away; a service's refusal stays.
            area.setInvalid(false);
        }
        ComponentUtil.setData(area, TOO_LONG, tooLong);
    }
}
