package org.warta.extract.entity.tagger;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The weights of a trained tagger: one weight per feature key and label ({@link WeightTable}), a weight per
 * pair of neighbouring labels and per first label. Immutable once read, so threads share it. The file is gzipped
 * TSV: {@code #} comments, {@code version N}, {@code start LABEL W}, {@code trans FROM TO W}, then one line per
 * feature, its key in hex and its seven weights.
 */
final class TaggerModel {
    private final WeightTable weights;
    private final double[] start;
    private final double[] transition;

    TaggerModel(Map<Integer, double[]> features, double[] start, double[] transition) {
        this.weights = WeightTable.of(features);
        this.start = start.clone();
        this.transition = transition.clone();
    }

    /** The best labels, as {@link BioLabel} ordinals, for a sentence's features. */
    int[] decode(Features.Rows rows) {
        int n = rows.size();
        int c = BioLabel.COUNT;
        double[] emission = new double[n * c];
        int[] k = rows.keys();
        int[] offsets = rows.offsets();
        for (int i = 0; i < n; i++) {
            for (int f = offsets[i]; f < offsets[i + 1]; f++) {
                weights.addTo(k[f], emission, i * c);
            }
        }
        return Viterbi.decode(emission, n, start, transition);
    }

    static TaggerModel read(InputStream in) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
        Map<Integer, double[]> features = new TreeMap<>();
        double[] start = new double[BioLabel.COUNT];
        double[] transition = new double[BioLabel.COUNT * BioLabel.COUNT];
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            try {
                switch (cols[0]) {
                    case "version" -> {
                        if (Integer.parseInt(cols[1]) != Features.VERSION) {
                            throw new IOException("Tagger model has feature version '" + cols[1] + "', expected "
                                    + Features.VERSION + "; retrain it with 'warta train ner'");
                        }
                    }
                    case "start" -> start[BioLabel.valueOf(cols[1]).ordinal()] = Double.parseDouble(cols[2]);
                    case "trans" -> transition[BioLabel.valueOf(cols[1]).ordinal() * BioLabel.COUNT
                            + BioLabel.valueOf(cols[2]).ordinal()] = Double.parseDouble(cols[3]);
                    default -> {
                        String[] ws = cols[1].split(" ");
                        double[] w = new double[BioLabel.COUNT];
                        for (int y = 0; y < w.length; y++) {
                            w[y] = Double.parseDouble(ws[y]);
                        }
                        features.put(Integer.parseUnsignedInt(cols[0], 16), w);
                    }
                }
            } catch (RuntimeException e) {
                throw new IOException("Tagger model line " + number + " '" + line + "' is malformed; expected "
                        + "'version N', 'start LABEL W', 'trans FROM TO W' or 'HEXKEY W1 .. W7'", e);
            }
        }
        return new TaggerModel(features, start, transition);
    }

    /** Writes the model, leaving out weights below {@code prune} in size and features left with none. */
    static void write(OutputStream out, List<String> header, Map<Integer, double[]> features, double[] start,
                      double[] transition, double prune) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        PrintWriter w = new PrintWriter(new OutputStreamWriter(gz, StandardCharsets.UTF_8));
        header.forEach(h -> w.print("# " + h + "\n"));
        w.print("version\t" + Features.VERSION + "\n");
        for (BioLabel y : BioLabel.ALL) {
            w.print("start\t" + y + "\t" + number(start[y.ordinal()]) + "\n");
        }
        for (BioLabel p : BioLabel.ALL) {
            for (BioLabel y : BioLabel.ALL) {
                w.print("trans\t" + p + "\t" + y + "\t" + number(transition[p.ordinal() * BioLabel.COUNT
                        + y.ordinal()]) + "\n");
            }
        }
        for (Map.Entry<Integer, double[]> e : new TreeMap<>(features).entrySet()) {
            double[] ws = e.getValue();
            if (Arrays.stream(ws).allMatch(x -> Math.abs(x) < prune)) {
                continue;
            }
            StringBuilder b = new StringBuilder(Integer.toHexString(e.getKey())).append('\t');
            for (int y = 0; y < ws.length; y++) {
                b.append(y > 0 ? " " : "").append(Math.abs(ws[y]) < prune ? "0" : number(ws[y]));
            }
            w.print(b.append('\n'));
        }
        w.flush();
        gz.finish();
    }

    private static String number(double x) {
        String s = String.format(Locale.ROOT, "%.2f", x);
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s.equals("-0") ? "0" : s;
    }
}
