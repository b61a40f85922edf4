package org.annaref.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annaref.checks.stats.CollisionCurve;
import org.annaref.checks.stats.CrossPolytopeCheck;
import org.annaref.checks.stats.FailureExperiment;
import org.annaref.checks.stats.Validation;
import org.annaref.cli.npy.ArrayFiles;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.Histogram;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * The PNG plots of the validation (XChart, headless): empirical against analytic collision
 * curves, cross-polytope against its independent oracle, failure rate against l with the
 * predicted curves, and the histogram of the least normalized near-key weight against its bound.
 */
final class ValidationPlots {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 600;

    private ValidationPlots() {
    }

    /** Writes every plot into {@code folder}; returns their file names. */
    static List<String> write(Validation.Outcome outcome, Path folder) {
        System.setProperty("java.awt.headless", "true");
        Map<String, Chart<?, ?>> charts = new LinkedHashMap<>();
        for (CollisionCurve curve : outcome.curves()) {
            charts.put("collision-" + curve.family() + ".png", collisionCurve(curve));
        }
        if (!outcome.crossPolytope().isEmpty()) {
            charts.put("collision-crosspolytope.png", crossPolytope(outcome.crossPolytope()));
        }
        if (!outcome.failureVsL().isEmpty()) {
            charts.put("failure-vs-l.png", failureVsL(outcome.failureVsL()));
        }
        if (!outcome.failureRuns().isEmpty()) {
            charts.put("min-weights.png", minWeights(outcome.failureRuns()));
        }
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Chart<?, ?>> e : charts.entrySet()) {
            try {
                ArrayFiles.writeAtomically(folder.resolve(e.getKey()),
                        BitmapEncoder.getBitmapBytes(e.getValue(), BitmapEncoder.BitmapFormat.PNG));
            } catch (IOException ex) {
                throw new IllegalArgumentException(folder.resolve(e.getKey())
                        + ": cannot be written: " + ex.getMessage(), ex);
            }
            names.add(e.getKey());
        }
        return names;
    }

    private static XYChart collisionCurve(CollisionCurve curve) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(curve.family() + ": collision probability against distance")
                .xAxisTitle("Euclidean distance d").yAxisTitle("Pr[h(x) = h(y)]").build();
        List<CollisionCurve.Point> points = curve.points();
        int n = points.size();
        double[] d = new double[n];
        double[] rate = new double[n];
        double[] error = new double[n];
        double[] analytic = new double[n];
        for (int i = 0; i < n; i++) {
            CollisionCurve.Point p = points.get(i);
            d[i] = p.distance();
            rate[i] = p.rate();
            error[i] = Math.max(p.rate() - p.low(), p.high() - p.rate());
            analytic[i] = p.expected();
        }
        chart.addSeries("closed form p(d)", d, analytic)
                .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.addSeries("empirical (Clopper-Pearson bars)", d, rate, error)
                .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        return chart;
    }

    private static XYChart crossPolytope(List<CrossPolytopeCheck.Point> points) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("crosspolytope: reference against an independent Monte Carlo")
                .xAxisTitle("Euclidean distance d").yAxisTitle("Pr[h(x) = h(y)]").build();
        int n = points.size();
        double[] d = new double[n];
        double[] mine = new double[n];
        double[] oracle = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = points.get(i).distance();
            mine[i] = points.get(i).rate();
            oracle[i] = points.get(i).oracleRate();
        }
        chart.addSeries("independent oracle", d, oracle)
                .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.addSeries("reference", d, mine)
                .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        return chart;
    }

    private static XYChart failureVsL(List<FailureExperiment> runs) {
        FailureExperiment first = runs.get(0);
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("ANNA failure rate against l (z = " + first.z() + ", clean planted instance)")
                .xAxisTitle("tables l").yAxisTitle("fraction of runs with a violated row").build();
        int n = runs.size();
        double[] l = new double[n];
        double[] observed = new double[n];
        double[] bound = new double[n];
        double[] estimate = new double[n];
        for (int i = 0; i < n; i++) {
            FailureExperiment e = runs.get(i);
            l[i] = e.l();
            observed[i] = (double) e.failures() / e.runs();
            bound[i] = Math.min(1.0, e.bound());
            estimate[i] = e.estimate();
        }
        chart.getStyler().setXAxisLogarithmic(true);
        chart.addSeries("union bound (MATH.md section 2)", l, bound)
                .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.addSeries("independence estimate", l, estimate)
                .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.addSeries("observed", l, observed)
                .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        return chart;
    }

    private static CategoryChart minWeights(List<FailureExperiment> runs) {
        List<Double> minima = new ArrayList<>();
        for (FailureExperiment e : runs) {
            for (double m : e.minNormalizedWeights()) {
                if (Double.isFinite(m)) {
                    minima.add(m);
                }
            }
        }
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("least normalized near-key weight per run (the bound is 1: the first bar,"
                        + " [0, w), holds violations)")
                .xAxisTitle("least w_ij ((|N(q_i, cr)| - 1) l + 1) in a run (bar: lower edge)")
                .yAxisTitle("runs").build();
        double max = minima.stream().mapToDouble(Double::doubleValue).max().orElse(2.0);
        // Bins of a whole width w starting at 0, so that 1 is always a bin edge.
        int width = (int) Math.max(1, Math.ceil(Math.ceil(max + 1) / 40));
        int bins = (int) Math.ceil((max + 1) / width);
        Histogram histogram = new Histogram(minima.isEmpty() ? List.of(1.0) : minima, bins, 0.0,
                (double) bins * width);
        List<Double> edges = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            edges.add((double) b * width);
        }
        chart.addSeries("runs", edges, histogram.getyAxisData());
        chart.getStyler().setXAxisDecimalPattern("0");
        return chart;
    }
}
