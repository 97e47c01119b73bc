package nl.zorgtafel.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;

import nl.zorgtafel.base.db.FieldEncryption;
import nl.zorgtafel.base.db.SealedText;
import nl.zorgtafel.db.DefaultSchema;

/** Reads every row of every table without the application's converters, for tests of what is stored. */
public final class RawRows {

    private RawRows() {
    }

    /** {@code table.column} of every stored value (as text) that matches, one entry per value. */
    public static List<String> columnsWhere(DSLContext dsl, Predicate<String> match) {
        List<String> found = new ArrayList<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            for (var row : dsl.resultQuery("SELECT * FROM " + table.getName()).fetch()) {
                for (int i = 0; i < row.size(); i++) {
                    Object value = row.get(i);
                    if (value != null && match.test(String.valueOf(value))) {
                        found.add(table.getName() + "." + row.field(i).getName());
                    }
                }
            }
        }
        return found;
    }

    /**
     * The opened values of one sealed column. A value that does not open is another test's fixture
     * (e.g. "v1:test:vraag") in the shared MariaDB database, and is left out.
     */
    public static List<String> opened(DSLContext dsl, FieldEncryption encryption, TableField<?, SealedText> column) {
        List<String> opened = new ArrayList<>();
        for (var row : dsl.select(column).from(column.getTable()).where(column.isNotNull()).fetch()) {
            try {
                opened.add(encryption.open(column, row.value1()));
            } catch (IllegalStateException otherTestsFixture) {
                // not sealed under this installation's keys
            }
        }
        return opened;
    }

    /** Every column the generated schema types as sealed text. */
    @SuppressWarnings("unchecked")
    public static List<TableField<?, SealedText>> sealedColumns() {
        List<TableField<?, SealedText>> columns = new ArrayList<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            for (var field : table.fields()) {
                if (field.getType() == SealedText.class && field instanceof TableField<?, ?> column) {
                    columns.add((TableField<?, SealedText>) column);
                }
            }
        }
        return columns;
    }
}
