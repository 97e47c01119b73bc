package nl.zorgtafel.minutes;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

import nl.zorgtafel.base.pdf.PdfRenderer;
import nl.zorgtafel.testsupport.PdfA;

/**
 * The documents against PDF/A-2u with veraPDF, the reference validator: the renderer alone (no
 * Spring needed) on minutes-like content with Latin, Polish and Arabic text, and on a letter.
 */
class PdfAConformanceTest {

    @BeforeAll
    static void validator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void a_letter_is_pdf_a_2u() throws Exception {
        assertCompliant(renderer.render(LetterDraft.html("Beste Zofia Wiśniewska,", "Dit hebben we afgesproken:\n"
                + "- De politie: praat met je.\n- Je school: belt je moeder.\n\nMet vriendelijke groet,\nليلى الحسن",
                dutch())));
    }

    @Test
    void minutes_with_tables_running_headers_and_page_numbers_are_pdf_a_2u() throws Exception {
        String html = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\">"
                + "<head><title>Verslag</title><style>" + MinutesHtml.style(dutch()) + "</style></head><body>"
                + "<div class=\"header\">VERTROUWELIJK — niet verder verspreiden</div>"
                + "<div class=\"footer\">Verstrekt aan Çelik Öztürk, Politie, 23-11-2026 10:00</div>"
                + "<h1>Verslag</h1><table><thead><tr><th>Partij</th><th>Actie</th></tr></thead><tbody>"
                + "<tr><td>Łódź</td><td>Gesprek met ليلى</td></tr></tbody></table></body></html>";
        assertCompliant(renderer.render(html));
    }

    static void assertCompliant(byte[] pdf) throws Exception {
        PdfA.assertCompliant(pdf);
    }

    private static LetterDraft.Wording dutch() {
        var translations = new nl.zorgtafel.base.ui.Translations();
        return (key, params) -> translations.getTranslation(key, nl.zorgtafel.base.ui.Translations.DUTCH, params);
    }
}
