package org.annaref.twin;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector shape every twin kernel uses, chosen once per JVM.
 *
 * <p>By default the preferred species of the machine (512 bits, 8 doubles, with AVX-512). The
 * system property {@value #PROPERTY} (64, 128, 256 or 512) forces another size, so the
 * differential tests can run the same kernels with narrow vectors and different tail lengths.
 * The species is a static final constant: C2 folds it into the kernels.
 */
public final class Lanes {
    /** System property forcing the vector size in bits. */
    public static final String PROPERTY = "annaref.twin.vectorBits";

    static final VectorSpecies<Double> SPECIES = choose(System.getProperty(PROPERTY));
    static final int LANES = SPECIES.length();

    private Lanes() {
    }

    /** Doubles per vector in this JVM. */
    public static int lanes() {
        return LANES;
    }

    /** The species, e.g. {@code Species[double, 8, S_512_BIT]}. */
    public static String describe() {
        return SPECIES.toString();
    }

    static VectorSpecies<Double> choose(String bits) {
        if (bits == null || bits.isBlank()) {
            return DoubleVector.SPECIES_PREFERRED;
        }
        int size;
        try {
            size = Integer.parseInt(bits.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PROPERTY + " must be 64, 128, 256 or 512, got '"
                    + bits + "'", e);
        }
        if (size != 64 && size != 128 && size != 256 && size != 512) {
            throw new IllegalArgumentException(PROPERTY + " must be 64, 128, 256 or 512, got "
                    + size);
        }
        if (size > DoubleVector.SPECIES_PREFERRED.vectorBitSize()) {
            throw new IllegalArgumentException(PROPERTY + " = " + size + " exceeds this machine's "
                    + DoubleVector.SPECIES_PREFERRED.vectorBitSize() + "-bit vectors");
        }
        return VectorSpecies.of(double.class, VectorShape.forBitSize(size));
    }

    /** {@code n} rounded up to a multiple of the lane count. */
    static int roundUp(int n) {
        return (n + LANES - 1) / LANES * LANES;
    }
}
