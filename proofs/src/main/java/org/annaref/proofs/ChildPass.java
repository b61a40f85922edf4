package org.annaref.proofs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A proof pass running in a child JVM ({@code ProofsMain --worker-results FILE ...}), so that it
 * runs alongside the pass of this JVM: KeY keeps settings in static state (the integer semantics
 * is a default choice set before loading), so two passes with different semantics cannot share
 * one JVM. The child's output (stdout and stderr) is forwarded to the log line by line, each
 * line prefixed; its results come back through a {@link ResultsFile}.
 *
 * <p>Fails loudly: a non-zero exit, a crash, or a missing or incomplete results file makes
 * {@link #results} throw, naming the exit code and the child's last lines of output.
 */
final class ChildPass implements AutoCloseable {
    private static final int TAIL_LINES = 30;

    private final Process process;
    private final Path resultsFile;
    private final Thread forwarder;
    private final Thread killOnExit;
    private final Deque<String> tail = new ArrayDeque<>();

    private ChildPass(Process process, Path resultsFile, String prefix, PrintStream log) {
        this.process = process;
        this.resultsFile = resultsFile;
        this.forwarder = new Thread(() -> forward(prefix, log), "child-pass-output");
        this.forwarder.setDaemon(true);
        this.forwarder.start();
        // If this JVM is stopped (Surefire's timeout, Ctrl-C), the child must not prove on.
        this.killOnExit = new Thread(process::destroyForcibly, "child-pass-kill");
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts {@code command}, which must write its results to {@code resultsFile} (deleted
     * first, so that a stale file from an earlier run is never read).
     */
    static ChildPass start(List<String> command, Path resultsFile, String prefix,
            PrintStream log) {
        try {
            Files.deleteIfExists(resultsFile);
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            return new ChildPass(process, resultsFile, prefix, log);
        } catch (IOException e) {
            throw new UncheckedIOException("starting " + command, e);
        }
    }

    /** Waits for the child to end and returns its results; an exception if it failed. */
    List<ProofResult> results() {
        int exit;
        try {
            exit = process.waitFor();
            forwarder.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for " + process.info(), e);
        }
        if (exit != 0) {
            throw failure("exited with code " + exit, null);
        }
        try {
            return ResultsFile.read(resultsFile);
        } catch (IOException | IllegalArgumentException e) {
            throw failure("exited with code 0, but its results could not be read (" + e + ")",
                    e);
        }
    }

    private IllegalStateException failure(String what, Exception cause) {
        String lines;
        synchronized (tail) {
            lines = String.join("\n", tail);
        }
        return new IllegalStateException("the proof pass in the child JVM " + what
                + "; its last lines of output:\n" + lines, cause);
    }

    private void forward(String prefix, PrintStream log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                process.getInputStream()))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                log.println(prefix + line);
                synchronized (tail) {
                    tail.addLast(line);
                    if (tail.size() > TAIL_LINES) {
                        tail.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            // The pipe closes when the child is killed (close()); nothing left to forward.
        }
    }

    /** Kills the child if it still runs (the pass of this JVM failed, or results() did). */
    @Override
    public void close() {
        process.destroyForcibly();
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException shuttingDown) {
            // The hook runs anyway.
        }
    }
}
