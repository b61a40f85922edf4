package org.annaref.cli;

import org.annaref.reference.lsh.BitSamplingFamily;
import org.annaref.reference.lsh.CrossPolytopeFamily;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.reference.lsh.PStableFamily;
import org.annaref.spec.LshFamily;
import picocli.CommandLine.Option;

/** The --family and --width options shared by the subcommands that hash. */
final class FamilyOptions {
    @Option(names = "--family", description = "LSH family: hyperplane, pstable, crosspolytope or"
            + " bitsample (default: ${DEFAULT-VALUE}).")
    private String family = "hyperplane";

    @Option(names = "--width", description = "Bucket width w of the pstable family"
            + " (default: ${DEFAULT-VALUE}).")
    private double width = 1.0;

    /** The family named by --family. */
    LshFamily family() {
        return switch (family) {
            case "hyperplane" -> new HyperplaneFamily();
            case "pstable" -> new PStableFamily(width);
            case "crosspolytope" -> new CrossPolytopeFamily();
            case "bitsample" -> new BitSamplingFamily();
            default -> throw new IllegalArgumentException("--family must be hyperplane, pstable,"
                    + " crosspolytope or bitsample, got '" + family + "'");
        };
    }
}
