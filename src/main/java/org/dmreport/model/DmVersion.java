package org.dmreport.model;

/** A DM release number such as 6.4 or 2.0.1; compares numerically. */
public record DmVersion(int major, int minor, int patch) implements Comparable<DmVersion> {

    public static DmVersion of(int major, int minor) {
        return new DmVersion(major, minor, 0);
    }

    public static DmVersion of(int major, int minor, int patch) {
        return new DmVersion(major, minor, patch);
    }

    @Override
    public int compareTo(DmVersion other) {
        int c = Integer.compare(major, other.major);
        if (c == 0) {
            c = Integer.compare(minor, other.minor);
        }
        return c != 0 ? c : Integer.compare(patch, other.patch);
    }

    @Override
    public String toString() {
        return patch == 0 ? major + "." + minor : major + "." + minor + "." + patch;
    }
}
