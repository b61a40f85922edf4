package org.annaref.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.annaref.bench.PlantedAtScale;
import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.spec.TableParams;
import org.annaref.twin.TwinHashes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** One concept: hyperplane bucket keys of N points for l tables of z functions (twin). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class HashingBenchmark {
    @Param({"16384"})
    int keys;

    @Param({"16", "32"})
    int tables;

    @Param({"8"})
    int hashesPerTable;

    private PlantedAtScale input;
    private TwinHashes twin;
    private TwinHashes.Prepared points;

    @Setup
    public void setUp() {
        input = PlantedAtScale.generate(keys, 64, 64, 0.25, 3.0, 1);
        HashTables reference = HashTables.sample(new HyperplaneFamily(), 64,
                new TableParams(tables, hashesPerTable, 7));
        twin = TwinHashes.of(reference);
        points = new TwinHashes.Prepared(input.q());
    }

    @Benchmark
    public void twinCompactKeys(Blackhole sink) {
        sink.consume(twin.compactKeys(points, 0, tables));
    }
}
