package org.annaref.proofs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Test helper: one class written into a temporary folder and loaded into KeY, so that a test
 * class proves several of its contracts (a right one, a wrong one) with one loading.
 */
final class OneClassProof {
    private OneClassProof() {
    }

    /**
     * Writes {@code source} as {@code packageName/className.java} under {@code dir} and loads
     * it into KeY with {@code semantics}, without stubs.
     */
    static KeyProver load(Path dir, String packageName, String className, String source,
            String semantics) throws IOException {
        Path src = Files.createDirectories(dir.resolve("in").resolve(packageName));
        Files.writeString(src.resolve(className + ".java"), source);
        Path stubs = Files.createDirectories(dir.resolve("stubs"));
        return KeyProver.load(List.of(dir.resolve("in")), stubs, dir.resolve("work"), semantics,
                20_000);
    }
}
