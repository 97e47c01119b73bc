package nl.zorgtafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Locale;

import nl.zorgtafel.base.ui.Translations;
import nl.zorgtafel.security.PasswordPolicy.Problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = new PasswordPolicy();

    /** One code point in two UTF-16 chars (a surrogate pair), so String.length() would count it twice. */
    private static final String EMOJI = "🔒";

    @Test
    void eleven_characters_are_too_short_and_twelve_are_enough() {
        assertThat(POLICY.check("kwartel-mos", null)).contains(Problem.TOO_SHORT);
        assertThat(POLICY.check("kwartel-mos!", null)).isEmpty();
    }

    @Test
    void length_counts_code_points_not_utf16_chars() {
        String eleven = EMOJI.repeat(11);
        String twelve = EMOJI.repeat(12);
        assertThat(eleven.length()).isEqualTo(22);
        assertThat(POLICY.check(eleven, null)).contains(Problem.TOO_SHORT);
        assertThat(POLICY.check(twelve, null)).isEmpty();
        assertThat(POLICY.check("één-twee-drié", null)).isEmpty();
    }

    @Test
    void one_hundred_twenty_eight_characters_are_allowed_and_one_more_is_too_long() {
        assertThat(POLICY.check("a".repeat(127) + EMOJI, null)).isEmpty();
        assertThat(POLICY.check(EMOJI.repeat(128), null)).isEmpty();
        assertThat(POLICY.check("a".repeat(128) + EMOJI, null)).contains(Problem.TOO_LONG);
        assertThat(POLICY.check(EMOJI.repeat(129), null)).contains(Problem.TOO_LONG);
    }

    @Test
    void spaces_count_and_are_not_trimmed() {
        assertThat(POLICY.check("  kwartel  ", null)).contains(Problem.TOO_SHORT);
        assertThat(POLICY.check("  kwartel   ", null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "PASSWORD1234", "Password1234", "qwertyuiop123", "1q2w3e4r5t6y"})
    void a_listed_password_is_refused_whatever_its_case(String password) {
        assertThat(POLICY.check(password, null)).contains(Problem.COMMON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zorgtafel2026", "Welkom123456", "wachtwoord123"})
    void our_own_context_words_are_refused(String password) {
        assertThat(POLICY.check(password, null)).contains(Problem.COMMON);
    }

    @Test
    void a_random_passphrase_is_accepted() {
        assertThat(POLICY.check("fietsbel zuurkool ijsvogel 47", "jdevries")).isEmpty();
    }

    @Test
    void there_is_no_composition_rule() {
        assertThat(POLICY.check("correct horse battery staple", "jdevries")).isEmpty();
        assertThat(POLICY.check("alleenkleineletters", null)).isEmpty();
        assertThat(POLICY.check("839201746351", null)).isEmpty();
    }

    @Test
    void the_username_in_the_password_is_refused_whatever_its_case() {
        assertThat(POLICY.check("mijn-JDevries-wachtwoord", "jdevries")).contains(Problem.CONTAINS_USERNAME);
        assertThat(POLICY.check("ijsvogel-jan-zuurkool", "Jan")).contains(Problem.CONTAINS_USERNAME);
    }

    @Test
    void a_username_shorter_than_three_characters_is_not_looked_for() {
        assertThat(POLICY.check("ijsvogel-jd-zuurkool", "jd")).isEmpty();
        assertThat(POLICY.check("ijsvogel-jd-zuurkool", "")).isEmpty();
    }

    @Test
    void length_is_checked_before_the_list_and_the_list_before_the_username() {
        assertThat(POLICY.check("jdevries", "jdevries")).contains(Problem.TOO_SHORT);
        assertThat(POLICY.check("password1234", "password")).contains(Problem.COMMON);
    }

    @Test
    void a_missing_password_is_a_programming_error() {
        assertThatNullPointerException().isThrownBy(() -> POLICY.check(null, "jdevries"));
    }

    @Test
    void the_lists_load_with_the_entries_long_enough_to_matter() {
        // 308 of the 49,233 source entries have 12+ characters, plus our own handful.
        assertThat(POLICY.commonCount()).isBetween(300, 400);
    }

    @Test
    void both_lists_are_on_the_classpath() {
        assertThat(PasswordPolicy.class.getResource(PasswordPolicy.SOURCE_LIST)).isNotNull();
        assertThat(PasswordPolicy.class.getResource(PasswordPolicy.LOCAL_LIST)).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(Problem.class)
    void every_problem_has_a_dutch_and_an_english_message(Problem problem) {
        var translations = new Translations();
        String dutch = translations.getTranslation(problem.messageKey(), Translations.DUTCH);
        String english = translations.getTranslation(problem.messageKey(), Translations.ENGLISH);
        assertThat(dutch).doesNotStartWith("!").isNotEqualTo(english);
        assertThat(english).doesNotStartWith("!");
    }

    @Test
    void the_messages_name_the_limits_the_policy_applies() {
        var translations = new Translations();
        for (var locale : new Locale[] {Translations.DUTCH, Translations.ENGLISH}) {
            assertThat(translations.getTranslation(Problem.TOO_SHORT.messageKey(), locale))
                    .contains(String.valueOf(PasswordPolicy.MIN_LENGTH));
            assertThat(translations.getTranslation(Problem.TOO_LONG.messageKey(), locale))
                    .contains(String.valueOf(PasswordPolicy.MAX_LENGTH));
        }
    }
}
