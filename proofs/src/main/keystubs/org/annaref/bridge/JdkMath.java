package org.annaref.bridge;

/**
 * KeY's view of spec/src/bridge/java/org/annaref/bridge/JdkMath.java: the same signatures,
 * contracts only, no bodies. KeY treats these as library methods and uses their contracts; the
 * contracts state no more than the JDK guarantees. A test (BridgeStubTest) keeps the signatures
 * of the two files identical.
 */
public final class JdkMath {
    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    public static double log(double x);

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    public static double log1p(double x);

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    public static double exp(double x);

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    public static double expm1(double x);

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    public static double sqrt(double x);

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    public static double pow(double x, double y);

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    public static double cos(double x);

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    public static double asin(double x);

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    public static double acos(double x);

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    public static double atan2(double y, double x);

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    public static double floor(double x);

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    public static double ceil(double x);

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    public static boolean isFinite(double x);

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    public static long rawBits(double x);

    /*@ public normal_behavior
      @ ensures true;
      @ assignable \strictly_nothing;
      @*/
    public static double longBitsToDouble(long bits);

    /*@ public normal_behavior
      @ ensures \result >= 0;
      @ assignable \strictly_nothing;
      @*/
    public static long maxHeapBytes();
}
