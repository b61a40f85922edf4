package org.annaref.mpc;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Fixed-width records for sorting: {@code keyWords} words of key, one word of origin (a unique
 * index: ties of equal keys are broken by it, so all records are distinct), then
 * {@code payloadWords} words carried along. Records compare lexicographically on key then origin,
 * each word as a signed long.
 */
public record RecordFormat(int keyWords, int payloadWords) {
    public RecordFormat {
        if (keyWords < 1 || payloadWords < 0) {
            throw new IllegalArgumentException("record format needs >= 1 key word and >= 0 payload"
                    + " words, got " + keyWords + ", " + payloadWords);
        }
    }

    /** Words per record. */
    public int width() {
        return keyWords + 1 + payloadWords;
    }

    /** Words compared: key and origin. */
    public int compareWords() {
        return keyWords + 1;
    }

    /** Compares the first {@code words} words of two records. */
    static int compare(long[] a, int ai, long[] b, int bi, int words) {
        for (int t = 0; t < words; t++) {
            int c = Long.compare(a[ai + t], b[bi + t]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Record i of a packed array. */
    long[] record(long[] records, int i) {
        return Arrays.copyOfRange(records, i * width(), (i + 1) * width());
    }

    /** The records of a packed array, sorted by key and origin (a local computation). */
    long[] sorted(long[] records) {
        int w = width();
        int n = records.length / w;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        int cw = compareWords();
        Arrays.sort(order, Comparator.comparing((Integer i) -> i,
                (x, y) -> compare(records, x * w, records, y * w, cw)));
        long[] out = new long[records.length];
        for (int i = 0; i < n; i++) {
            System.arraycopy(records, order[i] * w, out, i * w, w);
        }
        return out;
    }
}
