package nl.zorgtafel.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/** Reads our PDFs the way an archive and a reader do: veraPDF's PDF/A-2u verdict, and the text. */
public final class PdfA {

    private PdfA() {
    }

    /** Compliant with PDF/A-2u; on failure the failed rules are named. */
    public static void assertCompliant(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        var flavour = PDFAFlavour.PDFA_2_U;
        try (var parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
                var validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            var result = validator.validate(parser);
            assertThat(result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList()).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }

    /** The text, with every run of white space as one space so a phrase is found across a line break. */
    public static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
