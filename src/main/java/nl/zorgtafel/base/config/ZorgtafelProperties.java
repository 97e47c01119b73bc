package nl.zorgtafel.base.config;

import java.time.Duration;
import java.util.Map;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The application's settings below {@code zorgtafel.}, bound once and validated at start: a wrong
 * value stops the start with the property's name instead of failing on first use. Switches read
 * only by {@code @ConditionalOnProperty} and the schedules read by {@code @Scheduled} stay
 * placeholders; they are described in {@code META-INF/additional-spring-configuration-metadata.json}.
 *
 * @param baseUrl The public address of the application, without a trailing slash; every link in
 *                a mail, calendar entry or one-time password link starts with it. Must be https
 *                in the {@code mysql} profile ({@link ProductionBaseUrlCheck})
 * @param mail    Outgoing mail
 * @param actions The daily action reminder
 * @param live    The live meeting's push broker
 * @param session Signed-in sessions
 * @param crypto  Keys for identifying data (in production: environment variables)
 */
@Validated
@ConfigurationProperties("zorgtafel")
public record ZorgtafelProperties(
        @NotBlank @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
        @DefaultValue("http://localhost:8080") String baseUrl,
        @Valid @DefaultValue Mail mail,
        @Valid @DefaultValue Actions actions,
        @Valid @DefaultValue Live live,
        @Valid @DefaultValue Session session,
        @Valid @DefaultValue Crypto crypto) {

    public ZorgtafelProperties {
        // Links are built as baseUrl + "/path"; a configured trailing slash would double it.
        baseUrl = baseUrl == null ? null : baseUrl.strip().replaceAll("/+$", "");
    }

    /**
     * @param from The sender address of every mail the application sends
     */
    public record Mail(@NotBlank @DefaultValue("zorgtafel@localhost") String from) {
    }

    /**
     * @param reminderDays Actions falling due within this many days are counted in a person's
     *                     daily reminder
     */
    public record Actions(@Min(0) @DefaultValue("3") int reminderDays) {
    }

    /**
     * @param pushAsync Deliver live-meeting changes to pages on their own virtual threads; tests
     *                  switch it off to deliver in the publishing thread
     */
    public record Live(@DefaultValue("true") boolean pushAsync) {
    }

    /**
     * @param idleTimeout     A signed-in session without a request other than a heartbeat for this
     *                        long ends (also the servlet session's timeout)
     * @param absoluteTimeout A signed-in session ends this long after signing in, active or not
     */
    public record Session(
            @NotNull @DurationMin(seconds = 1) @DefaultValue("30m") Duration idleTimeout,
            @NotNull @DurationMin(seconds = 1) @DefaultValue("12h") Duration absoluteTimeout) {
    }

    /**
     * @param keys      Encryption keys by id, each 32 random bytes in Base64; old keys stay listed
     *                  until every value is re-encrypted with the active one
     * @param activeKey The id of the key new values are encrypted with
     * @param hashKey   32 random bytes in Base64 for the keyed hash of name + date of birth; never
     *                  rotated casually, as it would break repeat detection
     * @param concernKey 32 random bytes in Base64 for the keyed hash that links persons and places of
     *                  concern across cases (the police compartment); a key of its own, so the name hash's
     *                  key opens nothing of the compartment
     */
    public record Crypto(Map<String, String> keys, String activeKey, String hashKey, String concernKey) {
    }
}
