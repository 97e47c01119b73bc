package nl.zorgtafel.e2e;

import static nl.zorgtafel.db.Tables.ACTION_ITEM;
import static nl.zorgtafel.db.Tables.AUDIT_ENTRY;
import static nl.zorgtafel.db.Tables.ENCRYPTION_KEY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.zorgtafel.audit.AuditKind;
import nl.zorgtafel.base.config.ZorgtafelProperties;
import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.base.db.OtherKey;

/**
 * The Beheerder finishes a key rotation from Beheer → Sleutels: the demo's action descriptions are
 * sealed under an older key first (as after step 2 of the operations guide's rotation); the screen
 * names that key as still in use, the Beheerder starts the job, watches it finish, and the screen
 * then says the older key may leave the configuration. The database agrees, and both steps are in
 * the audit log. A member who types the address is refused.
 */
class KeyRotationBrowserTest extends BrowserTestBase {

    @Autowired DSLContext dsl;
    @Autowired FieldEncryption encryption;
    @Autowired ZorgtafelProperties properties;

    @Test
    void the_beheerder_reencrypts_every_value_and_sees_the_older_key_freed() throws Exception {
        String older = encryption.configuredKeys().stream().filter(k -> !k.equals(encryption.activeKey()))
                .sorted().findFirst().orElseThrow();
        int sealedBefore = sealUnder(older);
        assertThat(sealedBefore).isPositive();
        Instant started = Instant.now();

        var admin = signedIn("beheerder");
        admin.go("beheer");
        admin.waitForPageText("Sleutels");
        admin.driver().findElements(org.openqa.selenium.By.cssSelector("vaadin-tab")).stream()
                .filter(t -> t.getText().strip().equals("Sleutels")).findFirst().orElseThrow().click();
        admin.waitForText("keys-in-use", older);
        admin.snap("keys-before");
        admin.click("keys-reencrypt");
        admin.waitForText("keys-run", "Voltooid");
        admin.waitForText("keys-removable", older);
        admin.snap("keys-after");
        assertThat(admin.text("keys-in-use")).doesNotContain(older);

        assertThat(dsl.fetchCount(ACTION_ITEM,
                org.jooq.impl.DSL.field(ACTION_ITEM.DESCRIPTION.getQualifiedName(), String.class)
                        .like("v1:" + older + ":%"))).isZero();
        assertThat(dsl.select(ENCRYPTION_KEY.RETIRED_AT).from(ENCRYPTION_KEY).where(ENCRYPTION_KEY.KEY_ID.eq(older))
                .fetchSingle().value1()).isNotNull();
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.KIND.eq(AuditKind.REENCRYPTION_STARTED)
                .and(AUDIT_ENTRY.ACTOR_ACCOUNT_ID.isNotNull()).and(AUDIT_ENTRY.OCCURRED_AT.ge(started)))).isEqualTo(1);
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.KIND.eq(AuditKind.REENCRYPTION_FINISHED)
                .and(AUDIT_ENTRY.OCCURRED_AT.ge(started)))).isEqualTo(1);

        var member = signedIn("jeugdzorg");
        member.go("beheer");
        member.waitForVaadin();
        assertThat(member.present("keys-tab")).isFalse();
    }

    /** Seals every action description under {@code keyId}, as a node with that key active wrote them. */
    private int sealUnder(String keyId) {
        FieldEncryption earlier = OtherKey.active(properties, keyId);
        int changed = 0;
        for (var row : dsl.select(ACTION_ITEM.ID, ACTION_ITEM.DESCRIPTION).from(ACTION_ITEM)
                .where(ACTION_ITEM.DESCRIPTION.isNotNull()).fetch()) {
            String text = encryption.open(ACTION_ITEM.DESCRIPTION, row.value2());
            changed += dsl.update(ACTION_ITEM).set(ACTION_ITEM.DESCRIPTION, earlier.seal(ACTION_ITEM.DESCRIPTION, text))
                    .where(ACTION_ITEM.ID.eq(row.value1())).execute();
        }
        dsl.insertInto(ENCRYPTION_KEY).set(ENCRYPTION_KEY.KEY_ID, keyId).set(ENCRYPTION_KEY.FIRST_USED_AT, Instant.now())
                .onDuplicateKeyIgnore().execute();
        dsl.update(ENCRYPTION_KEY).setNull(ENCRYPTION_KEY.RETIRED_AT).where(ENCRYPTION_KEY.KEY_ID.eq(keyId)).execute();
        return changed;
    }
}
