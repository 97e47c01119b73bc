package nl.zorgtafel.live;

import java.util.UUID;

import org.springframework.stereotype.Component;

/** This application node among the others on the same database: a new name at every start. */
@Component
class LiveNode {

    private final String id = UUID.randomUUID().toString();

    String id() {
        return id;
    }
}
