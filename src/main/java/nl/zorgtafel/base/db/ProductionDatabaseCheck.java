package nl.zorgtafel.base.db;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the production profile on an embedded H2 database: a mistyped or missing
 * {@code ZORGTAFEL_DB_URL} must not quietly put real case data into a file next to the jar.
 */
@Component
@Profile("mysql")
class ProductionDatabaseCheck {

    ProductionDatabaseCheck(@Value("${spring.datasource.url:}") String url) {
        check(url);
    }

    static void check(String url) {
        if (url == null || !url.startsWith("jdbc:mysql:") && !url.startsWith("jdbc:mariadb:")) {
            throw new IllegalStateException("The mysql profile needs a MySQL or MariaDB database URL "
                    + "(ZORGTAFEL_DB_URL), not an embedded database");
        }
    }
}
