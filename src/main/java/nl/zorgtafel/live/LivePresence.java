package nl.zorgtafel.live;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who has a session's live page open, over all nodes: a row per open page, refreshed by its own
 * node ({@link #heartbeat()}), so the pages of a node that died stop counting after
 * {@link #TIME_TO_LIVE}. Wall-clock time on purpose: this is about machines, not the app's "now".
 */
@Component
class LivePresence {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(LivePresence.class);

    private final LiveEventRepository repository;
    private final LiveNode node;
    private final Clock wall = Clock.systemUTC();

    LivePresence(LiveEventRepository repository, LiveNode node) {
        this.repository = repository;
        this.node = node;
    }

    long opened(long meetingId, long personId) {
        return repository.openPage(node.id(), meetingId, personId, wall.instant());
    }

    void closed(long pageId) {
        try {
            repository.closePage(pageId);
        } catch (RuntimeException e) {
            // The database is going away with the application; the row ages out by itself.
            LOG.debug("Live page not closed in the database: {}", e.getClass().getSimpleName());
        }
    }

    Set<Long> connected(long meetingId) {
        return repository.connected(meetingId, wall.instant().minus(TIME_TO_LIVE));
    }

    /** Keeps this node's pages counting and removes those of nodes that stopped answering. */
    void heartbeat() {
        repository.touchPages(node.id(), wall.instant());
        repository.purgePages(wall.instant().minus(TIME_TO_LIVE));
    }

    /** A node that stops normally takes its pages with it at once. */
    void stop() {
        try {
            repository.closePages(node.id());
        } catch (RuntimeException e) {
            LOG.debug("Live pages not closed in the database: {}", e.getClass().getSimpleName());
        }
    }
}
