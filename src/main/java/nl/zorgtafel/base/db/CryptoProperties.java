package nl.zorgtafel.base.db;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for identifying data, from configuration (in production: environment variables).
 *
 * @param keys       encryption keys by id, each 32 random bytes in Base64; old keys stay listed
 *                   until every value is re-encrypted with the active one
 * @param activeKey  the id of the key new values are encrypted with
 * @param hashKey    32 random bytes in Base64 for the keyed hash of name + date of birth;
 *                   never rotated casually, as it would break repeat detection
 */
@ConfigurationProperties("zorgtafel.crypto")
public record CryptoProperties(Map<String, String> keys, String activeKey, String hashKey) {
}
