package org.annaref.proofs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A KeY proof script for a proof that needs an interactive rule, written
 * {@code [script NAME]} after the contract's id in required.txt; the commands are in
 * {@code proofs/contracts/scripts/NAME.script} (KeY's proof-script language, one command per
 * line, each applied to the first open goal, plus comment lines starting with {@code //}:
 * {@code auto;},
 * {@code rule R;}, {@code instantiate var="x" with="t";} ...). The runner runs the script on
 * the fresh proof instead of the first automatic-mode run, then automatic mode on whatever
 * goals the script left open. The proof is still KeY's, rule by rule: the script only chooses
 * rules that automatic mode never applies by itself (KeY marks them interactive), such as
 * {@code equal_bsum_perm1} (two sums over sequences that are permutations of each other are
 * equal) or {@code bsum_lower_bound}.
 *
 * @param name the script's name (its file name without {@code .script})
 * @param commands the script's commands (its text without the comment lines)
 */
public record ProofScript(String name, String commands) {
    private static final Pattern MARKER = Pattern.compile("\\[script ([A-Za-z_][\\w-]*)\\]");

    /** Whether {@code marker} is written as a script reference (well-formed or not). */
    static boolean isMarker(String marker) {
        return marker.startsWith("[script ");
    }

    /**
     * The script {@code [script NAME]} names, read from {@code folder/NAME.script}; an
     * exception when the marker is malformed or the file is missing or empty.
     */
    static ProofScript ofMarker(String marker, Path folder) {
        Matcher m = MARKER.matcher(marker);
        if (!m.matches()) {
            throw new IllegalArgumentException("malformed script reference '" + marker
                    + "' (expected [script NAME], the file scripts/NAME.script)");
        }
        Path file = folder.resolve(m.group(1) + ".script");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(marker + ": no such script file: " + file);
        }
        try {
            String text = Files.readString(file);
            if (text.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("//"))) {
                throw new IllegalArgumentException(marker + ": the script is empty: " + file);
            }
            // KeY's script parser has no comments: comment lines become blank lines, so
            // KeY's line numbers in an error message still match the file.
            return new ProofScript(m.group(1), text.lines()
                    .map(l -> l.strip().startsWith("//") ? "" : l)
                    .collect(java.util.stream.Collectors.joining("\n", "", "\n")));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }

    /** The text written after the id in required.txt. */
    public String marker() {
        return "[script " + name + "]";
    }
}
