package org.annaref.twin;

import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * Splits index ranges over the cores (the common fork-join pool plus the calling thread).
 *
 * <p>Work is cut into about four chunks per thread so a slow core does not hold the others up.
 * The first exception a chunk throws is rethrown as is (not wrapped), so a bad input reported
 * from inside a parallel loop keeps its message. The system property {@value #PROPERTY} = 1
 * runs everything on the calling thread (single-core measurements).
 */
public final class Parallel {
    /** System property: number of threads; 1 means sequential. */
    public static final String PROPERTY = "annaref.twin.threads";

    private static final int THREADS = chooseThreads();

    /** A body working on the half-open range [from, to). */
    @FunctionalInterface
    public interface RangeBody {
        /** Processes indices from (inclusive) to to (exclusive). */
        void run(int from, int to);
    }

    private Parallel() {
    }

    /** Threads the twin uses. */
    public static int threads() {
        return THREADS;
    }

    private static int chooseThreads() {
        String value = System.getProperty(PROPERTY);
        int cores = Runtime.getRuntime().availableProcessors();
        if (value == null || value.isBlank()) {
            return cores;
        }
        int t = Integer.parseInt(value.trim());
        if (t < 1) {
            throw new IllegalArgumentException(PROPERTY + " must be >= 1, got " + t);
        }
        return t;
    }

    /** Runs {@code body} over [0, n) in chunks of at least {@code minChunk} indices. */
    public static void forRange(int n, int minChunk, RangeBody body) {
        if (n <= 0) {
            return;
        }
        int chunk = Math.max(Math.max(1, minChunk), (n + 4 * THREADS - 1) / (4 * THREADS));
        int chunks = (n + chunk - 1) / chunk;
        if (THREADS == 1 || chunks == 1) {
            body.run(0, n);
            return;
        }
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        IntStream.range(0, chunks).parallel().forEach(c -> {
            if (failure.get() != null) {
                return;
            }
            try {
                body.run(c * chunk, Math.min(n, (c + 1) * chunk));
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    /** Runs {@code body} once for each index in [0, n), in parallel (coarse tasks). */
    public static void forEach(int n, java.util.function.IntConsumer body) {
        forRange(n, 1, (from, to) -> {
            for (int i = from; i < to; i++) {
                body.accept(i);
            }
        });
    }
}
