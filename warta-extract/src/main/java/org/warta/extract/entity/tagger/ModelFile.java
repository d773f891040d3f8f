package org.warta.extract.entity.tagger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;

/**
 * The tagger's model file. A text head that {@code head} shows: the line {@value #MAGIC}, {@code #} comments (the
 * source and licence), and {@code weights VERSION LABELS COUNT}; then the weights as little-endian binary: the
 * LABELS start weights and LABELS x LABELS transition weights (doubles), the COUNT feature keys in ascending order
 * (ints) and each feature's LABELS weights (floats, feature by feature), deflated (zlib) after the head, which
 * stays readable: a third of the size, and about 20 ms to inflate. One bulk read, no parsing of numbers: the
 * gzipped text it replaces took a second to parse at start-up. Weights are rounded to two decimals when written, so
 * the same training gives the same file byte for byte.
 */
final class ModelFile {
    static final String MAGIC = "warta-tagger-model 3";
    private static final int HEAD_LIMIT = 1 << 16;

    private ModelFile() {
    }

    static TaggerModel read(InputStream in) throws IOException {
        byte[] bytes = in.readAllBytes();
        int[] at = {0};
        String first = line(bytes, at);
        if (!MAGIC.equals(first)) {
            throw new IOException("Tagger model starts with '" + shorten(first) + "', expected '" + MAGIC + "'; it is "
                    + "not a model file of this Warta version (older ones were gzipped text): retrain it with "
                    + "'warta train ner'");
        }
        String line;
        do {
            line = line(bytes, at);
        } while (line.startsWith("#"));
        String[] cols = line.split(" ");
        int c = BioLabel.COUNT;
        if (cols.length != 4 || !cols[0].equals("weights") || !cols[2].equals(String.valueOf(c))) {
            throw new IOException("Tagger model line '" + shorten(line) + "' is malformed; expected 'weights "
                    + Features.VERSION + " " + c + " COUNT'; retrain it with 'warta train ner'");
        }
        if (!cols[1].equals(String.valueOf(Features.VERSION))) {
            throw new IOException("Tagger model has feature version '" + cols[1] + "', expected " + Features.VERSION
                    + "; retrain it with 'warta train ner'");
        }
        long count = Long.parseLong(cols[3]);
        long expected = 8L * (c + (long) c * c) + 4L * count * (1 + c);
        byte[] raw = count < 0 ? null : inflated(bytes, at[0], expected);
        if (raw == null) {
            throw new IOException("Tagger model is cut short or too long: its " + (bytes.length - at[0]) + " bytes "
                    + "of deflated weights do not hold the " + expected + " expected for " + count + " features; "
                    + "rebuild warta or retrain it with 'warta train ner'");
        }
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        double[] start = new double[c];
        double[] transition = new double[c * c];
        b.asDoubleBuffer().get(start).get(transition);
        b.position(8 * (c + c * c));
        int[] keys = new int[(int) count];
        int[] weights = new int[(int) count * c];
        b.asIntBuffer().get(keys).get(weights);
        return new TaggerModel(keys, weights, start, transition);
    }

    /** Writes the model, leaving out weights below {@code prune} in size and features left with none. */
    static void write(OutputStream out, List<String> header, Map<Integer, double[]> features, double[] start,
                      double[] transition, double prune) throws IOException {
        int c = BioLabel.COUNT;
        Map<Integer, float[]> kept = new TreeMap<>();
        for (Map.Entry<Integer, double[]> e : features.entrySet()) {
            double[] ws = e.getValue();
            if (Arrays.stream(ws).allMatch(x -> Math.abs(x) < prune)) {
                continue;
            }
            float[] w = new float[c];
            for (int y = 0; y < c; y++) {
                w[y] = Math.abs(ws[y]) < prune ? 0 : (float) rounded(ws[y]);
            }
            kept.put(e.getKey(), w);
        }
        StringBuilder head = new StringBuilder(MAGIC).append('\n');
        header.forEach(h -> head.append("# ").append(h.replace('\n', ' ')).append('\n'));
        head.append("weights ").append(Features.VERSION).append(' ').append(c).append(' ').append(kept.size())
                .append('\n');
        ByteBuffer b = ByteBuffer.allocate(8 * (c + c * c) + 4 * kept.size() * (1 + c)).order(ByteOrder.LITTLE_ENDIAN);
        for (double x : start) {
            b.putDouble(rounded(x));
        }
        for (double x : transition) {
            b.putDouble(rounded(x));
        }
        kept.keySet().forEach(b::putInt);
        kept.values().forEach(w -> {
            for (float x : w) {
                b.putFloat(x);
            }
        });
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        DeflaterOutputStream z = new DeflaterOutputStream(out, deflater);
        z.write(b.array());
        z.finish();
        deflater.end();
        out.flush();
    }

    /** The weight rounded to two decimals as the text model wrote it ({@code %.2f}), so models stay comparable. */
    private static double rounded(double x) {
        double r = Double.parseDouble(String.format(Locale.ROOT, "%.2f", x));
        return r == 0 ? 0 : r; // no negative zero
    }

    /**
     * The weights after the head, inflated: {@code expected} bytes, or null when the stream is cut short, holds
     * more or has bytes after its end.
     */
    private static byte[] inflated(byte[] bytes, int from, long expected) throws IOException {
        if (expected < 0 || expected > Integer.MAX_VALUE - 16) {
            return null;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(bytes, from, bytes.length - from);
            byte[] raw = new byte[(int) expected + 1]; // one more, to notice a stream that holds too much
            int n = 0;
            while (!inflater.finished() && !inflater.needsInput() && n < raw.length) {
                n += inflater.inflate(raw, n, raw.length - n);
            }
            boolean whole = inflater.finished() && inflater.getRemaining() == 0 && n == expected;
            return whole ? Arrays.copyOf(raw, n) : null;
        } catch (DataFormatException e) {
            throw new IOException("Tagger model's weights are corrupt (" + e.getMessage() + "); rebuild warta or "
                    + "retrain it with 'warta train ner'", e);
        } finally {
            inflater.end();
        }
    }

    private static String line(byte[] bytes, int[] at) throws IOException {
        int from = at[0];
        int end = from;
        while (end < bytes.length && end - from < HEAD_LIMIT && bytes[end] != '\n') {
            end++;
        }
        if (end >= bytes.length || bytes[end] != '\n') {
            throw new IOException("Tagger model's text head has no line end after byte " + from + "; expected '"
                    + MAGIC + "', comments and a 'weights' line; retrain it with 'warta train ner'");
        }
        at[0] = end + 1;
        return new String(bytes, from, end - from, StandardCharsets.UTF_8);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
