package org.dmreport.input.core;

/**
 * Bounds that keep a hostile or broken input from costing unbounded memory or time.
 *
 * @param maxInputBytes  size of one input after decompression
 * @param maxDepth       nesting of arrays and objects (DM's output nests about 8 deep)
 * @param maxStringChars length of one string value
 * @param maxNumberChars length of one number
 */
public record ReadLimits(long maxInputBytes, int maxDepth, int maxStringChars, int maxNumberChars) {

    /** The defaults: far above anything DM prints, far below what would hurt. */
    public static final ReadLimits DEFAULT = new ReadLimits(64L << 20, 64, 4 << 20, 1000);
}
