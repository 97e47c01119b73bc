package nl.zorgtafel.live.ui;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;

/**
 * Rows of a panel kept by key, so a push updates a row in place instead of replacing it (and
 * whatever someone typed or chose in it): new keys get a row, known keys an update, gone keys lose
 * theirs.
 */
final class KeyedRows<K, T, R extends Component> {

    private final Map<K, R> rows = new LinkedHashMap<>();
    private final HasComponents parent;
    private final Function<T, K> key;
    private final Function<T, R> create;
    private final BiConsumer<R, T> update;

    KeyedRows(HasComponents parent, Function<T, K> key, Function<T, R> create, BiConsumer<R, T> update) {
        this.parent = parent;
        this.key = key;
        this.create = create;
        this.update = update;
    }

    void show(List<T> items) {
        var seen = new HashSet<K>();
        for (T item : items) {
            K k = key.apply(item);
            seen.add(k);
            R row = rows.get(k);
            if (row == null) {
                row = create.apply(item);
                rows.put(k, row);
                parent.add(row);
            }
            update.accept(row, item);
        }
        rows.entrySet().removeIf(entry -> {
            if (!seen.contains(entry.getKey())) {
                parent.remove(entry.getValue());
                return true;
            }
            return false;
        });
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    R get(K k) {
        return rows.get(k);
    }
}
