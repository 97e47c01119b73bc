package nl.zorgtafel.base.db;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The production profile starts on MySQL or MariaDB only, never on an embedded H2 file. */
class ProductionDatabaseCheckTest {

    @Test
    void an_h2_url_or_none_refuses_to_start_and_a_mysql_url_passes() {
        assertThatThrownBy(() -> ProductionDatabaseCheck.check("jdbc:h2:file:./data/zorgtafel;MODE=MySQL"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ZORGTAFEL_DB_URL");
        assertThatThrownBy(() -> ProductionDatabaseCheck.check("")).isInstanceOf(IllegalStateException.class);
        assertThatCode(() -> ProductionDatabaseCheck.check("jdbc:mysql://db:3306/zorgtafel?sslMode=REQUIRED"))
                .doesNotThrowAnyException();
    }
}
