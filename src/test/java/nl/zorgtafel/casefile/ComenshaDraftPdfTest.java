package nl.zorgtafel.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import nl.zorgtafel.base.pdf.PdfRenderer;
import nl.zorgtafel.base.ui.Translations;
import nl.zorgtafel.testsupport.PdfA;

/** The CoMensha draft without Spring: PDF/A-2u by veraPDF, and which rows it holds. */
class ComenshaDraftPdfTest {

    private static final LocalDate BORN = LocalDate.of(2009, 3, 8);

    private final PdfRenderer renderer = new PdfRenderer();

    private static ComenshaDraft.Facts facts(IdentifyingData identifying, RegistrationConsent consent) {
        return new ComenshaDraft.Facts("Jeugdhulp Łódź & Zn", "Zeynep Çelik", LocalDate.of(2026, 10, 2),
                LocalDate.of(2026, 11, 24), "meisje", 17, AgeBand.J16_17, identifying,
                Set.of(ExploitationForm.SEKSUEEL, ExploitationForm.CRIMINEEL), List.of("Dordrecht", "Zwijndrecht"),
                YoungPersonRole.BEIDE, Set.of(Vulnerability.LVB_VERMOED), true, true, false, consent);
    }

    private static RegistrationConsent consent(boolean identifying) {
        return new RegistrationConsent(RegistrationBasis.CONSENT, ConsentGiver.JONGERE, LocalDate.of(2026, 11, 1),
                identifying, null, 1, null);
    }

    @Test
    void a_named_draft_with_polish_turkish_and_arabic_script_is_pdf_a_2u() throws Exception {
        byte[] pdf = renderer.render(ComenshaDraft.html(
                facts(new IdentifyingData("ليلى Wiśniewska", BORN, null, null), consent(true)), dutch()));

        assertCompliant(pdf);
        String text = text(pdf);
        assertThat(text).contains("Concept registratie bij CoMensha", "Wiśniewska", "8-3-2009",
                "Seksuele uitbuiting", "Criminele uitbuiting", "Dordrecht, Zwijndrecht", "17 jaar",
                "Jeugdhulp Łódź & Zn", "VERTROUWELIJK", "Pagina 1 van 1", "Vermoedelijk slachtoffer en pleger");
    }

    @Test
    void an_anonymous_draft_has_no_name_or_date_of_birth_rows() throws Exception {
        var rows = ComenshaDraft.fields(facts(null, consent(false)), dutch());

        assertThat(rows).extracting(r -> r[0]).doesNotContain("Naam", "Geboortedatum").contains("Leeftijd",
                "Geslacht", "Vorm(en) van uitbuiting", "Online component", "Politie betrokken");
        assertThat(rows).filteredOn(r -> r[0].equals("Veilig Thuis betrokken")).extracting(r -> r[1])
                .containsExactly("niet vastgelegd in de casus");
        assertCompliant(renderer.render(ComenshaDraft.html(facts(null, consent(false)), dutch())));
    }

    static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            // Cells wrap: one space for every run of white space, so a phrase is found across a line break.
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    static void assertCompliant(byte[] pdf) throws Exception {
        PdfA.assertCompliant(pdf);
    }

    private static ComenshaDraft.Wording dutch() {
        var translations = new Translations();
        return (key, params) -> translations.getTranslation(key, Translations.DUTCH, params);
    }
}
