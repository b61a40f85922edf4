package org.annaref.spec;

/**
 * The outcome of checking one query's row against a contract: valid, or the first violation
 * found, with the key, its distance, its weight and the bound it broke, so a user can see why.
 */
public final class RowVerdict {
    /** The row satisfies the contract. */
    public static final int VALID = 0;
    /** A weight or output entry is NaN or infinite. */
    public static final int NOT_FINITE = 1;
    /** A weight is negative (beyond the tolerance). */
    public static final int NEGATIVE_WEIGHT = 2;
    /** The weights sum to neither 0 nor 1 (beyond the tolerance). */
    public static final int BAD_SUM = 3;
    /** A key farther than c r from the query has positive weight. */
    public static final int WEIGHT_BEYOND_CR = 4;
    /** A key within r of the query has weight below tau_i. */
    public static final int NEAR_KEY_UNDERWEIGHT = 5;
    /** The integer weights are malformed (unsorted keys, count below 1, total not their sum). */
    public static final int MALFORMED_WEIGHTS = 6;
    /** The output row differs from the expected row (EMA) or from sum_j w_ij v_j. */
    public static final int WRONG_OUTPUT = 7;

    private final /*@ spec_public @*/ int query;
    private final /*@ spec_public @*/ int kind;
    private final /*@ spec_public @*/ int key;
    private final /*@ spec_public @*/ double distance;
    private final /*@ spec_public @*/ double weight;
    private final /*@ spec_public @*/ double bound;

    /*@ public normal_behavior
      @ requires VALID <= kind && kind <= WRONG_OUTPUT;
      @ ensures this.query == query && this.kind == kind && this.key == key;
      @*/
    private RowVerdict(int query, int kind, int key, double distance, double weight,
            double bound) {
        this.query = query;
        this.kind = kind;
        this.key = key;
        this.distance = distance;
        this.weight = weight;
        this.bound = bound;
    }

    /*@ public normal_behavior
      @ ensures \result.kind == VALID && \result.query == query;
      @*/
    /** Query {@code query} satisfies the contract. */
    public static RowVerdict valid(int query) {
        return new RowVerdict(query, VALID, -1, 0.0, 0.0, 0.0);
    }

    /*@ public normal_behavior
      @ requires NOT_FINITE <= kind && kind <= WRONG_OUTPUT;
      @ ensures \result.kind == kind && \result.query == query && \result.key == key;
      @*/
    /**
     * A violation of kind {@code kind} at key {@code key} (-1 when no single key is at fault),
     * with the key's distance, its weight (or the offending value) and the bound it broke.
     */
    public static RowVerdict violation(int query, int kind, int key, double distance,
            double weight, double bound) {
        if (kind < NOT_FINITE || kind > WRONG_OUTPUT) {
            throw new IllegalArgumentException("unknown violation kind " + kind);
        }
        return new RowVerdict(query, kind, key, distance, weight, bound);
    }

    /*@ public normal_behavior
      @ ensures \result == (kind == VALID);
      @ assignable \strictly_nothing;
      @*/
    /** True when the row satisfies the contract. */
    public boolean isValid() {
        return kind == VALID;
    }

    /*@ public normal_behavior
      @ ensures \result == query;
      @ assignable \strictly_nothing;
      @*/
    /** The query (row) index. */
    public int query() {
        return query;
    }

    /*@ public normal_behavior
      @ ensures \result == kind;
      @ assignable \strictly_nothing;
      @*/
    /** One of the kind constants of this class. */
    public int kind() {
        return kind;
    }

    /*@ public normal_behavior
      @ ensures \result == key;
      @ assignable \strictly_nothing;
      @*/
    /** The key at fault, or -1. */
    public int key() {
        return key;
    }

    /*@ public normal_behavior
      @ ensures \result == distance || (\result != \result && distance != distance);
      @ assignable \strictly_nothing;
      @*/
    /** The distance of the key at fault from the query. */
    public double distance() {
        return distance;
    }

    /*@ public normal_behavior
      @ ensures \result == weight || (\result != \result && weight != weight);
      @ assignable \strictly_nothing;
      @*/
    /** The weight (or value) found. */
    public double weight() {
        return weight;
    }

    /*@ public normal_behavior
      @ ensures \result == bound || (\result != \result && bound != bound);
      @ assignable \strictly_nothing;
      @*/
    /** The bound it broke. */
    public double bound() {
        return bound;
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** The name of a kind constant. */
    public static String kindName(int kind) {
        if (kind == VALID) {
            return "valid";
        } else if (kind == NOT_FINITE) {
            return "not finite";
        } else if (kind == NEGATIVE_WEIGHT) {
            return "negative weight";
        } else if (kind == BAD_SUM) {
            return "weights sum to neither 0 nor 1";
        } else if (kind == WEIGHT_BEYOND_CR) {
            return "weight on a key beyond cr";
        } else if (kind == NEAR_KEY_UNDERWEIGHT) {
            return "key within r below tau";
        } else if (kind == MALFORMED_WEIGHTS) {
            return "malformed weights";
        } else {
            return "wrong output";
        }
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    /** A one-line human description, e.g. for the command line's report. */
    public String describe() {
        if (kind == VALID) {
            return "query " + query + ": valid";
        }
        String at = key >= 0 ? " at key " + key + " (distance " + distance + ")" : "";
        return "query " + query + ": " + kindName(kind) + at + ": found " + weight
                + ", bound " + bound;
    }

    /*@ public normal_behavior
      @ ensures \result != null;
      @ assignable \nothing;
      @*/
    public String toString() {
        return describe();
    }
}
