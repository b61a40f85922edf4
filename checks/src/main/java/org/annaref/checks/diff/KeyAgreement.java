package org.annaref.checks.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.annaref.reference.amplify.HashTables;
import org.annaref.reference.amplify.TableHash;
import org.annaref.spec.Matrix;
import org.annaref.twin.TwinHashes;

/**
 * The hashing differential: for every point and table, the reference's bucket key
 * ({@link TableHash#bucketKey}) against the twin's ({@link TwinHashes#bucketKeys}), each
 * (point, table) pair classified by {@link BoundaryClassifier} as clear of every bucket
 * boundary or within the margin of one.
 *
 * <p>The report counts the pairs within the margin and how many of them disagree; a
 * disagreement outside the margin is a bug, listed with its point and table. Nothing is
 * accepted silently: the tests print the report and assert on its counts.
 */
public final class KeyAgreement {
    /** Counts of one comparison. */
    public record Report(int pairs, int nearPairs, int nearDisagreements,
            int clearDisagreements, List<String> examples) {
        /** True when no pair clear of every boundary disagrees. */
        public boolean agreesOutsideMargin() {
            return clearDisagreements == 0;
        }

        /** True when every pair is clear of every boundary (so all keys must be equal). */
        public boolean noneNear() {
            return nearPairs == 0;
        }

        @Override
        public String toString() {
            return pairs + " (point, table) pairs: " + (pairs - nearPairs) + " clear of every"
                    + " bucket boundary, " + nearPairs + " within the margin (" + nearDisagreements
                    + " of them disagree); " + clearDisagreements + " disagreements outside the"
                    + " margin" + (examples.isEmpty() ? "" : ": " + examples);
        }
    }

    private KeyAgreement() {
    }

    /** Compares the keys of every row of {@code points} under every table. */
    public static Report compare(HashTables reference, TwinHashes twin, Matrix points) {
        int pairs = 0;
        int near = 0;
        int nearDisagree = 0;
        int clearDisagree = 0;
        List<String> examples = new ArrayList<>();
        if (points.rows() == 0) {
            return new Report(0, 0, 0, 0, examples);
        }
        long[][] twinKeys = twin.bucketKeys(points, 0, reference.count());
        for (int t = 0; t < reference.count(); t++) {
            TableHash table = reference.table(t);
            int width = table.width();
            long[] refKeys = table.bucketKeys(points);
            for (int i = 0; i < points.rows(); i++) {
                pairs++;
                boolean equal = Arrays.equals(refKeys, i * width, (i + 1) * width, twinKeys[t],
                        i * width, (i + 1) * width);
                boolean clear = true;
                double[] x = points.row(i);
                for (int f = 0; f < table.size() && clear; f++) {
                    clear = BoundaryClassifier.determined(table.function(f), x);
                }
                if (!clear) {
                    near++;
                    nearDisagree += equal ? 0 : 1;
                } else if (!equal) {
                    clearDisagree++;
                    if (examples.size() < 5) {
                        examples.add(points.name() + "[" + i + "] table " + t + ": reference "
                                + Arrays.toString(Arrays.copyOfRange(refKeys, i * width,
                                        (i + 1) * width)) + ", twin "
                                + Arrays.toString(Arrays.copyOfRange(twinKeys[t], i * width,
                                        (i + 1) * width)));
                    }
                }
            }
        }
        return new Report(pairs, near, nearDisagree, clearDisagree, List.copyOf(examples));
    }
}
