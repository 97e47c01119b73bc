package nl.zorgtafel.base.db;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.jooq.impl.AbstractConverter;

/**
 * Maps DATETIME columns, which always hold UTC, to {@link Instant}. DATETIME rather than
 * TIMESTAMP keeps MySQL from shifting values by the session time zone; referenced from the
 * generated jOOQ code (see the forcedType in pom.xml).
 */
public final class UtcInstantConverter extends AbstractConverter<LocalDateTime, Instant> {

    public UtcInstantConverter() {
        super(LocalDateTime.class, Instant.class);
    }

    @Override
    public Instant from(LocalDateTime databaseObject) {
        return databaseObject == null ? null : databaseObject.toInstant(ZoneOffset.UTC);
    }

    @Override
    public LocalDateTime to(Instant userObject) {
        return userObject == null ? null : LocalDateTime.ofInstant(userObject, ZoneOffset.UTC);
    }
}
