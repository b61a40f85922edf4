package org.annaref.mpc;

/** The frame kinds of every protocol (one namespace, so a stale frame is never misread). */
final class Kind {
    private Kind() {
    }

    // Sorting (SampleSort): records of a segment, samples, splitters, halting flag, fix-up.
    static final int REC = 1;
    static final int SAMPLE = 2;
    static final int SPLIT = 3;
    static final int FLAG = 4;
    static final int FIX = 5;
    // Tree scans (ScanTree): a node's stored children, its own subtree value, a child's value
    // on its way up, a prefix on its way down.
    static final int SCAN_NODE = 10;
    static final int SCAN_OWN = 11;
    static final int SCAN_UP = 12;
    static final int SCAN_DOWN = 13;
    // Tree reduction and broadcast (TreeReduce): partial aggregate, broadcast value.
    static final int ACC = 20;
    static final int BCAST = 21;
    // Protocol results.
    static final int OUT = 30;
    static final int TABLE_RESULT = 31;
    static final int PRED = 32;
    static final int HOP_STATE = 33;
    static final int REQ_F = 34;
    static final int REQ_G = 35;
    static final int RES_F = 36;
    static final int RES_G = 37;
    static final int TOKENS = 38;
    static final int NEIGHBOUR = 39;
}
