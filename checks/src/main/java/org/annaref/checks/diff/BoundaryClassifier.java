package org.annaref.checks.diff;

import org.annaref.reference.lsh.CrossPolytopeHash;
import org.annaref.reference.lsh.HyperplaneHash;
import org.annaref.reference.lsh.PStableHash;
import org.annaref.spec.HashFunction;

/**
 * Decides, per function and point, whether the hash value is determined by the exact
 * projections up to the {@link ProjectionMargin}: then any two evaluations whose projections
 * respect the margin (the reference's, the twin's) give the same value. A value that is not
 * determined is "within the margin of a bucket boundary": it may legitimately differ, and the
 * differential tests count and report such points instead of comparing them.
 *
 * <ul>
 * <li>hyperplane: the sign test {@code dot >= 0} is the same at both ends of the bracket;</li>
 * <li>p-stable: {@code floor((dot + b) / w)}, computed in double as the reference does, is the
 * same at both ends (it is non-decreasing in dot: each rounding is monotone);</li>
 * <li>cross-polytope: one coordinate's |y_i| is larger than every other's over the whole
 * brackets (strictly, so no tie can arise), and its sign is fixed;</li>
 * <li>bit sampling, identity and unknown functions: no projection, always determined.</li>
 * </ul>
 */
public final class BoundaryClassifier {
    private BoundaryClassifier() {
    }

    /**
     * True when h(x) is the same for every projection within the margin. Decided on the cheap
     * {@link ProjectionMargin#outerBracket} first (a "determined" there is final, as every
     * decision here is monotone in the bracket), on the exact bracket otherwise.
     */
    public static boolean determined(HashFunction h, double[] x) {
        return determined(h, x, true) || determined(h, x, false);
    }

    private static boolean determined(HashFunction h, double[] x, boolean outer) {
        if (h instanceof HyperplaneHash) {
            double[] b = bracket(((HyperplaneHash) h).normal(), 0, x, x.length, outer);
            return b != null && (b[0] >= 0.0) == (b[1] >= 0.0);
        }
        if (h instanceof PStableHash) {
            PStableHash p = (PStableHash) h;
            double[] b = bracket(p.direction(), 0, x, x.length, outer);
            return b != null && Math.floor((b[0] + p.offset()) / p.width())
                    == Math.floor((b[1] + p.offset()) / p.width());
        }
        if (h instanceof CrossPolytopeHash) {
            return crossPolytopeDetermined((CrossPolytopeHash) h, x, outer);
        }
        return true;
    }

    /** The outer (cheap, possibly null) or the exact bracket. */
    private static double[] bracket(double[] a, int offset, double[] x, int m, boolean outer) {
        return outer ? ProjectionMargin.outerBracket(a, offset, x, 0, m)
                : ProjectionMargin.bracket(a, offset, x, 0, m);
    }

    private static boolean crossPolytopeDetermined(CrossPolytopeHash h, double[] x,
            boolean outer) {
        int outputs = h.outputs();
        int m = x.length;
        double[] rotation = h.rotation();
        double[] least = new double[outputs];
        double[] most = new double[outputs];
        double[][] brackets = new double[outputs][];
        for (int i = 0; i < outputs; i++) {
            double[] b = bracket(rotation, i * m, x, m, outer);
            if (b == null) {
                return false;
            }
            brackets[i] = b;
            least[i] = b[0] <= 0.0 && b[1] >= 0.0 ? 0.0 : Math.min(Math.abs(b[0]), Math.abs(b[1]));
            most[i] = Math.max(Math.abs(b[0]), Math.abs(b[1]));
        }
        for (int i = 0; i < outputs; i++) {
            boolean wins = true;
            for (int j = 0; j < outputs && wins; j++) {
                wins = j == i || least[i] > most[j];
            }
            if (wins) {
                return brackets[i][0] >= 0.0 || brackets[i][1] < 0.0;
            }
        }
        return false;
    }
}
