package org.annaref.cli.npy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The NumPy {@code .npz} format: a zip archive (stored or deflated, as {@code numpy.savez} and
 * {@code numpy.savez_compressed} write it) of {@code name.npy} entries.
 */
public final class Npz {
    /** No entry may inflate beyond this many bytes (2 GiB: the largest array we can hold). */
    private static final long MAX_ENTRY = Integer.MAX_VALUE - 8;

    private Npz() {
    }

    /** Every array in the archive, by name (entry name without ".npy"), in archive order. */
    public static Map<String, NpyArray> read(Path file) {
        String source = file.getFileName().toString();
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!name.endsWith(".npy") || name.contains("/")) {
                    throw new NpyFormatException(source, "entry '" + name + "' is not a .npy array");
                }
                String arrayName = name.substring(0, name.length() - 4);
                try (InputStream in = zip.getInputStream(entry)) {
                    arrays.put(arrayName, Npy.read(readAll(in, source + ":" + arrayName),
                            source + ":" + arrayName));
                }
            }
        } catch (ZipException e) {
            throw new NpyFormatException(source, "not a valid .npz (zip) archive: " + e.getMessage());
        } catch (IOException e) {
            throw new NpyFormatException(source, "cannot be read: " + e.getMessage());
        }
        return arrays;
    }

    private static byte[] readAll(InputStream in, String source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > MAX_ENTRY) {
                throw new NpyFormatException(source, "entry inflates beyond " + MAX_ENTRY
                        + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The archive bytes holding {@code arrays} (deflated entries, as numpy.savez_compressed). */
    public static byte[] write(Map<String, NpyArray> arrays) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, NpyArray> e : arrays.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey() + ".npy"));
                zip.write(Npy.write(e.getValue()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException("writing an in-memory zip failed", e);
        }
        return bytes.toByteArray();
    }
}
