package org.annaref.proofs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The contract lists in {@code proofs/contracts/}: {@code required.txt} (contracts that must
 * close) and {@code assumed.txt} (contracts taken without proof, each with its reason).
 *
 * <p>Format: one contract id per line ({@link ContractId}). In required.txt an id may be followed
 * by tags ({@link ProofTag}), e.g. {@code [overflow-checked]}: that contract must close with
 * Java's overflow semantics ({@code intRules:arithmeticSemanticsCheckingOF}); and by
 * instantiation hints ({@link Instantiation}), e.g. {@code [instantiate q:=at]}; and by a proof
 * script ({@link ProofScript}), {@code [script NAME]}, read from {@code scripts/NAME.script}
 * next to the lists. In assumed.txt
 * the id is followed by " -- " and the reason. Blank lines and lines starting with '#' are
 * ignored.
 */
public record ContractLists(Map<ContractId, Set<ProofTag>> required,
        Map<ContractId, List<Instantiation>> instantiations, Map<ContractId, ProofScript> scripts,
        Map<ContractId, String> assumed) {
    /** One marker after an id: "[" up to the next "]". */
    private static final Pattern MARKER = Pattern.compile("\\[[^\\]]*\\]");

    /** Reads both lists from {@code folder}. */
    public static ContractLists read(Path folder) {
        Map<ContractId, Set<ProofTag>> required = new LinkedHashMap<>();
        Map<ContractId, List<Instantiation>> instantiations = new LinkedHashMap<>();
        Map<ContractId, ProofScript> scripts = new LinkedHashMap<>();
        Path file = folder.resolve("required.txt");
        for (Map.Entry<ContractId, String> e : parse(file, false).entrySet()) {
            Set<ProofTag> tags = EnumSet.noneOf(ProofTag.class);
            List<Instantiation> hints = new ArrayList<>();
            try {
                for (String marker : markers(e.getValue())) {
                    if (Instantiation.isMarker(marker)) {
                        hints.add(Instantiation.ofMarker(marker));
                    } else if (ProofScript.isMarker(marker)) {
                        if (scripts.put(e.getKey(), ProofScript.ofMarker(marker,
                                folder.resolve("scripts"))) != null) {
                            throw new IllegalArgumentException("more than one [script]");
                        }
                    } else {
                        tags.add(ProofTag.ofMarker(marker));
                    }
                }
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException(file + ": after " + e.getKey() + ": "
                        + bad.getMessage(), bad);
            }
            required.put(e.getKey(), tags);
            if (!hints.isEmpty()) {
                instantiations.put(e.getKey(), List.copyOf(hints));
            }
        }
        return new ContractLists(required, instantiations, scripts,
                parse(folder.resolve("assumed.txt"), true));
    }

    /** The "[...]" markers of {@code text}; an exception if anything else is in it. */
    private static List<String> markers(String text) {
        List<String> markers = new ArrayList<>();
        Matcher m = MARKER.matcher(text);
        int end = 0;
        while (m.find()) {
            if (!text.substring(end, m.start()).isBlank()) {
                break;
            }
            markers.add(m.group());
            end = m.end();
        }
        if (!text.substring(end).isBlank()) {
            throw new IllegalArgumentException("not a [tag]: '" + text.substring(end).strip()
                    + "'");
        }
        return markers;
    }

    /** The tags of required contract {@code id} (empty when it has none or is not required). */
    public Set<ProofTag> tags(ContractId id) {
        return required.getOrDefault(id, EnumSet.noneOf(ProofTag.class));
    }

    /** The instantiation hints of required contract {@code id} (usually none). */
    public List<Instantiation> instantiations(ContractId id) {
        return instantiations.getOrDefault(id, List.of());
    }

    /** The proof script of required contract {@code id}; null when it has none (usually). */
    public ProofScript script(ContractId id) {
        return scripts.get(id);
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
                } else if (!needsReason) {
                    // Tags follow the id: "[...]" words at the end of the line.
                    int firstTag = text.indexOf(" [");
                    if (firstTag >= 0) {
                        note = text.substring(firstTag + 1).strip();
                        text = text.substring(0, firstTag).strip();
                    }
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
