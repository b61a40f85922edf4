package org.annaref.proofs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A work queue two JVMs share through a folder: the proofs of one list are taken, in the list's
 * order, by whichever process comes first, so neither waits while the other still has many left.
 * A process claims the proof at position i by creating the file {@code i} there (file creation is
 * atomic: exactly one process succeeds). Both must be given the same list.
 */
final class ClaimBoard {
    private final Path dir;

    private ClaimBoard(Path dir) {
        this.dir = dir;
    }

    /** An empty board in {@code dir}: created, or emptied of an earlier run's claims. */
    static ClaimBoard fresh(Path dir) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> old = Files.list(dir)) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("emptying the claim folder " + dir, e);
        }
        return new ClaimBoard(dir);
    }

    /** The board another process made fresh in {@code dir} (the child's side). */
    static ClaimBoard existing(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("claim folder " + dir + " does not exist");
        }
        return new ClaimBoard(dir);
    }

    /** The folder of the claims. */
    Path dir() {
        return dir;
    }

    /** True if this process now owns position {@code index}; false if another one took it. */
    boolean claim(int index) {
        try {
            Files.createFile(dir.resolve(Integer.toString(index)));
            return true;
        } catch (FileAlreadyExistsException taken) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("claiming proof " + index + " in " + dir, e);
        }
    }
}
