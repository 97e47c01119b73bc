package nl.zorgtafel.casefile;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The CoMensha draft's download address: the case id only, nothing identifying, also not in the
 * file name. {@link RegistrationService} checks and audits every download.
 */
@RestController
class RegistrationDownloadController {

    private final RegistrationService registrations;

    RegistrationDownloadController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/download/comensha/{caseId}.pdf")
    ResponseEntity<byte[]> draft(@PathVariable long caseId) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("comensha-concept-" + caseId + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(registrations.draftPdf(caseId));
    }

    /** No recorded basis: there is no draft to give, which is not a server error. */
    @ExceptionHandler(CaseRuleException.class)
    ResponseEntity<Void> noBasis() {
        return ResponseEntity.status(HttpStatus.CONFLICT).build();
    }
}
