package nl.zorgtafel.base.db;

import nl.zorgtafel.base.config.ZorgtafelProperties;

/** For tests that need values sealed as an earlier installation did: the same keys, another one active. */
public final class OtherKey {

    private OtherKey() {
    }

    public static FieldEncryption active(ZorgtafelProperties properties, String keyId) {
        var crypto = properties.crypto();
        return new FieldEncryption(new ZorgtafelProperties.Crypto(crypto.keys(), keyId, crypto.hashKey(),
                crypto.concernKey()));
    }
}
