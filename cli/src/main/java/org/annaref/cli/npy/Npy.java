package org.annaref.cli.npy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NumPy {@code .npy} format (versions 1.0, 2.0 and 3.0), strictly:
 * magic {@code \x93NUMPY}, version, header length (2 bytes in 1.0, 4 in 2.0/3.0, little endian),
 * a header that is a Python dict literal with exactly the keys 'descr', 'fortran_order' and
 * 'shape', then the data, nothing after it.
 *
 * <p>Read: float64 and float32 ({@code <f8 >f8 <f4 >f4}), signed integers ({@code <i8 >i8 <i4
 * >i4 |i1}), unsigned bytes ({@code |u1}) and unicode ({@code <U n}); C order only. Every other
 * input is rejected with a {@link NpyFormatException} that says what is wrong, before any large
 * allocation (the declared size is checked against the bytes present). Write: version 1.0, little
 * endian, float64 / int64 / unicode, header padded to a multiple of 64 bytes as NumPy does.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern ENTRY = Pattern.compile(
            "\\s*'(descr|fortran_order|shape)'\\s*:\\s*('[^']*'|True|False|\\([^)]*\\))\\s*(,|$)");
    private static final Pattern DESCR = Pattern.compile("([<>|=])([fiuU])(\\d+)");
    private static final int MAX_HEADER = 1 << 16;

    private Npy() {
    }

    /** Parses one .npy file's bytes; {@code source} names it in messages. */
    public static NpyArray read(byte[] bytes, String source) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 10) {
            throw new NpyFormatException(source, "not a .npy file (only " + bytes.length
                    + " bytes)");
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[i] != MAGIC[i]) {
                throw new NpyFormatException(source, "not a .npy file (bad magic number)");
            }
        }
        int major = bytes[6];
        int minor = bytes[7];
        if (major < 1 || major > 3 || minor != 0) {
            throw new NpyFormatException(source, "unsupported .npy version " + major + "." + minor);
        }
        in.position(8);
        if (major > 1 && bytes.length < 12) {
            throw new NpyFormatException(source, "not a .npy file (only " + bytes.length
                    + " bytes for a version " + major + " header)");
        }
        long headerLength = major == 1 ? (in.getShort() & 0xFFFF) : (in.getInt() & 0xFFFFFFFFL);
        int headerStart = in.position();
        if (headerLength > MAX_HEADER || headerStart + headerLength > bytes.length) {
            throw new NpyFormatException(source, "header length " + headerLength
                    + " runs past the end of the file (" + bytes.length + " bytes)");
        }
        String header = new String(bytes, headerStart, (int) headerLength,
                major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Header h = parseHeader(header, source);
        long count = 1;
        for (int d : h.shape) {
            count *= d;
            if (count > Integer.MAX_VALUE - 8) {
                throw new NpyFormatException(source, "shape " + h.shapeText + " has more than "
                        + (Integer.MAX_VALUE - 8) + " elements");
            }
        }
        long dataStart = headerStart + headerLength;
        long expected = count * h.itemSize;
        long present = bytes.length - dataStart;
        if (present < expected) {
            throw new NpyFormatException(source, "truncated: shape " + h.shapeText + " of dtype '"
                    + h.descr + "' needs " + expected + " data bytes, the file has " + present);
        }
        if (present > expected) {
            throw new NpyFormatException(source, "has " + (present - expected)
                    + " unexpected bytes after the data of shape " + h.shapeText);
        }
        ByteBuffer data = ByteBuffer.wrap(bytes, (int) dataStart, (int) expected)
                .order(h.order).slice().order(h.order);
        return decode(data, h, (int) count, source);
    }

    private static NpyArray decode(ByteBuffer data, Header h, int count, String source) {
        switch (h.type) {
            case 'f': {
                double[] values = new double[count];
                for (int i = 0; i < count; i++) {
                    values[i] = h.itemSize == 8 ? data.getDouble() : data.getFloat();
                }
                return NpyArray.ofDoubles(h.shape, values);
            }
            case 'i':
            case 'u': {
                long[] values = new long[count];
                for (int i = 0; i < count; i++) {
                    values[i] = switch (h.itemSize) {
                        case 8 -> data.getLong();
                        case 4 -> data.getInt();
                        default -> h.type == 'u' ? data.get() & 0xFF : data.get();
                    };
                }
                return NpyArray.ofLongs(h.shape, values);
            }
            default: {
                int chars = h.itemSize / 4;
                String[] values = new String[count];
                for (int i = 0; i < count; i++) {
                    StringBuilder text = new StringBuilder();
                    for (int c = 0; c < chars; c++) {
                        int codePoint = data.getInt();
                        if (codePoint != 0) {
                            if (!Character.isValidCodePoint(codePoint)) {
                                throw new NpyFormatException(source, "invalid unicode code point "
                                        + codePoint);
                            }
                            text.appendCodePoint(codePoint);
                        }
                    }
                    values[i] = text.toString();
                }
                return NpyArray.ofTexts(h.shape, values);
            }
        }
    }

    /** The parsed header. */
    private record Header(String descr, ByteOrder order, char type, int itemSize, int[] shape,
            String shapeText) {
    }

    private static Header parseHeader(String header, String source) {
        String text = header.strip();
        if (!header.endsWith("\n") || !text.startsWith("{") || !text.endsWith("}")) {
            throw new NpyFormatException(source, "malformed header (not a dict ending in a"
                    + " newline): " + abbreviate(header));
        }
        String body = text.substring(1, text.length() - 1);
        String descr = null;
        String fortran = null;
        String shape = null;
        Matcher m = ENTRY.matcher(body);
        int at = 0;
        while (at < body.length() && !body.substring(at).isBlank()) {
            if (!m.find(at) || m.start() != at) {
                throw new NpyFormatException(source, "malformed header: " + abbreviate(header));
            }
            String key = m.group(1);
            String value = m.group(2);
            boolean duplicate;
            if (key.equals("descr")) {
                duplicate = descr != null;
                descr = value;
            } else if (key.equals("fortran_order")) {
                duplicate = fortran != null;
                fortran = value;
            } else {
                duplicate = shape != null;
                shape = value;
            }
            if (duplicate) {
                throw new NpyFormatException(source, "header repeats '" + key + "'");
            }
            at = m.end();
        }
        if (descr == null || fortran == null || shape == null) {
            throw new NpyFormatException(source, "header lacks 'descr', 'fortran_order' or"
                    + " 'shape': " + abbreviate(header));
        }
        if (fortran.equals("True")) {
            throw new NpyFormatException(source, "Fortran order is not supported; save a C-order"
                    + " array (numpy.ascontiguousarray)");
        }
        if (!fortran.equals("False")) {
            throw new NpyFormatException(source, "fortran_order must be True or False, got "
                    + fortran);
        }
        return dtype(descr.substring(1, descr.length() - 1), shape, source);
    }

    private static Header dtype(String descr, String shapeText, String source) {
        Matcher d = DESCR.matcher(descr);
        if (!d.matches()) {
            throw new NpyFormatException(source, "unsupported dtype '" + descr + "' (use float64"
                    + " or float32 for arrays of numbers)");
        }
        char type = d.group(2).charAt(0);
        int size;
        try {
            size = Integer.parseInt(d.group(3));
        } catch (NumberFormatException e) {
            throw new NpyFormatException(source, "unsupported dtype '" + descr + "'");
        }
        boolean supported = switch (type) {
            case 'f' -> size == 4 || size == 8;
            case 'i' -> size == 1 || size == 4 || size == 8;
            case 'u' -> size == 1;
            default -> size >= 1 && size <= 4096;
        };
        if (!supported) {
            throw new NpyFormatException(source, "unsupported dtype '" + descr + "' (use float64"
                    + " or float32 for arrays of numbers)");
        }
        int itemSize = type == 'U' ? 4 * size : size;
        ByteOrder order = d.group(1).equals(">") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        return new Header(descr, order, type, itemSize, parseShape(shapeText, source), shapeText);
    }

    private static int[] parseShape(String text, String source) {
        String inner = text.substring(1, text.length() - 1).strip();
        List<Integer> dims = new ArrayList<>();
        if (!inner.isEmpty()) {
            String[] parts = inner.split(",", -1);
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i].strip();
                if (part.endsWith("L")) {
                    part = part.substring(0, part.length() - 1);
                }
                if (part.isEmpty() && i == parts.length - 1 && i > 0) {
                    break;
                }
                if (!part.matches("\\d{1,10}")) {
                    throw new NpyFormatException(source, "malformed shape " + text);
                }
                long value = Long.parseLong(part);
                if (value > Integer.MAX_VALUE - 8) {
                    throw new NpyFormatException(source, "dimension " + value + " in shape " + text
                            + " is too large");
                }
                dims.add((int) value);
            }
        }
        int[] shape = new int[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = dims.get(i);
        }
        return shape;
    }

    private static String abbreviate(String header) {
        String oneLine = header.replace("\n", "\\n");
        return oneLine.length() > 120 ? oneLine.substring(0, 120) + "..." : oneLine;
    }

    /** The bytes of {@code array} as a version 1.0 .npy file. */
    public static byte[] write(NpyArray array) {
        String descr;
        int itemSize;
        switch (array.kind()) {
            case FLOAT -> {
                descr = "<f8";
                itemSize = 8;
            }
            case INTEGER -> {
                descr = "<i8";
                itemSize = 8;
            }
            default -> {
                int width = 1;
                for (String s : array.texts()) {
                    width = Math.max(width, s.codePointCount(0, s.length()));
                }
                descr = "<U" + width;
                itemSize = 4 * width;
            }
        }
        String dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': "
                + array.describeShape() + ", }";
        int unpadded = MAGIC.length + 2 + 2 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        ByteBuffer out = ByteBuffer.allocate(MAGIC.length + 4 + header.length()
                + array.size() * itemSize).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        out.put(header.getBytes(StandardCharsets.ISO_8859_1));
        switch (array.kind()) {
            case FLOAT -> {
                for (double v : array.doubles()) {
                    out.putDouble(v);
                }
            }
            case INTEGER -> {
                for (long v : array.longs()) {
                    out.putLong(v);
                }
            }
            default -> {
                int width = itemSize / 4;
                for (String s : array.texts()) {
                    int written = 0;
                    for (int i = 0; i < s.length(); i = s.offsetByCodePoints(i, 1)) {
                        out.putInt(s.codePointAt(i));
                        written++;
                    }
                    for (; written < width; written++) {
                        out.putInt(0);
                    }
                }
            }
        }
        return out.array();
    }
}
