package nl.zorgtafel.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs on every node (no lock: each node relays to its own pages): reads the other nodes' live
 * changes a few times a second, and keeps this node's open pages counted. Off for one-off
 * commands, which have no pages.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "zorgtafel.live.relay.enabled", havingValue = "true", matchIfMissing = true)
class LiveRelaySchedule {

    private static final Logger LOG = LoggerFactory.getLogger(LiveRelaySchedule.class);

    private final LiveRelay relay;
    /** Set while polls fail, so a database outage is logged once and not four times a second. */
    private boolean failing;
    private final LivePresence presence;

    LiveRelaySchedule(LiveRelay relay, LivePresence presence) {
        this.relay = relay;
        this.presence = presence;
    }

    @Scheduled(fixedDelayString = "${zorgtafel.live.relay.interval:250ms}")
    public void relay() {
        try {
            relay.poll();
            if (failing) {
                LOG.info("Live relay reads the database again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("Live relay cannot read the database: {}", e.getClass().getSimpleName());
                failing = true;
            }
        }
    }

    @Scheduled(fixedDelayString = "PT10S", initialDelayString = "PT10S")
    public void heartbeat() {
        presence.heartbeat();
        relay.purge();
    }
}
