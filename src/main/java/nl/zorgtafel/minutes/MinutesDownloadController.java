package nl.zorgtafel.minutes;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stable, authenticated download addresses: one per definitive version and variant of a
 * session's minutes, and one per plain-language letter. The addresses hold ids only; every
 * download is checked and audited by {@link MinutesService} or {@link LetterService}.
 */
@RestController
class MinutesDownloadController {

    private final MinutesService minutes;
    private final LetterService letters;

    MinutesDownloadController(MinutesService minutes, LetterService letters) {
        this.minutes = minutes;
        this.letters = letters;
    }

    /** The address of a version's copy, for links in the UI. */
    static String minutesPath(long meetingId, int number, Variant variant) {
        return "download/verslag/" + meetingId + "/" + number + "/" + variant.slug() + ".pdf";
    }

    static String letterPath(long itemId) {
        return "download/brief/" + itemId + ".pdf";
    }

    @GetMapping("/download/verslag/{meetingId}/{number}/{variant}.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable long meetingId, @PathVariable int number,
            @PathVariable String variant) {
        Variant chosen;
        try {
            chosen = Variant.ofSlug(variant);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.notFound().build();
        }
        return pdf(minutes.pdf(meetingId, number, chosen), "verslag-" + meetingId + "-v" + number + "-"
                + chosen.slug() + ".pdf");
    }

    @GetMapping("/download/brief/{itemId}.pdf")
    ResponseEntity<byte[]> letter(@PathVariable long itemId) {
        return pdf(letters.letterPdf(itemId), "brief-" + itemId + ".pdf");
    }

    private static ResponseEntity<byte[]> pdf(byte[] document, String filename) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document);
    }
}
