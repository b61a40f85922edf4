package org.annaref.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.annaref.bench.PlantedAtScale;
import org.annaref.reference.attention.AttentionMask;
import org.annaref.twin.TwinSoftmax;
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

/** One concept: the twin's exact softmax attention at N = n, m = m_v = 64, per mask. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class SoftmaxBenchmark {
    @Param({"4096", "16384"})
    int keys;

    @Param({"none", "causal"})
    String mask;

    private PlantedAtScale input;
    private TwinSoftmax softmax;

    @Setup
    public void setUp() {
        input = PlantedAtScale.generate(keys, 64, 64, 0.25, 3.0, 1);
        softmax = new TwinSoftmax(1.0, false, mask.equals("causal") ? AttentionMask.causal()
                : AttentionMask.none());
    }

    @Benchmark
    public void twinExact(Blackhole sink) {
        sink.consume(softmax.attend(input.q(), input.k(), input.v()));
    }
}
