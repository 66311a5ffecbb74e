package org.dmreport.model;

/**
 * The DM versions that could have printed a document, as far as its keys tell
 * (dm-behaviour §3).
 *
 * @param atLeast lowest version, never null
 * @param below   first version that could not have printed it, or null when open
 * @param label   how users see it, e.g. {@code >= 6.4} or {@code 1.0.x}
 */
public record DmVersionRange(DmVersion atLeast, DmVersion below, String label) {

    /** Open-ended range from {@code version}. */
    public static DmVersionRange atLeast(DmVersion version) {
        return new DmVersionRange(version, null, ">= " + version);
    }

    /** The 1.0 line, recognised by its {@code workers} layout. */
    public static DmVersionRange v1(DmVersion from) {
        String label = from.equals(DmVersion.of(1, 0)) ? "1.0.x" : ">= " + from + ", < 2.0";
        return new DmVersionRange(from, DmVersion.of(2, 0), label);
    }

    /** The 2018 builds before 1.0 that printed PascalCase keys. */
    public static DmVersionRange pre1() {
        return new DmVersionRange(DmVersion.of(0, 0), DmVersion.of(1, 0), "< 1.0");
    }

    /** Whether {@code version} lies in this range. */
    public boolean includes(DmVersion version) {
        return version.compareTo(atLeast) >= 0 && (below == null || version.compareTo(below) < 0);
    }

    @Override
    public String toString() {
        return label;
    }
}
