package nl.zorgtafel.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * Records, on the calling thread only, the SQL jOOQ runs while a test asks it to: how many
 * queries a view or a push costs (query-count guards), and each query with its values inlined so
 * a benchmark can ask the database for its plan. Off unless a test turns it on.
 */
@Component
public class QueryRecorder implements DefaultConfigurationCustomizer, ExecuteListener {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    @Override
    public void customize(org.jooq.impl.DefaultConfiguration configuration) {
        var providers = new ArrayList<>(List.of(configuration.executeListenerProviders()));
        providers.add(new DefaultExecuteListenerProvider(this));
        configuration.set(providers.toArray(ExecuteListenerProvider[]::new));
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        var recording = RECORDING.get();
        if (recording != null && ctx.query() != null) {
            recording.add(ctx.dsl().renderInlined(ctx.query()));
        } else if (recording != null) {
            recording.add(ctx.sql());
        }
    }

    /** The queries {@code work} ran on this thread, in order, with their values inlined. */
    public static List<String> queriesOf(Runnable work) {
        return recorded(() -> {
            work.run();
            return null;
        }).queries();
    }

    /** What {@code work} returned and the queries it ran on this thread. */
    public static <T> Recorded<T> recorded(Supplier<T> work) {
        var outer = RECORDING.get();
        var queries = new ArrayList<String>();
        RECORDING.set(queries);
        try {
            return new Recorded<>(work.get(), List.copyOf(queries));
        } finally {
            RECORDING.set(outer);
            if (outer != null) {
                outer.addAll(queries);
            }
        }
    }

    public record Recorded<T>(T result, List<String> queries) {
    }
}
