package org.annaref.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.annaref.bench.PlantedAtScale;
import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.anna.AnnaAlgorithm2;
import org.annaref.reference.lsh.HyperplaneFamily;
import org.annaref.spec.TableParams;
import org.annaref.twin.TwinAnna;
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

/**
 * One concept: ANNA (Algorithm 2) at N = n, m = 64, hyperplane l x z, the twin and the
 * reference on the same tables. The headline point is N = 16384, l = 16, z = 8.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class AnnaBenchmark {
    @Param({"16384"})
    int keys;

    @Param({"16"})
    int tables;

    @Param({"8"})
    int hashesPerTable;

    private PlantedAtScale input;
    private TwinAnna twin;
    private AnnaAlgorithm2 reference;

    @Setup
    public void setUp() {
        input = PlantedAtScale.generate(keys, 64, 64, 0.25, 3.0, 1);
        HashTables tablesSampled = HashTables.sample(new HyperplaneFamily(), 64,
                new TableParams(tables, hashesPerTable, 7));
        twin = new TwinAnna(tablesSampled);
        reference = new AnnaAlgorithm2(tablesSampled);
    }

    @Benchmark
    public void twin(Blackhole sink) {
        sink.consume(twin.attend(input.q(), input.k(), input.v()));
    }

    @Benchmark
    public void reference(Blackhole sink) {
        sink.consume(reference.attend(input.q(), input.k(), input.v()));
    }
}
