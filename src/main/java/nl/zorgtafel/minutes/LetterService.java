package nl.zorgtafel.minutes;

import static nl.zorgtafel.base.validation.FieldRefusal.require;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.pdf.PdfRenderer;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.ui.Translations;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;

/**
 * The chair's plain-language letter per case item (F-7, B1): drafted from the actions and the
 * verantwoordelijke partner's contact person, edited by the chair, downloaded as PDF. The
 * greeting names the young person only for a named case whose name the chair may see (the
 * access service decides, {@link CaseService#nameToAddress}); the name is looked up and audited
 * each time and never stored in the letter. Always in Dutch, whatever the chair's UI language.
 */
@Service
public class LetterService {

    private final MinutesRepository texts;
    private final LetterRepository facts;
    private final MinutesGuard guard;
    private final PdfRenderer pdf;
    private final CaseService cases;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Translations translations;
    private final Clock clock;

    LetterService(MinutesRepository texts, LetterRepository facts, MinutesGuard guard, PdfRenderer pdf,
            CaseService cases, CurrentUser currentUser, AuditService audit, Translations translations, Clock clock) {
        this.texts = texts;
        this.facts = facts;
        this.guard = guard;
        this.pdf = pdf;
        this.cases = cases;
        this.currentUser = currentUser;
        this.audit = audit;
        this.translations = translations;
        this.clock = clock;
    }

    /**
     * A case item's letter: the greeting ("Beste Mila Voorbeeld," or "Beste,"), and the chair's
     * saved text or else a fresh draft (version 0).
     */
    public record Letter(String greeting, String text, int version) {
    }

    /** The letter as it stands; read-only transaction; a shown name is audited. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.VOORZITTER)
    public Letter letter(long itemId) {
        var item = guard.caseItem(itemId);
        String greeting = cases.nameToAddress(item.caseFileId()).map(name -> dutch("letter.greeting.named", name))
                .orElseGet(() -> dutch("letter.greeting"));
        return texts.letter(itemId).map(t -> new Letter(greeting, t.body(), t.version()))
                .orElseGet(() -> new Letter(greeting, LetterDraft.from(facts.letterFacts(itemId),
                        currentUser.require().displayName(), this::dutch), 0));
    }

    /** Saves the letter's text unless someone else changed it meanwhile ({@link StaleEdit}). */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public void saveLetter(long itemId, int version, String text) {
        guard.caseItem(itemId);
        String body = text == null ? "" : text.strip();
        require(!body.isEmpty(), "letter", "minutes.rule.letter");
        require(body.length() <= MinutesService.MAX_TEXT, "letter", "minutes.rule.too-long");
        if (!texts.saveLetter(itemId, version, body, currentUser.require().personId(), clock.instant())) {
            throw new StaleEdit("Letter changed meanwhile");
        }
        audit.record(AuditKind.MINUTES_EDITED, AuditObject.of(MinutesGuard.ITEM, itemId), "letter");
    }

    /** The letter as a PDF/A document for the chair to send; the download is audited. */
    @Transactional(readOnly = true)
    @RolesAllowed(Roles.VOORZITTER)
    public byte[] letterPdf(long itemId) {
        var letter = letter(itemId);
        byte[] document = pdf.render(LetterDraft.html(letter.greeting(), letter.text(), this::dutch));
        audit.record(AuditKind.DOWNLOADED, AuditObject.of(MinutesGuard.ITEM, itemId), "letter");
        return document;
    }

    private String dutch(String key, Object... params) {
        return translations.getTranslation(key, Translations.DUTCH, params);
    }
}
