package nl.zorgtafel.base.ui;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * All UI text, from {@code vaadin-i18n/translations*.properties}. Dutch is the base bundle and
 * the default; English is a translation. The no-fallback control keeps Java from falling back
 * to the server's default locale (English on most servers) for a Dutch user.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale DUTCH = Locale.of("nl", "NL");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final Logger LOG = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DUTCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = ENGLISH.getLanguage().equals(locale == null ? null : locale.getLanguage())
                ? ENGLISH : Locale.ROOT;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, effective,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
        } catch (MissingResourceException e) {
            LOG.warn("Missing translation key {}", key);
            return "!" + key;
        }
    }

    /** The supported locale closest to the requested one: English if asked, else Dutch. */
    public static Locale supported(Locale requested) {
        return requested != null && ENGLISH.getLanguage().equals(requested.getLanguage()) ? ENGLISH : DUTCH;
    }
}
