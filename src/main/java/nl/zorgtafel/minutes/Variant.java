package nl.zorgtafel.minutes;

/** Verslag (PDF) with names where allowed, or the geanonimiseerd verslag with codes only. */
public enum Variant {
    VOLLEDIG("volledig"), GEANONIMISEERD("geanonimiseerd");

    private final String slug;

    Variant(String slug) {
        this.slug = slug;
    }

    /** The part of the download address that names the variant. */
    public String slug() {
        return slug;
    }

    public static Variant ofSlug(String slug) {
        for (Variant v : values()) {
            if (v.slug.equals(slug)) {
                return v;
            }
        }
        throw new IllegalArgumentException("Unknown variant");
    }
}
