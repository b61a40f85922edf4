package org.annaref.cli.npy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.annaref.spec.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written by NumPy 2.4 (src/test/resources/npy), and our own writer's output. */
class NpyTest {
    private static final double[] VALUES = {1.5, -2.0, 3.25, 0.0, -0.0, 1e-300};

    static byte[] fixture(String name) {
        try (InputStream in = NpyTest.class.getResourceAsStream("/npy/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path fixtureFile(Path dir, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, fixture(name));
        return file;
    }

    private static String rejection(String name) {
        return assertThrows(NpyFormatException.class, () -> Npy.read(fixture(name), name))
                .getMessage();
    }

    @Test
    void readsNumpyFloat64Float32BigEndianAndVersion2() {
        for (String name : new String[] {"f8_2x3.npy", "be_f8_2x3.npy", "v2_2x3.npy"}) {
            NpyArray a = Npy.read(fixture(name), name);
            assertArrayEquals(new int[] {2, 3}, a.shape(), name);
            assertArrayEquals(VALUES, a.doubles(), 0.0, name);
            assertEquals(Double.doubleToRawLongBits(-0.0),
                    Double.doubleToRawLongBits(a.doubles()[4]), "negative zero survives");
        }
        NpyArray f4 = Npy.read(fixture("f4_2x3.npy"), "f4");
        for (int i = 0; i < VALUES.length; i++) {
            assertEquals((double) (float) VALUES[i], f4.doubles()[i], 0.0);
        }
        assertArrayEquals(new long[] {1, -2, 3}, Npy.read(fixture("i8_vec.npy"), "i8").longs());
        assertEquals(0, Npy.read(fixture("f8_empty_rows.npy"), "e").size());
    }

    @Test
    void rejectsWhatItCannotUseWithAReason() {
        assertTrue(rejection("fortran_2x3.npy").contains("Fortran order"));
        assertTrue(rejection("bool_2x3.npy").contains("unsupported dtype '|b1'"));
        assertTrue(rejection("c16_2x3.npy").contains("unsupported dtype '<c16'"));
        byte[] good = fixture("f8_2x3.npy");
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 5);
        assertTrue(assertThrows(NpyFormatException.class, () -> Npy.read(truncated, "t.npy"))
                .getMessage().contains("truncated: shape (2, 3) of dtype '<f8' needs 48 data bytes, the"
                        + " file has 43"));
        byte[] longer = java.util.Arrays.copyOf(good, good.length + 8);
        assertTrue(assertThrows(NpyFormatException.class, () -> Npy.read(longer, "l.npy"))
                .getMessage().contains("8 unexpected bytes"));
        byte[] notNpy = "hello, world".getBytes(StandardCharsets.US_ASCII);
        assertTrue(assertThrows(NpyFormatException.class, () -> Npy.read(notNpy, "x.npy"))
                .getMessage().contains("bad magic"));
    }

    @Test
    void rejectsMalformedHeaders() {
        String[] headers = {
            "{'descr': '<f8', 'shape': (2, 3), }",
            "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), 'extra': 1}",
            "{'descr': '<f8', 'fortran_order': Maybe, 'shape': (2, 3), }",
            "{'descr': '<f8', 'fortran_order': False, 'shape': (2, -3), }",
            "{'descr': '<f8', 'fortran_order': False, 'shape': (99999999999, 3), }",
            "{'descr': '<f8', 'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }",
            "['descr', '<f8']",
            "{'descr': 'f8', 'fortran_order': False, 'shape': (2, 3), }",
        };
        for (String header : headers) {
            byte[] file = withHeader(header, new byte[48]);
            NpyFormatException e = assertThrows(NpyFormatException.class,
                    () -> Npy.read(file, "h.npy"), header);
            assertTrue(e.getMessage().startsWith("h.npy: "), e.getMessage());
        }
        byte[] huge = withHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (65536, 65536), }",
                new byte[8]);
        assertTrue(assertThrows(NpyFormatException.class, () -> Npy.read(huge, "big.npy"))
                .getMessage().contains("more than"));
    }

    static byte[] withHeader(String dict, byte[] data) {
        String header = dict + " ".repeat((64 - (10 + dict.length() + 1) % 64) % 64) + "\n";
        byte[] h = header.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = new byte[10 + h.length + data.length];
        byte[] magic = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
        System.arraycopy(magic, 0, out, 0, 8);
        out[8] = (byte) h.length;
        out[9] = (byte) (h.length >> 8);
        System.arraycopy(h, 0, out, 10, h.length);
        System.arraycopy(data, 0, out, 10 + h.length, data.length);
        return out;
    }

    @Test
    void writerOutputRoundTripsAndMatchesNumpysHeaderLayout() {
        NpyArray a = NpyArray.ofDoubles(new int[] {2, 3}, VALUES);
        byte[] bytes = Npy.write(a);
        assertArrayEquals(fixture("f8_2x3.npy"), bytes, "byte-identical to numpy.save");
        assertArrayEquals(VALUES, Npy.read(bytes, "w").doubles(), 0.0);
        NpyArray longs = NpyArray.ofLongs(new int[] {3}, new long[] {1, -2, 3});
        assertArrayEquals(fixture("i8_vec.npy"), Npy.write(longs));
        NpyArray text = NpyArray.ofText("hyperplane");
        assertEquals("hyperplane", Npy.read(Npy.write(text), "t").texts()[0]);
        assertEquals(0, Npy.read(Npy.write(text), "t").shape().length);
    }

    @Test
    void readsNumpyArchivesStoredAndCompressed(@TempDir Path dir) throws IOException {
        Map<String, NpyArray> plain = Npz.read(fixtureFile(dir, "plain.npz"));
        assertEquals(java.util.List.of("x", "n", "name"), java.util.List.copyOf(plain.keySet()));
        assertArrayEquals(VALUES, plain.get("x").doubles(), 0.0);
        assertEquals("hyperplane", plain.get("name").texts()[0]);
        Map<String, NpyArray> compressed = Npz.read(fixtureFile(dir, "compressed.npz"));
        assertArrayEquals(new long[] {7, 8}, compressed.get("n").longs());
        Map<String, NpyArray> ours = new LinkedHashMap<>();
        ours.put("a", NpyArray.ofDoubles(new int[] {2, 3}, VALUES));
        ours.put("b", NpyArray.ofLongs(new int[] {0}, new long[0]));
        Path file = dir.resolve("ours.npz");
        ArrayFiles.writeNpz(file, ours);
        Map<String, NpyArray> back = Npz.read(file);
        assertArrayEquals(VALUES, back.get("a").doubles(), 0.0);
        assertEquals(0, back.get("b").size());
        Path junk = dir.resolve("junk.npz");
        Files.writeString(junk, "not a zip");
        assertTrue(assertThrows(NpyFormatException.class, () -> Npz.read(junk)).getMessage()
                .startsWith("junk.npz: "));
    }

    @Test
    void matricesNameFileAndEntryAtFault(@TempDir Path dir) throws IOException {
        Matrix m = ArrayFiles.readMatrix(fixtureFile(dir, "f4_2x3.npy"), "Q");
        assertEquals(2, m.rows());
        assertEquals(3, m.cols());
        assertTrue(assertThrows(NpyFormatException.class,
                () -> ArrayFiles.readMatrix(fixtureFile(dir, "f8_nan.npy"), "K")).getMessage()
                .contains("f8_nan.npy (K): entry [0][1] is NaN"));
        assertTrue(assertThrows(NpyFormatException.class,
                () -> ArrayFiles.readMatrix(fixtureFile(dir, "f8_3d.npy"), "V")).getMessage()
                .contains("must be 2-dimensional"));
        assertTrue(assertThrows(NpyFormatException.class,
                () -> ArrayFiles.readMatrix(fixtureFile(dir, "i8_vec.npy"), "V")).getMessage()
                .contains("use float64 or float32"));
        assertTrue(assertThrows(NpyFormatException.class,
                () -> ArrayFiles.readMatrix(dir.resolve("missing.npy"), "Q")).getMessage()
                .contains("no such file"));
        assertEquals(0, ArrayFiles.readMatrix(fixtureFile(dir, "f8_empty_rows.npy"), "K").rows());
    }

    @Test
    void atomicWritesLeaveNothingBehindOnFailure(@TempDir Path dir) throws IOException {
        Path missingFolder = dir.resolve("nope/out.npy");
        assertThrows(IllegalArgumentException.class, () -> ArrayFiles.writeAtomically(missingFolder,
                new byte[] {1}));
        Path target = dir.resolve("out.npy");
        ArrayFiles.writeAtomically(target, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file left");
        }
    }
}
