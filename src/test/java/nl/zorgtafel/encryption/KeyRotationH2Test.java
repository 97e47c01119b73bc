package nl.zorgtafel.encryption;

import java.util.List;
import java.util.UUID;

/** Key rotation on the embedded H2 database (a named in-memory database kept between the starts). */
class KeyRotationH2Test extends KeyRotationTests {

    @Override
    String freshDatabaseUrl() {
        return "jdbc:h2:mem:rotation-" + UUID.randomUUID()
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    @Override
    List<String> databaseArguments(String url) {
        return List.of("--spring.datasource.url=" + url);
    }

    @Override
    String databaseUser() {
        return "sa";
    }
}
