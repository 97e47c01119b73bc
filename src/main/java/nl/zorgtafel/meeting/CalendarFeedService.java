package nl.zorgtafel.meeting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;
import nl.zorgtafel.base.config.ZorgtafelProperties;
import nl.zorgtafel.base.ui.Translations;
import nl.zorgtafel.mail.CalendarEvent;
import nl.zorgtafel.mail.IcsWriter;
import nl.zorgtafel.security.CurrentUser;

/**
 * Each person's private, revocable calendar feed for Outlook or Google: a secret address whose
 * token is the only credential (calendar clients cannot sign in), stored only as a hash. The
 * feed lists sessions with table, time and place; never case data.
 */
@Service
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Translations translations;
    private final String baseUrl;

    CalendarFeedService(CalendarFeedRepository repository, CurrentUser currentUser, Clock clock,
            Translations translations, ZorgtafelProperties properties) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
        this.translations = translations;
        this.baseUrl = properties.baseUrl();
    }

    /** Makes a new feed address for the signed-in person (the old one stops working); shown once. */
    @Transactional
    @PermitAll
    public String renew() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        repository.replace(currentUser.require().personId(), hash(token), clock.instant());
        return baseUrl + "/kalender/" + token + ".ics";
    }

    /** Stops the signed-in person's feed; its address answers 404 from now on. */
    @Transactional
    @PermitAll
    public void revoke() {
        repository.delete(currentUser.require().personId());
    }

    @Transactional(readOnly = true)
    @PermitAll
    public boolean hasFeed() {
        return repository.exists(currentUser.require().personId());
    }

    /** The feed for a token, or empty for an unknown or revoked one. The token is the credential. */
    @Transactional(readOnly = true)
    @PermitAll
    public Optional<String> feed(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return repository.personOf(hash(token)).map(person -> IcsWriter.feed(
                repository.sessions(person, clock.instant().minus(Duration.ofDays(60))).stream()
                        .map(e -> new CalendarEvent(e.uid(), e.sequence(), e.start(), e.end(),
                                translations.getTranslation("calendar.summary", Translations.DUTCH, e.tableName()),
                                e.place() != null ? e.place() : e.videoLink(), null,
                                baseUrl + "/zitting/" + e.meetingId(), e.cancelled()))
                        .toList()));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
