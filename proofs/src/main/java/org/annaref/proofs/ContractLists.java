package org.annaref.proofs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The contract lists in {@code proofs/contracts/}: {@code required.txt} (contracts that must
 * close) and {@code assumed.txt} (contracts taken without proof, each with its reason).
 *
 * <p>Format: one contract id per line ({@link ContractId}); in assumed.txt the id is followed by
 * " -- " and the reason. Blank lines and lines starting with '#' are ignored.
 */
public record ContractLists(Map<ContractId, String> required, Map<ContractId, String> assumed) {
    /** Reads both lists from {@code folder}. */
    public static ContractLists read(Path folder) {
        return new ContractLists(parse(folder.resolve("required.txt"), false),
                parse(folder.resolve("assumed.txt"), true));
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
                int separator = text.indexOf(" -- ");
                String id = separator >= 0 ? text.substring(0, separator) : text;
                String reason = separator >= 0 ? text.substring(separator + 4).strip() : "";
                if (needsReason && reason.isEmpty()) {
                    throw new IllegalArgumentException(file + ":" + lineNumber
                            + ": an assumed contract needs ' -- <reason>'");
                }
                ContractId parsed;
                try {
                    parsed = ContractId.parse(id);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + lineNumber + ": "
                            + e.getMessage(), e);
                }
                if (entries.put(parsed, reason) != null) {
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
