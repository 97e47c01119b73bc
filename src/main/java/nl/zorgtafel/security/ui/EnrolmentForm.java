package nl.zorgtafel.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import nl.zorgtafel.security.SecondFactorService.Enrolment;

/**
 * Linking an authenticator app: the steps, the QR code, the key to type for who cannot scan,
 * and the field for the first code the app shows.
 */
class EnrolmentForm extends VerticalLayout {

    final TextField code = CodeField.totp();
    final Span key = new Span();

    EnrolmentForm(Enrolment enrolment) {
        setPadding(false);
        var steps = new OrderedList(new ListItem(getTranslation("second-factor.enrol.step1")),
                new ListItem(getTranslation("second-factor.enrol.step2")),
                new ListItem(getTranslation("second-factor.enrol.step3")));
        key.setText(enrolment.secret().replaceAll("(.{4})(?!$)", "$1 "));
        key.setId("second-factor-key");
        key.addClassName("second-factor-key");
        var keyLine = new Div(new Span(getTranslation("second-factor.enrol.key") + " "), key);
        add(steps, QrCodeImage.of(enrolment.uri(), getTranslation("second-factor.enrol.qr")), keyLine, code);
    }
}
