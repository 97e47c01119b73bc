package nl.zorgtafel.base.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * An Arabic name inside Dutch text, read back from the PDF glyph by glyph with PDFBox: where each
 * glyph is drawn and which character it is. Text extraction alone would not do, because PDFBox
 * reorders right-to-left text itself when it extracts.
 */
class PdfRendererBidiTest {

    /** "Muhammad al-Ali": first logical letter meem, last logical letter yeh. */
    private static final String NAME = "محمد العلي";
    private static final String XHTML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"nl\"><head><title>Verslag</title>"
            + "<style>body { font-family: 'DejaVu Sans'; font-size: 12pt; }</style></head><body>"
            + "<p>Gesprek met " + NAME + " op maandag.</p></body></html>";

    @Test
    void an_arabic_name_is_drawn_right_to_left_between_the_dutch_words() throws IOException {
        List<Glyph> glyphs = glyphs(new PdfRenderer().render(XHTML));

        assertThat(logicalArabic(glyphs)).isEqualTo(NAME.replace(" ", ""));
        // The first letter one reads is drawn to the right of the last one.
        assertThat(arabic(glyphs).stream().filter(g -> base(g).equals("م")).mapToDouble(Glyph::x).max().orElseThrow())
                .isGreaterThan(arabic(glyphs).stream().filter(g -> base(g).equals("ي")).findFirst().orElseThrow().x());
        // And the name as a whole stays where it stands in the Dutch sentence.
        double arabicLeft = arabic(glyphs).stream().mapToDouble(Glyph::x).min().orElseThrow();
        double arabicRight = arabic(glyphs).stream().mapToDouble(Glyph::x).max().orElseThrow();
        assertThat(first(glyphs, "G").x()).isLessThan(arabicLeft);
        assertThat(first(glyphs, "o").x()).isGreaterThan(arabicRight);
    }

    @Test
    void arabic_letters_take_their_joined_forms() throws IOException {
        List<Glyph> glyphs = glyphs(new PdfRenderer().render(XHTML));

        // Every Arabic glyph is a contextual form (Arabic Presentation Forms-B), none the bare letter.
        assertThat(arabic(glyphs)).isNotEmpty().allSatisfy(g -> assertThat(g.unicode().codePointAt(0))
                .as(g.unicode()).isBetween(0xFE70, 0xFEFF));
        // The meem that starts the name joins to the right (initial form), the closing yeh is final.
        assertThat(arabic(glyphs)).extracting(Glyph::unicode).contains("\uFEE3", "\uFEF2");
    }

    @Test
    void without_the_bidi_support_the_same_checks_fail() throws IOException {
        List<Glyph> glyphs = glyphs(renderWithoutBidi(XHTML));

        assertThat(logicalArabic(glyphs)).isNotEqualTo(NAME.replace(" ", ""));
        assertThat(arabic(glyphs)).extracting(Glyph::unicode).doesNotContain("\uFEE3", "\uFEF2");
    }

    @Test
    void copied_text_reads_the_name_in_its_own_order() throws IOException {
        String text = new PDFTextStripper().getText(Loader.loadPDF(new PdfRenderer().render(XHTML)));

        assertThat(Normalizer.normalize(text, Normalizer.Form.NFKC)).contains(NAME);
    }

    private record Glyph(String unicode, double x) {
    }

    private static List<Glyph> glyphs(byte[] pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (var document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(new Glyph(text.getUnicode(), text.getXDirAdj()));
                }
            };
            stripper.getText(document);
        }
        return glyphs;
    }

    private static List<Glyph> arabic(List<Glyph> glyphs) {
        return glyphs.stream().filter(g -> Character.UnicodeScript.of(base(g).codePointAt(0))
                == Character.UnicodeScript.ARABIC).toList();
    }

    /** The Arabic letters as one reads them: right to left on the page, contextual forms undone. */
    private static String logicalArabic(List<Glyph> glyphs) {
        var out = new StringBuilder();
        arabic(glyphs).stream().sorted(Comparator.comparingDouble(Glyph::x).reversed())
                .forEach(g -> out.append(base(g)));
        return out.toString();
    }

    private static String base(Glyph glyph) {
        return Normalizer.normalize(glyph.unicode(), Normalizer.Form.NFKC);
    }

    private static Glyph first(List<Glyph> glyphs, String unicode) {
        return glyphs.stream().filter(g -> g.unicode().equals(unicode)).findFirst().orElseThrow();
    }

    /** The renderer as it was before: same font and PDF/A settings, no bidi splitter or reorderer. */
    private static byte[] renderWithoutBidi(String xhtml) throws IOException {
        byte[] font;
        try (var in = PdfRendererBidiTest.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            font = in.readAllBytes();
        }
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(font), PdfRenderer.FONT, 400, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        }
    }
}
