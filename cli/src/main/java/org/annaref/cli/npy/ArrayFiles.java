package org.annaref.cli.npy;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.annaref.spec.Matrix;

/**
 * Matrices in and out of NumPy files, with messages that name the file, the array and the value
 * at fault. Outputs are written to a temporary file in the target's folder and renamed into place
 * only when complete, so a failed run never leaves a half-written file.
 */
public final class ArrayFiles {
    private ArrayFiles() {
    }

    /** The raw bytes of {@code file}, or a message naming it. */
    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NpyFormatException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new NpyFormatException(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /**
     * A 2-D float64 or float32 .npy file as a matrix named {@code role} (e.g. "Q"); rejects other
     * dtypes, other ranks, empty widths, NaN and infinities, naming the entry.
     */
    public static Matrix readMatrix(Path file, String role) {
        String source = file.getFileName() + " (" + role + ")";
        NpyArray array = Npy.read(bytes(file), source);
        return toMatrix(array, source, role + " [" + file.getFileName() + "]");
    }

    /** A 2-D float array as a matrix named {@code name}; see {@link #readMatrix}. */
    public static Matrix toMatrix(NpyArray array, String source, String name) {
        if (array.kind() != NpyArray.Kind.FLOAT) {
            throw new NpyFormatException(source, "has dtype " + array.kind().name().toLowerCase()
                    + "; use float64 or float32");
        }
        int[] shape = array.shape();
        if (shape.length != 2) {
            throw new NpyFormatException(source, "must be 2-dimensional (rows x width), has shape "
                    + array.describeShape());
        }
        if (shape[1] < 1) {
            throw new NpyFormatException(source, "has shape " + array.describeShape()
                    + "; the width must be at least 1");
        }
        double[] values = array.doubles();
        for (int p = 0; p < values.length; p++) {
            if (!Double.isFinite(values[p])) {
                throw new NpyFormatException(source, "entry [" + p / shape[1] + "][" + p % shape[1]
                        + "] is " + values[p] + "; every entry must be finite");
            }
        }
        return new Matrix(name, shape[0], shape[1], values);
    }

    /** Writes {@code matrix} as a float64 .npy file, atomically. */
    public static void writeMatrix(Path file, Matrix matrix) {
        writeAtomically(file, Npy.write(NpyArray.ofDoubles(new int[] {matrix.rows(), matrix.cols()},
                matrix.toArray())));
    }

    /** Writes {@code arrays} as a .npz archive, atomically. */
    public static void writeNpz(Path file, Map<String, NpyArray> arrays) {
        writeAtomically(file, Npz.write(arrays));
    }

    /** Writes {@code content} to a temporary sibling of {@code file}, then renames it into place. */
    public static void writeAtomically(Path file, byte[] content) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        Path temporary = null;
        try {
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException(file + ": the folder " + folder
                        + " does not exist");
            }
            temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be written: " + e.getMessage(), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after the target
                }
            }
        }
    }
}
