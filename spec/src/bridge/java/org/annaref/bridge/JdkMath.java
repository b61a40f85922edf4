package org.annaref.bridge;

/**
 * The JDK functions the reference needs but KeY's library model (JavaRedux) does not declare.
 *
 * <p>This is the trusted boundary between the KeY-checked sources (spec/, reference/) and the
 * JDK. It is compiled with the spec module from its own source folder ({@code src/bridge/java}),
 * and KeY sees it only through a contract-only stub ({@code proofs/src/main/keystubs}) whose
 * signatures a test keeps identical to this class.
 *
 * <p>Every function delegates to {@link StrictMath} (not {@link Math}) so that the same seed
 * gives bit-identical hash functions and outputs on every JVM and CPU: {@code Math.log} and
 * {@code Math.cos} may be replaced by platform intrinsics that differ in the last bit.
 */
public final class JdkMath {
    private JdkMath() {
    }

    /** Natural logarithm. */
    public static double log(double x) {
        return StrictMath.log(x);
    }

    /** ln(1 + x), accurate for small x. */
    public static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    /** e^x. */
    public static double exp(double x) {
        return StrictMath.exp(x);
    }

    /** e^x - 1, accurate for small x. */
    public static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    /** Square root (correctly rounded, as IEEE 754 requires). */
    public static double sqrt(double x) {
        return StrictMath.sqrt(x);
    }

    /** x^y. */
    public static double pow(double x, double y) {
        return StrictMath.pow(x, y);
    }

    /** Cosine of an angle in radians. */
    public static double cos(double x) {
        return StrictMath.cos(x);
    }

    /** Arc sine, in [-pi/2, pi/2]. */
    public static double asin(double x) {
        return StrictMath.asin(x);
    }

    /** Arc cosine, in [0, pi]. */
    public static double acos(double x) {
        return StrictMath.acos(x);
    }

    /** The angle of the point (x, y) from the positive x axis, in [-pi, pi]. */
    public static double atan2(double y, double x) {
        return StrictMath.atan2(y, x);
    }

    /** Largest integer-valued double not above x. */
    public static double floor(double x) {
        return StrictMath.floor(x);
    }

    /** Smallest integer-valued double not below x. */
    public static double ceil(double x) {
        return StrictMath.ceil(x);
    }

    /** True when x is neither NaN nor infinite. */
    public static boolean isFinite(double x) {
        return Double.isFinite(x);
    }

    /** The IEEE 754 bit pattern of x, NaN payloads kept ({@link Double#doubleToRawLongBits}). */
    public static long rawBits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    /** The double whose IEEE 754 bit pattern is {@code bits} ({@link Double#longBitsToDouble}). */
    public static double longBitsToDouble(long bits) {
        return Double.longBitsToDouble(bits);
    }

    /** The largest heap the JVM will attempt to use, in bytes. */
    public static long maxHeapBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
