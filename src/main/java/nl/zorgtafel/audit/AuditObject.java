package nl.zorgtafel.audit;

/** What an entry is about: a type name such as {@code care_table} and the object's id. */
public record AuditObject(String type, long id) {

    public static AuditObject of(String type, long id) {
        return new AuditObject(type, id);
    }
}
