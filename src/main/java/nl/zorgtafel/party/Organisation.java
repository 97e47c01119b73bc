package nl.zorgtafel.party;

/**
 * A partner organisation as edited in Beheer. {@code version} guards against two
 * administrators overwriting each other.
 */
public record Organisation(Long id, String name, OrganisationType type, String email, String phone, String address,
        boolean active, int version) {

    public static Organisation blank() {
        return new Organisation(null, "", OrganisationType.OVERIG, "", "", "", true, 0);
    }
}
