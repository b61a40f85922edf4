package org.annaref.cli.npy;

/** A NumPy file that cannot be used: malformed, unsupported, truncated, or the wrong shape. */
public final class NpyFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** {@code source} names the file (and array), e.g. "Q.npy" or "H.npz:normals". */
    public NpyFormatException(String source, String problem) {
        super(source + ": " + problem);
    }
}
