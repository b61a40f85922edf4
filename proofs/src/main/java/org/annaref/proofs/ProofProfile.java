package org.annaref.proofs;

import de.uka.ilkd.key.proof.Node;
import de.uka.ilkd.key.proof.Proof;
import de.uka.ilkd.key.proof.ProofEvent;
import de.uka.ilkd.key.proof.RuleAppListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Debugging aid: when the environment variable {@code ANNAREF_PROFILE} names a folder, each
 * proof writes there where its time went, per branch (the first three branch labels from the
 * root, such as "Body Preserves Invariant / Pre (lowerBound)"): rule applications and the wall
 * time between one application and the next. Where a proof is slow shows which part to move
 * into a lemma. Without the variable nothing is recorded.
 */
final class ProofProfile implements RuleAppListener {
    private final Map<String, long[]> byBranch = new HashMap<>();
    private final Map<Node, String> branchOf = new IdentityHashMap<>();
    private long last = System.nanoTime();

    /** A profile listening to {@code proof}, or null when profiling is off. */
    static ProofProfile attachIfWanted(Proof proof) {
        if (folder() == null) {
            return null;
        }
        ProofProfile profile = new ProofProfile();
        proof.addRuleAppListener(profile);
        return profile;
    }

    private static String folder() {
        String folder = System.getenv("ANNAREF_PROFILE");
        return folder == null || folder.isEmpty() ? null : folder;
    }

    @Override
    public void ruleApplied(ProofEvent e) {
        long now = System.nanoTime();
        long[] entry = byBranch.computeIfAbsent(branch(e.getRuleAppInfo().getOriginalNode()),
                k -> new long[2]);
        entry[0]++;
        entry[1] += now - last;
        last = now;
    }

    /**
     * The node's first three branch labels from the root, cached per node: walking up to the
     * root at every rule application would cost time proportional to the proof's depth, which
     * is in the thousands.
     */
    private String branch(Node node) {
        ArrayDeque<Node> unknown = new ArrayDeque<>();
        Node n = node;
        while (n != null && !branchOf.containsKey(n)) {
            unknown.push(n);
            n = n.parent();
        }
        String path = n == null ? "" : branchOf.get(n);
        while (!unknown.isEmpty()) {
            Node next = unknown.pop();
            String label = next.getNodeInfo().getBranchLabel();
            if (label != null && !label.matches("\\d+ rules?")
                    && (path.isEmpty() || path.split(" / ").length < 3)) {
                path = path.isEmpty() ? label : path + " / " + label;
            }
            branchOf.put(next, path);
        }
        return path.isEmpty() ? "(root)" : path;
    }

    /** Writes the profile of the proof of {@code id}, slowest branch first. */
    void write(ContractId id) {
        StringBuilder text = new StringBuilder("ms\trules\tbranch\n");
        byBranch.entrySet().stream().sorted((x, y) -> Long.compare(y.getValue()[1],
                x.getValue()[1])).forEach(e -> text.append(e.getValue()[1] / 1_000_000)
                .append('\t').append(e.getValue()[0]).append('\t').append(e.getKey())
                .append('\n'));
        try {
            Path dir = Files.createDirectories(Path.of(folder()));
            Files.writeString(dir.resolve(id.toString().replaceAll("[^A-Za-z0-9.,_-]", "_")
                    + ".profile.txt"), text.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("writing the proof profile", e);
        }
    }
}
