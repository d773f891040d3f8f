package org.warta.store.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups near-duplicate articles (reprints of one story by several outlets) into story clusters: an article
 * joins the cluster of the most similar earlier article whose estimated Jaccard similarity of 3-shingles is
 * at least {@link #THRESHOLD}, else starts its own. Candidates come from locality-sensitive hashing: the
 * 32-value MinHash signature is cut into 8 bands of 4; articles sharing a whole band are compared. Memory:
 * 8 head tables of 2^18 ints, and per article its signature (128 bytes) and 8 chain links.
 * Not thread-safe; the store calls it under its write lock.
 */
public final class StoryClusters {
    public static final double THRESHOLD = 0.5;
    private static final int BANDS = 8;
    private static final int ROWS = MinHash.SIZE / BANDS;
    private static final int SLOT_BITS = 18;

    private final int[][] heads = new int[BANDS][1 << SLOT_BITS];
    private int[][] next = new int[BANDS][1024];
    private int[] signatures = new int[MinHash.SIZE * 1024];
    private final List<String> clusters = new ArrayList<>();

    public StoryClusters() {
        for (int[] h : heads) {
            Arrays.fill(h, -1);
        }
    }

    /** Where an article went: its cluster (an article key) and the estimated similarity to its match. */
    public record Assignment(String cluster, double similarity) {
    }

    /** Adds an article and returns its cluster; an article without a signature (null) is alone. */
    public Assignment add(String key, int[] signature) {
        if (signature == null) {
            return new Assignment(key, 1.0);
        }
        int best = -1;
        double bestSim = 0;
        for (int band = 0; band < BANDS; band++) {
            for (int o = heads[band][slot(signature, band)]; o >= 0; o = next[band][o]) {
                double sim = MinHash.similarity(signature, 0, signatures, o * MinHash.SIZE);
                if (sim >= THRESHOLD && sim > bestSim) {
                    best = o;
                    bestSim = sim;
                }
            }
        }
        Assignment a = best < 0 ? new Assignment(key, 1.0) : new Assignment(clusters.get(best), bestSim);
        remember(signature, a.cluster());
        return a;
    }

    /** Restores an article seen in an earlier run, with the cluster it was given then. */
    public void remember(int[] signature, String cluster) {
        if (signature == null) {
            return;
        }
        int o = clusters.size();
        clusters.add(cluster);
        if ((o + 1) * MinHash.SIZE > signatures.length) {
            signatures = Arrays.copyOf(signatures, signatures.length * 2);
            for (int band = 0; band < BANDS; band++) {
                next[band] = Arrays.copyOf(next[band], next[band].length * 2);
            }
        }
        System.arraycopy(signature, 0, signatures, o * MinHash.SIZE, MinHash.SIZE);
        for (int band = 0; band < BANDS; band++) {
            int s = slot(signature, band);
            next[band][o] = heads[band][s];
            heads[band][s] = o;
        }
    }

    public int size() {
        return clusters.size();
    }

    private static int slot(int[] sig, int band) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
            h = h * 0x100000001b3L + sig[band * ROWS + r];
        }
        return (int) (MinHash.mix(h) >>> (64 - SLOT_BITS));
    }
}
