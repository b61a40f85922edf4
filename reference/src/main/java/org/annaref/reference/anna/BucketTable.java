package org.annaref.reference.anna;

import org.annaref.reference.amplify.TableHash;
import org.annaref.reference.index.TupleGroups;
import org.annaref.spec.Matrix;

/**
 * One built hash table of Algorithm 1: the keys grouped by bucket key g_t(k_j), and per bucket b
 * the value sum S_t[b] (members in increasing j, from +0.0) and the count C_t[b].
 */
final class BucketTable {
    private final /*@ spec_public @*/ TableHash hash;
    private final /*@ spec_public @*/ TupleGroups groups;
    private final /*@ spec_public @*/ double[] sums;
    private final /*@ spec_public @*/ int valueCols;

    /*@ private normal_behavior
      @ ensures this.hash == hash && this.groups == groups && this.sums == sums
      @     && this.valueCols == valueCols;
      @ assignable \nothing;
      @*/
    private BucketTable(TableHash hash, TupleGroups groups, double[] sums, int valueCols) {
        this.hash = hash;
        this.groups = groups;
        this.sums = sums;
        this.valueCols = valueCols;
    }

    /*@ public behavior
      @ requires hash != null && keys != null && values != null;
      @ requires \invariant_for(hash) && \invariant_for(keys) && \invariant_for(values);
      @ requires keys.cols == hash.dim && keys.rows == values.rows;
      @ ensures \result.hash == hash;
      @ signals_only IllegalArgumentException;
      @*/
    /** Hashes every key with g_t and sums the values per bucket. */
    static BucketTable build(TableHash hash, Matrix keys, Matrix values) {
        long[] bucketKeys = hash.bucketKeys(keys);
        TupleGroups groups = TupleGroups.build(bucketKeys, hash.width(), keys.rows());
        // Read before sumRows, whose contract names no assignable locations: after it, KeY
        // no longer knows the invariant that cols() needs.
        int valueCols = values.cols();
        return new BucketTable(hash, groups, groups.sumRows(values), valueCols);
    }

    /** The table's key function g_t. */
    TableHash hash() {
        return hash;
    }

    /** The buckets, as runs of equal bucket keys. */
    TupleGroups groups() {
        return groups;
    }

    /** The bucket whose key is {@code key[offset .. offset + width - 1]}, or -1. */
    int lookup(long[] key, int offset) {
        return groups.find(key, offset);
    }

    /** C_t[b]. */
    int count(int bucket) {
        return groups.count(bucket);
    }

    /** S_t[b][t]. */
    double sum(int bucket, int column) {
        return sums[bucket * valueCols + column];
    }
}
