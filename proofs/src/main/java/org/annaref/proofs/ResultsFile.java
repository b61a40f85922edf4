package org.annaref.proofs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a pass run in a child JVM hands its {@link ProofResult}s back ({@link ChildPass}): one
 * result per line, fields separated by tabs (contract ids contain spaces and commas, never a
 * tab): {@code id, closed, nodes, openGoals, millis, semantics, splitting, instantiated, scripted,
 * uses...}, ids in
 * their {@link ContractId#toString()} form. A last line {@code end<TAB>count} tells a complete
 * file from one the child did not finish writing.
 */
final class ResultsFile {
    private static final String END = "end";
    private static final int FIXED_FIELDS = 9;

    private ResultsFile() {
    }

    static void write(Path file, List<ProofResult> results) {
        StringBuilder out = new StringBuilder();
        for (ProofResult r : results) {
            List<String> fields = new ArrayList<>(List.of(r.contract().toString(),
                    String.valueOf(r.closed()), String.valueOf(r.nodes()),
                    String.valueOf(r.openGoals()), String.valueOf(r.millis()), r.semantics(),
                    String.valueOf(r.splitting()), String.valueOf(r.instantiated()),
                    String.valueOf(r.scripted())));
            for (ContractId used : r.uses()) {
                fields.add(used.toString());
            }
            for (String field : fields) {
                if (field.indexOf('\t') >= 0 || field.indexOf('\n') >= 0
                        || field.indexOf('\r') >= 0) {
                    throw new IllegalArgumentException("cannot write a tab or line break: "
                            + field);
                }
            }
            out.append(String.join("\t", fields)).append('\n');
        }
        out.append(END).append('\t').append(results.size()).append('\n');
        try {
            Files.writeString(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing " + file, e);
        }
    }

    /** The results in {@code file}; an exception naming the file and line if it is not whole. */
    static List<ProofResult> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<ProofResult> results = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] fields = lines.get(i).split("\t", -1);
            try {
                if (fields[0].equals(END)) {
                    if (fields.length != 2 || Integer.parseInt(fields[1]) != results.size()
                            || i != lines.size() - 1) {
                        throw new IllegalArgumentException("end line does not match the "
                                + results.size() + " results before it");
                    }
                    return results;
                }
                results.add(parse(fields));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(),
                        e);
            }
        }
        throw new IllegalArgumentException(file + ": incomplete (no end line after "
                + results.size() + " results)");
    }

    private static ProofResult parse(String[] fields) {
        if (fields.length < FIXED_FIELDS) {
            throw new IllegalArgumentException("expected at least " + FIXED_FIELDS
                    + " tab-separated fields, found " + fields.length);
        }
        Set<ContractId> uses = new TreeSet<>();
        for (int f = FIXED_FIELDS; f < fields.length; f++) {
            uses.add(ContractId.parseAny(fields[f]));
        }
        return new ProofResult(ContractId.parse(fields[0]), bool(fields[1]),
                Integer.parseInt(fields[2]), Integer.parseInt(fields[3]),
                Long.parseLong(fields[4]), fields[5], uses, bool(fields[6]), bool(fields[7]),
                bool(fields[8]));
    }

    /** Strict: Boolean.parseBoolean would read any garbage as false (a proof "open"). */
    private static boolean bool(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("not true or false: " + text);
        };
    }
}
