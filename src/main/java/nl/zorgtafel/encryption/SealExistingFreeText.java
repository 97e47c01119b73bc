package nl.zorgtafel.encryption;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

import nl.zorgtafel.base.db.FieldEncryption;

/**
 * Migration 24.1, after V024 widened the columns: seals the free text stored in plain text before
 * issue 16 under the active key, and notes in {@code encryption_key} every key that sealed a value
 * (the identifying data was sealed before), so the start-up check knows them. Plain JDBC over a
 * fixed list: a later migration may change these tables, and this one must keep working on the
 * schema of version 24. Spring Boot hands the bean to Flyway, which runs it once.
 */
@Component
class SealExistingFreeText implements JavaMigration {

    /** A value that is sealed already: prefix, key id, Base64 of at least IV and tag. */
    private static final Pattern SEALED = Pattern.compile("v1:[A-Za-z0-9_.-]{1,40}:[A-Za-z0-9+/]{40,}={0,2}");

    private record Column(String table, String id, String column, String field) {
        Column(String table, String id, String column) {
            this(table, id, column, table + "." + column);
        }
    }

    private static final List<Column> FREE_TEXT = List.of(
            new Column("case_file", "id", "daytime_activity"), new Column("case_file", "id", "signals"),
            new Column("case_file", "id", "question"), new Column("case_file", "id", "young_person_not_informed"),
            new Column("case_file", "id", "parents_not_informed"), new Column("case_file", "id", "voice_of_young_person"),
            new Column("case_file", "id", "conflict_of_duties"), new Column("case_file", "id", "decision_reason"),
            new Column("case_file", "id", "decision_advice"), new Column("case_event", "id", "message"),
            new Column("case_event", "id", "advice"), new Column("risk_assessment", "id", "outcome"),
            new Column("risk_assessment", "id", "assessed_by"), new Column("route_milestone", "id", "note"),
            new Column("consultation", "id", "question"), new Column("consultation", "id", "advice"),
            new Column("item_note", "id", "body"), new Column("action_item", "id", "description"),
            new Column("action_item", "id", "status_reason"), new Column("action_item", "id", "review_note"),
            new Column("minutes_summary", "agenda_item_id", "summary"),
            new Column("minutes_letter", "agenda_item_id", "body"), new Column("minutes_version", "id", "content"),
            new Column("minutes_version", "id", "reason"),
            new Column("comensha_registration", "case_file_id", "lawful_reason"));

    private static final List<Column> SEALED_BEFORE = List.of(
            new Column("case_file", "id", "name_enc"), new Column("case_file", "id", "date_of_birth_enc"),
            new Column("case_file", "id", "address_enc"), new Column("case_file", "id", "bsn_enc"),
            new Column("account", "id", "totp_secret"));

    private final FieldEncryption encryption;
    private final Clock clock;

    SealExistingFreeText(FieldEncryption encryption, Clock clock) {
        this.encryption = encryption;
        this.clock = clock;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("24.1");
    }

    @Override
    public String getDescription() {
        return "seal existing free text";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Set<String> keys = new TreeSet<>();
        for (Column c : FREE_TEXT) {
            seal(connection, c);
        }
        for (Column c : concat(FREE_TEXT, SEALED_BEFORE)) {
            keys.addAll(keysNamed(connection, c));
        }
        keys.add(encryption.activeKey());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO encryption_key (key_id, first_used_at) VALUES (?, ?)")) {
            for (String key : keys) {
                insert.setString(1, key);
                insert.setTimestamp(2, Timestamp.from(clock.instant()));
                insert.executeUpdate();
            }
        }
    }

    private void seal(Connection connection, Column c) throws SQLException {
        String field = c.field();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + c.id() + ", " + c.column()
                + " FROM " + c.table() + " WHERE " + c.column() + " IS NOT NULL");
                PreparedStatement update = connection.prepareStatement("UPDATE " + c.table() + " SET " + c.column()
                        + " = ? WHERE " + c.id() + " = ?");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String value = rows.getString(2);
                if (SEALED.matcher(value).matches()) {
                    continue;
                }
                update.setString(1, value.isBlank() ? null : encryption.encrypt(field, value));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static Set<String> keysNamed(Connection connection, Column c) throws SQLException {
        Set<String> keys = new TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT " + c.column() + " FROM " + c.table()
                + " WHERE " + c.column() + " LIKE 'v1:%'");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String[] parts = rows.getString(1).split(":", 3);
                if (parts.length == 3) {
                    keys.add(parts[1]);
                }
            }
        }
        return keys;
    }

    private static List<Column> concat(List<Column> a, List<Column> b) {
        var all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
