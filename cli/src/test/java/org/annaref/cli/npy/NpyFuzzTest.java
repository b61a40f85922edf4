package org.annaref.cli.npy;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded mutation fuzzer for the readers: valid NumPy files with bytes flipped, inserted,
 * deleted, truncated or header fields rewritten. Every input must either parse (a mutation can
 * leave a valid file) or fail with {@link NpyFormatException}; any other exception, an
 * OutOfMemoryError or a hang (2 s per input) fails the test. Fixed seed: deterministic in CI.
 */
class NpyFuzzTest {
    private static final String[] SEEDS = {"f8_2x3.npy", "f4_2x3.npy", "be_f8_2x3.npy",
        "v2_2x3.npy", "i8_vec.npy", "f8_empty_rows.npy"};
    private static final int MUTANTS_PER_SEED = 2000;

    private static byte[] mutate(byte[] original, SplittableRandom random) {
        byte[] b = original.clone();
        int kind = random.nextInt(6);
        int at = random.nextInt(Math.max(1, b.length));
        switch (kind) {
            case 0 -> b[at] ^= (byte) (1 << random.nextInt(8));
            case 1 -> b[at] = (byte) random.nextInt(256);
            case 2 -> b = java.util.Arrays.copyOf(b, at);
            case 3 -> {
                byte[] longer = new byte[b.length + 1 + random.nextInt(16)];
                System.arraycopy(b, 0, longer, 0, at);
                System.arraycopy(b, at, longer, longer.length - (b.length - at), b.length - at);
                b = longer;
            }
            case 4 -> {
                // rewrite a digit of the header (shape, sizes) or the header length bytes
                int position = 8 + random.nextInt(Math.min(b.length - 8, 80));
                b[position] = (byte) ("0123456789(),' :"
                        .charAt(random.nextInt(16)));
            }
            default -> {
                int n = 1 + random.nextInt(8);
                for (int i = 0; i < n; i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
            }
        }
        return b;
    }

    @Test
    void corruptedNpyFilesFailCleanly() {
        SplittableRandom random = new SplittableRandom(20261124L);
        int parsed = 0;
        int rejected = 0;
        for (String seed : SEEDS) {
            byte[] original = NpyTest.fixture(seed);
            for (int i = 0; i < MUTANTS_PER_SEED; i++) {
                byte[] mutant = mutate(original, random);
                boolean ok = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
                    try {
                        Npy.read(mutant, "fuzz.npy");
                        return true;
                    } catch (NpyFormatException expected) {
                        return false;
                    }
                });
                parsed += ok ? 1 : 0;
                rejected += ok ? 0 : 1;
            }
        }
        assertTrue(rejected > MUTANTS_PER_SEED, "the fuzzer must actually reach the error paths: "
                + rejected + " rejected, " + parsed + " parsed");
    }

    @Test
    void corruptedNpzArchivesFailCleanly(@TempDir Path dir) throws IOException {
        SplittableRandom random = new SplittableRandom(7L);
        byte[][] originals = {NpyTest.fixture("plain.npz"), NpyTest.fixture("compressed.npz")};
        Path file = dir.resolve("fuzz.npz");
        for (int i = 0; i < 600; i++) {
            Files.write(file, mutate(originals[i % 2], random));
            assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
                try {
                    Npz.read(file);
                } catch (NpyFormatException expected) {
                    // clean rejection
                }
            });
        }
    }
}
