package org.annaref.proofs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Test helper: proves one contract of a single class written into a temporary folder. */
final class OneClassProof {
    private OneClassProof() {
    }

    /**
     * Writes {@code source} as {@code packageName/className.java} under {@code dir}, loads it
     * into KeY (ignoring overflow, no stubs) and proves {@code contract} with {@code hints},
     * within {@code timeoutMillis}.
     */
    static ProofResult prove(Path dir, String packageName, String className, String source,
            String contract, List<Instantiation> hints, long timeoutMillis) throws IOException {
        return prove(dir, packageName, className, source, contract, hints, null,
                timeoutMillis);
    }

    /** The same with a proof {@code script} (null for none). */
    static ProofResult prove(Path dir, String packageName, String className, String source,
            String contract, List<Instantiation> hints, ProofScript script, long timeoutMillis)
            throws IOException {
        Path src = Files.createDirectories(dir.resolve("in").resolve(packageName));
        Files.writeString(src.resolve(className + ".java"), source);
        Path stubs = Files.createDirectories(dir.resolve("stubs"));
        try (KeyProver prover = KeyProver.load(List.of(dir.resolve("in")), stubs,
                dir.resolve("work"), KeyProver.IGNORING_OVERFLOW, 20_000)) {
            return prover.prove(ContractId.parse(contract), timeoutMillis, Set.of(), hints,
                    script);
        }
    }
}
