package nl.zorgtafel.base.pdf;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders one small document in the background once the application is up, so the first minutes
 * a chair downloads does not pay for loading PDFBox, openhtmltopdf, the fonts and ICU (1.7–4.6 s
 * measured before). Off in the test configuration, where many short-lived contexts would each pay for it.
 */
@Component
@ConditionalOnProperty(name = "zorgtafel.pdf.warm-up", havingValue = "true", matchIfMissing = true)
class PdfWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(PdfWarmUp.class);
    private static final String DOCUMENT = """
            <html lang="nl"><head><title>Opwarmen</title><style>body { font-family: '%s'; }</style></head>
            <body><h1>Verslag</h1><p><b>Casus</b> DR-0000-0000: actie voor مريم, Łódź, Çelik.</p>
            <table><tr><td>Organisatie</td><td>Actie</td></tr></table></body></html>"""
            .formatted(PdfRenderer.FONT);

    private final PdfRenderer renderer;

    PdfWarmUp(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofVirtual().name("pdf-warm-up").start(() -> {
            long began = System.nanoTime();
            renderer.render(DOCUMENT);
            LOG.info("PDF rendering warmed up in {} ms", (System.nanoTime() - began) / 1_000_000);
        });
    }
}
