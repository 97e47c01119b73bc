package nl.zorgtafel.mail;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.zorgtafel.base.config.ZorgtafelProperties;
import nl.zorgtafel.base.ui.Translations;
import nl.zorgtafel.security.SecurityEvents;

/**
 * Tells a person by mail of every change to how they sign in or what they may see: a password
 * reset or change, a role granted, a second factor linked or reset, a recovery code used. Sent
 * with the change (same transaction), so a change that fails mails nothing. The mails name no
 * case and no other person; they say what to do when the person did not expect the change.
 */
@Component
class AccountNotices {

    private final AccountContactRepository accounts;
    private final OutboxService outbox;
    private final Translations translations;
    private final String baseUrl;

    AccountNotices(AccountContactRepository accounts, OutboxService outbox, Translations translations,
            ZorgtafelProperties properties) {
        this.accounts = accounts;
        this.outbox = outbox;
        this.translations = translations;
        this.baseUrl = properties.baseUrl();
    }

    /** The mail with a one-time link to choose a new password: the link goes to the person only. */
    @EventListener
    void passwordLink(SecurityEvents.PasswordLinkCreated event) {
        accounts.ofAccount(event.accountId())
                .ifPresent(t -> send(t, true, "password-link", baseUrl + "/wachtwoord-instellen/" + event.token()));
    }

    @EventListener
    void passwordReset(SecurityEvents.PasswordReset event) {
        accounts.ofAccount(event.accountId()).ifPresent(t -> send(t, "password-reset"));
    }

    @EventListener
    void secondFactorReset(SecurityEvents.SecondFactorReset event) {
        accounts.ofAccount(event.accountId()).ifPresent(t -> send(t, "second-factor-reset"));
    }

    @EventListener
    void passwordChanged(SecurityEvents.PasswordChanged event) {
        accounts.ofAccount(event.accountId()).ifPresent(t -> send(t, "password-changed"));
    }

    @EventListener
    void secondFactorEnrolled(SecurityEvents.SecondFactorEnrolled event) {
        accounts.ofAccount(event.accountId()).ifPresent(t -> send(t, "second-factor-enrolled"));
    }

    @EventListener
    void recoveryCodesRenewed(SecurityEvents.RecoveryCodesRenewed event) {
        accounts.ofAccount(event.accountId()).ifPresent(t -> send(t, "recovery-codes-renewed"));
    }

    @EventListener
    void recoveryCodeUsed(SecurityEvents.RecoveryCodeUsed event) {
        accounts.ofAccount(event.accountId()).ifPresent(t -> send(t, "recovery-code-used", event.left()));
    }

    @EventListener
    void roleGranted(SecurityEvents.RoleGranted event) {
        accounts.ofPerson(event.personId()).ifPresent(t -> send(t, "role-granted", accounts.tableName(event.tableId()),
                translations.getTranslation("role." + event.role().name(), locale(t))));
    }

    private void send(AccountContactRepository.Contact target, String notice, Object... parameters) {
        send(target, false, notice, parameters);
    }

    private void send(AccountContactRepository.Contact target, boolean sealed, String notice, Object... parameters) {
        if (target.email() == null) {
            return;
        }
        Locale locale = locale(target);
        String subject = translations.getTranslation("notice." + notice + ".subject", locale);
        String text = translations.getTranslation("notice." + notice + ".text", locale, parameters) + "\n\n"
                + translations.getTranslation("notice.footer", locale);
        outbox.enqueue(sealed ? OutgoingMail.sealed(target.email(), subject, text)
                : new OutgoingMail(target.email(), subject, text, null, null, null));
    }

    private static Locale locale(AccountContactRepository.Contact target) {
        return target.locale() == null ? Translations.DUTCH : Translations.supported(Locale.forLanguageTag(target.locale()));
    }
}
