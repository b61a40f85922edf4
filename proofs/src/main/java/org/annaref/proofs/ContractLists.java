package org.annaref.proofs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The contract lists in {@code proofs/contracts/}: {@code required.txt} (contracts that must
 * close) and {@code assumed.txt} (contracts taken without proof, each with its reason).
 *
 * <p>Format: one contract id per line ({@link ContractId}). In required.txt an id may be followed
 * by {@value #OVERFLOW_CHECKED}: that contract must also close with Java's overflow semantics
 * ({@code intRules:arithmeticSemanticsCheckingOF}). In assumed.txt the id is followed by
 * " -- " and the reason. Blank lines and lines starting with '#' are ignored.
 */
public record ContractLists(Map<ContractId, Boolean> required, Map<ContractId, String> assumed) {
    /** The required.txt marker of contracts proven under overflow checking too. */
    public static final String OVERFLOW_CHECKED = "[overflow-checked]";

    /** Reads both lists from {@code folder}. */
    public static ContractLists read(Path folder) {
        Map<ContractId, Boolean> required = new LinkedHashMap<>();
        for (Map.Entry<ContractId, String> e : parse(folder.resolve("required.txt"), false)
                .entrySet()) {
            String tag = e.getValue();
            if (!tag.isEmpty() && !tag.equals(OVERFLOW_CHECKED)) {
                throw new IllegalArgumentException("required.txt: unknown tag '" + tag + "' after "
                        + e.getKey() + " (only " + OVERFLOW_CHECKED + ")");
            }
            required.put(e.getKey(), !tag.isEmpty());
        }
        return new ContractLists(required, parse(folder.resolve("assumed.txt"), true));
    }

    /** The problems with the lists against the contracts KeY found; empty when consistent. */
    public List<String> problems(Set<ContractId> known) {
        List<String> problems = new ArrayList<>();
        for (ContractId id : required.keySet()) {
            if (!known.contains(id)) {
                problems.add("required.txt lists a contract KeY does not know (renamed?): " + id);
            }
            if (assumed.containsKey(id)) {
                problems.add("listed both as required and as assumed: " + id);
            }
        }
        for (ContractId id : assumed.keySet()) {
            if (!known.contains(id)) {
                problems.add("assumed.txt lists a contract KeY does not know (renamed?): " + id);
            }
        }
        Set<ContractId> unlisted = new TreeSet<>(known);
        unlisted.removeAll(required.keySet());
        unlisted.removeAll(assumed.keySet());
        for (ContractId id : unlisted) {
            problems.add("in neither required.txt nor assumed.txt: " + id);
        }
        return problems;
    }

    private static Map<ContractId, String> parse(Path file, boolean needsReason) {
        Map<ContractId, String> entries = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return entries;
        }
        try {
            int lineNumber = 0;
            for (String line : Files.readAllLines(file)) {
                lineNumber++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String note = "";
                int separator = text.indexOf(" -- ");
                if (separator >= 0) {
                    note = text.substring(separator + 4).strip();
                    text = text.substring(0, separator).strip();
                } else if (!needsReason && text.endsWith(OVERFLOW_CHECKED)) {
                    note = OVERFLOW_CHECKED;
                    text = text.substring(0, text.length() - OVERFLOW_CHECKED.length()).strip();
                }
                if (needsReason && note.isEmpty()) {
                    throw new IllegalArgumentException(file + ":" + lineNumber
                            + ": an assumed contract needs ' -- <reason>'");
                }
                ContractId parsed;
                try {
                    parsed = ContractId.parse(text);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + lineNumber + ": "
                            + e.getMessage(), e);
                }
                if (entries.put(parsed, note) != null) {
                    throw new IllegalArgumentException(file + ":" + lineNumber
                            + ": listed twice: " + parsed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
        return entries;
    }
}
