package nl.zorgtafel.minutes;

import static nl.zorgtafel.base.validation.FieldRefusal.require;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import nl.zorgtafel.base.pdf.PdfRenderer;
import nl.zorgtafel.security.TableAccess;
import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.audit.AuditObject;
import nl.zorgtafel.audit.AuditService;
import nl.zorgtafel.base.ui.Translations;
import nl.zorgtafel.base.validation.FieldRefusal;
import nl.zorgtafel.base.validation.StaleEdit;
import nl.zorgtafel.casefile.CaseService;
import nl.zorgtafel.meeting.MeetingStatus;
import nl.zorgtafel.security.AccessService;
import nl.zorgtafel.security.CurrentUser;
import nl.zorgtafel.security.Roles;
import nl.zorgtafel.security.ZorgtafelUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * The minutes of a session: the draft (what was recorded live plus the secretary's summaries),
 * definitive versions frozen as a hashed snapshot, and per-recipient PDF copies. Every download is
 * audited. The plain-language letter per case is {@link LetterService}'s.
 */
@Service
public class MinutesService {

    static final int MAX_TEXT = 10_000;
    private static final String OBJECT = MinutesGuard.MEETING;

    private final MinutesRepository repository;
    private final MinutesGuard guard;
    private final PdfRenderer pdf;
    private final CaseService cases;
    private final AccessService access;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Translations translations;
    private final JsonMapper json;
    private final Clock clock;

    MinutesService(MinutesRepository repository, MinutesGuard guard, PdfRenderer pdf, CaseService cases,
            AccessService access, CurrentUser currentUser, AuditService audit, Translations translations,
            JsonMapper json, Clock clock) {
        this.repository = repository;
        this.guard = guard;
        this.pdf = pdf;
        this.cases = cases;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.translations = translations;
        this.json = json;
        this.clock = clock;
    }

    /** The draft as it stands: what was recorded live and the summaries so far. */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public MinutesContent draft(long meetingId) {
        var session = session(meetingId);
        require(held(session) || session.status() == MeetingStatus.LOPEND, "status", "minutes.rule.not-held");
        return repository.content(meetingId);
    }

    /** The secretary's summary of a case item, with the version to save against. */
    public record Summary(String text, int version) {
    }

    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public Summary summary(long itemId) {
        caseItem(itemId);
        return repository.summary(itemId).map(t -> new Summary(t.body(), t.version())).orElse(new Summary("", 0));
    }

    /** Saves a summary unless someone else changed it meanwhile ({@link StaleEdit}). */
    @Transactional
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS})
    public void saveSummary(long itemId, int version, String text) {
        var item = caseItem(itemId);
        var session = session(item.meetingId());
        require(session.status() == MeetingStatus.LOPEND || held(session), "summary", "minutes.rule.not-held");
        String body = text == null ? "" : text.strip();
        require(body.length() <= MAX_TEXT, "summary", "minutes.rule.too-long");
        if (!repository.saveSummary(itemId, version, body, currentUser.require().personId(), clock.instant())) {
            throw new StaleEdit("Summary changed meanwhile");
        }
        audit.record(AuditKind.MINUTES_EDITED, AuditObject.of(MinutesGuard.ITEM, itemId), "summary");
    }

    /**
     * Definitive versions, newest first. The reason of a correction is free text that may name
     * someone, so only chair and secretary read it.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
    public List<MinutesVersion> versions(long meetingId) {
        session(meetingId);
        var versions = repository.versions(meetingId);
        boolean leads = access.tableAccess().lead();
        return leads ? versions : versions.stream().map(v -> new MinutesVersion(v.meetingId(), v.number(),
                v.contentHash(), null, v.finalisedBy(), v.finalisedAt())).toList();
    }

    /** Verslag definitief maken: freezes version 1 of a held session's minutes. */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public int finalise(long meetingId) {
        session(meetingId);
        if (!repository.markDefinitive(meetingId)) {
            throw new FieldRefusal("status", "minutes.rule.not-held");
        }
        freeze(meetingId, 1, null, repository.content(meetingId));
        audit.record(AuditKind.MINUTES_FINALISED, AuditObject.of(OBJECT, meetingId), "version 1");
        return 1;
    }

    /** A correction: version N+1 with its reason; version N stays as it was. */
    @Transactional
    @RolesAllowed(Roles.VOORZITTER)
    public int correct(long meetingId, String reason) {
        var session = session(meetingId);
        require(session.status() == MeetingStatus.VERSLAG_DEFINITIEF, "status", "minutes.rule.not-definitive");
        String why = reason == null ? "" : reason.strip();
        require(!why.isEmpty(), "reason", "minutes.rule.reason");
        require(why.length() <= 1000, "reason", "minutes.rule.reason-length");
        int last = repository.lastVersion(meetingId);
        var previous = json.readValue(repository.frozen(meetingId, last).orElseThrow().content(), MinutesContent.class);
        try {
            freeze(meetingId, last + 1, why, corrected(previous, repository.content(meetingId)));
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new StaleEdit("Another correction was made meanwhile");
        }
        audit.record(AuditKind.MINUTES_CORRECTED, AuditObject.of(OBJECT, meetingId), "version " + (last + 1));
        return last + 1;
    }

    /**
     * A correction changes what the secretary wrote, nothing else: the previous version with
     * the current summaries. What happened since (later reviews, new action statuses) stays out.
     */
    private static MinutesContent corrected(MinutesContent previous, MinutesContent now) {
        Map<Long, String> summaries = new HashMap<>();
        now.cases().forEach(c -> summaries.put(c.agendaItemId(), c.summary()));
        return new MinutesContent(previous.meetingId(), previous.tableName(), previous.startsAt(), previous.endsAt(),
                previous.place(), previous.chairName(), previous.statement(), previous.attendance(), previous.review(),
                previous.cases().stream().map(c -> new MinutesContent.CaseSection(c.agendaItemId(), c.caseFileId(),
                        c.caseCode(), c.named(), c.deelnemers(), c.deelnemerNames(),
                        summaries.getOrDefault(c.agendaItemId(), c.summary()), c.inbreng(), c.decisions(), c.actions()))
                        .toList(),
                previous.next());
    }

    private void freeze(long meetingId, int number, String reason, MinutesContent snapshot) {
        String content = json.writeValueAsString(snapshot);
        repository.insertVersion(meetingId, number, content, sha256(content), reason,
                currentUser.require().personId(), clock.instant());
    }

    /**
     * The signed-in person's copy of version {@code number}: the general parts and only the case
     * items their organisation took part in; the young person's name only in the full variant
     * and only where the access service allows it (each showing audited); known identifying
     * terms blacked out of free text everywhere else. The download itself is audited.
     */
    @Transactional(readOnly = true)
    @RolesAllowed({Roles.VOORZITTER, Roles.SECRETARIS, Roles.LID, Roles.WAARNEMER})
    public byte[] pdf(long meetingId, int number, Variant variant) {
        session(meetingId);
        var frozen = repository.frozen(meetingId, number).orElseThrow(() -> access.deny(OBJECT, meetingId));
        if (!sha256(frozen.content()).equals(frozen.hash())) {
            throw new IllegalStateException("Stored minutes do not match their hash");
        }
        MinutesContent content = json.readValue(frozen.content(), MinutesContent.class);
        ZorgtafelUser user = currentUser.require();
        TableAccess table = access.tableAccess();
        boolean seesAll = table.lead();
        boolean observer = !table.cases();
        var visible = content.cases().stream()
                .filter(c -> !observer && (seesAll || c.deelnemers().contains(user.organisationId()))).toList();
        Set<Long> allNamed = new java.util.HashSet<>();
        content.cases().stream().filter(MinutesContent.CaseSection::named)
                .forEach(c -> allNamed.add(c.caseFileId()));
        Map<Long, String> names = new HashMap<>();
        if (variant == Variant.VOLLEDIG && !observer) {
            for (var section : visible) {
                if (section.named()) {
                    cases.nameInMinutes(section.caseFileId()).ifPresent(name -> names.put(section.caseFileId(), name));
                }
            }
        }
        // Black out every named case's terms except where this copy may show that case's name.
        List<String> blackOut = new ArrayList<>();
        cases.identitiesToRedact(allNamed).forEach((caseId, identity) -> {
            if (!names.containsKey(caseId)) {
                blackOut.addAll(RedactionTerms.of(identity));
            }
        });
        var recipient = new Recipient(user.displayName(), user.organisationName(), user.organisationId(), seesAll,
                observer, clock.instant(), names);
        String html = new MinutesHtml(content.redacted(new Redaction(blackOut)), recipient, variant, number,
                frozen.hash(), (key, params) -> translations.getTranslation(key, Translations.DUTCH, params)).render();
        byte[] document = pdf.render(html);
        audit.record(AuditKind.DOWNLOADED, AuditObject.of(OBJECT, meetingId),
                "minutes v" + number + " " + variant.slug());
        return document;
    }

    private MinutesRepository.SessionFacts session(long meetingId) {
        return guard.session(meetingId);
    }

    private MinutesRepository.CaseItem caseItem(long itemId) {
        return guard.caseItem(itemId);
    }

    private static boolean held(MinutesRepository.SessionFacts session) {
        return session.status() == MeetingStatus.AFGEROND || session.status() == MeetingStatus.VERSLAG_DEFINITIEF;
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
