package nl.zorgtafel.base.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Turns our XHTML into PDF/A-2u with openhtmltopdf on PDFBox: the embedded DejaVu Sans (Latin,
 * Polish, Turkish, Arabic script) is the only font, so no text depends on the reader's fonts,
 * and an sRGB output intent makes the colours archival. Right-to-left runs (an Arabic name in
 * Dutch text) are shaped and reordered by {@link IcuBidi}; the documents themselves are Dutch, so
 * a paragraph's base direction is left-to-right.
 */
@Component
public class PdfRenderer {

    public static final String FONT = "DejaVu Sans";

    private final byte[] regular = resource("/fonts/DejaVuSans.ttf");
    private final byte[] bold = resource("/fonts/DejaVuSans-Bold.ttf");
    private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    public byte[] render(String xhtml) {
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            builder.useColorProfile(srgb);
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true);
            builder.useUnicodeBidiSplitter(new IcuBidi.SplitterFactory());
            // A fresh reorderer per document: no shaping state is shared between concurrent downloads.
            builder.useUnicodeBidiReorderer(new IcuBidi.Reorderer());
            builder.defaultTextDirection(TextDirection.LTR);
            builder.withProducer("Zorgtafel");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF could not be written", e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
