package nl.zorgtafel.security;

import java.io.Serializable;

/** The role a person holds at one table. */
public record TableMembership(long tableId, String tableName, TableRole role) implements Serializable {
}
