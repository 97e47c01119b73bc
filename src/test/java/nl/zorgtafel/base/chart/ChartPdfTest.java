package nl.zorgtafel.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

import nl.zorgtafel.base.chart.ChartData.Entry;
import nl.zorgtafel.base.pdf.PdfRenderer;
import nl.zorgtafel.base.ui.Translations;
import nl.zorgtafel.testsupport.PdfA;

/** A report page with a chart and its table through the shared PDF renderer, still PDF/A-2u (veraPDF). */
class ChartPdfTest {

    @BeforeAll
    static void validator() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void a_page_with_a_chart_and_its_table_is_pdf_a_2u_with_the_numbers_as_text() throws Exception {
        var translations = new Translations();
        ChartText dutch = (key, params) -> translations.getTranslation(key, Translations.DUTCH, params);
        var data = ChartData.bars("Casussen per organisatie", "Organisatie", "Aantal casussen",
                List.of(Entry.count("Politie Łódź", 12), new Entry("Leerplicht", 3, "<5"), Entry.count("مدرسة", 7)));
        String html = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\">"
                + "<head><title>Rapportage</title><style>body { font-family: '" + PdfRenderer.FONT + "'; font-size: 10pt }"
                + " th, td { text-align: left; padding: 2pt 6pt }</style></head><body><h1>Rapportage</h1>"
                + ChartXhtml.fragment(data, dutch, Translations.DUTCH) + "</body></html>";

        byte[] pdf = new PdfRenderer().render(html);

        assertCompliant(pdf);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Casussen per organisatie", "Politie Łódź", "Leerplicht <5");
            assertThat(text).doesNotContain("Leerplicht 3");
            var resources = document.getPage(0).getResources();
            assertThat(resources.getXObjectNames()).anyMatch(name -> {
                try {
                    return resources.getXObject(name) instanceof PDImageXObject;
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    static void assertCompliant(byte[] pdf) throws Exception {
        PdfA.assertCompliant(pdf);
    }
}
