package org.warta.store.cluster;

import java.util.Arrays;

/**
 * Groups near-duplicate articles (reprints of one story by several outlets) into story clusters: an article
 * joins the cluster of the most similar earlier article whose estimated Jaccard similarity of 3-shingles is
 * at least {@link #THRESHOLD}, else starts its own. Candidates come from locality-sensitive hashing: the
 * 32-value MinHash signature is cut into 8 bands of 4; articles sharing a whole band are compared, band by band
 * and newest first within a band (the first of equally similar ones wins).
 *
 * <p>A band's bucket (the articles with the same four values in that band) keeps its {@link #PER_BUCKET} newest
 * articles: an older one is compared only through the buckets where it is still among the newest. Without the bound
 * a story reprinted N times had each reprint compared with the N before, and the time per article grew with the
 * store (7 to 110 us by 60,000 bench articles); with it the time is flat. What it can change: an article whose most
 * similar earlier article has been pushed out of every bucket they share takes the most similar of those kept
 * (almost always a reprint of the same story, so the same cluster, at a similarity a little lower), or starts its own
 * cluster when none of those kept reaches the threshold (only articles near it: a reprint of a story matches the
 * story's recent reprints as well as its old ones). The README's Store section gives the counts on the bench.
 *
 * <p>Memory per article: its signature, 8 chain links and a stamp (164 bytes), its cluster as a 64-bit code (the
 * content hash naming it) and a byte; and 8 head tables growing with the store to one slot per two articles.
 * Not thread-safe; the store calls it under its write lock.
 */
public final class StoryClusters {
    public static final double THRESHOLD = 0.5;
    /** A band's bucket keeps this many newest articles. */
    static final int PER_BUCKET = 16;
    private static final int BANDS = 8;
    private static final int ROWS = MinHash.SIZE / BANDS;
    /** The least number of equal signature values that is a match: THRESHOLD of them. */
    private static final int MIN_SAME = (int) Math.ceil(THRESHOLD * MinHash.SIZE);
    private static final int MIN_SLOT_BITS = 10;
    /**
     * An article's record in {@link #articles}: the last search that compared it (a stamp), its next older article
     * in each band's chain (or -1), its signature. One record per article, so that a visit reads one place.
     */
    private static final int SEEN = 0;
    private static final int NEXT = 1;
    private static final int SIG = NEXT + BANDS;
    private static final int STRIDE = SIG + MinHash.SIZE;

    private final int perBucket;
    private int slotBits = MIN_SLOT_BITS;
    /** Per band, per slot: the newest article in the slot's chain, or -1. */
    private final int[][] heads = new int[BANDS][];
    private int[] articles;
    /** Per article, a bit per band: whether it is still in that band's chain. */
    private byte[] linked;
    private long[] clusterOf;
    private int size;
    private int stamp;
    private final ClusterCodes codes = new ClusterCodes();

    public StoryClusters() {
        this(PER_BUCKET);
    }

    /** With another bound per bucket: for tests; {@code Integer.MAX_VALUE} compares every article sharing a band. */
    StoryClusters(int perBucket) {
        if (perBucket < 1) {
            throw new IllegalArgumentException("the bound per bucket must be positive");
        }
        this.perBucket = perBucket;
        for (int band = 0; band < BANDS; band++) {
            heads[band] = new int[1 << slotBits];
            Arrays.fill(heads[band], -1);
        }
        int capacity = 1024;
        articles = new int[capacity * STRIDE];
        linked = new byte[capacity];
        clusterOf = new long[capacity];
    }

    /** Where an article went: its cluster (an article key) and the estimated similarity to its match. */
    public record Assignment(String cluster, double similarity) {
    }

    /** Adds an article and returns its cluster; an article without a signature (null) is alone. */
    public Assignment add(String key, int[] signature) {
        if (signature == null) {
            return new Assignment(key, 1.0);
        }
        if (++stamp == Integer.MAX_VALUE) {
            for (int o = 0; o < size; o++) {
                articles[o * STRIDE + SEEN] = 0;
            }
            stamp = 1;
        }
        int best = -1;
        int bestSame = 0;
        search:
        for (int band = 0; band < BANDS; band++) {
            for (int o = heads[band][slot(signature, band, slotBits)]; o >= 0; o = articles[o * STRIDE + NEXT + band]) {
                int at = o * STRIDE;
                if (articles[at + SEEN] == stamp || !sameBand(signature, at, band)) {
                    continue; // compared in an earlier band (no better then), or another band's values in the slot
                }
                articles[at + SEEN] = stamp;
                int same = same(signature, at);
                if (same >= MIN_SAME && same > bestSame) {
                    best = o;
                    bestSame = same;
                    if (same == MinHash.SIZE) {
                        break search; // none can be more similar, and the first of equals wins
                    }
                }
            }
        }
        if (best < 0) {
            insert(signature, codes.code(key));
            return new Assignment(key, 1.0);
        }
        long cluster = clusterOf[best];
        insert(signature, cluster);
        return new Assignment(codes.name(cluster), bestSame / (double) MinHash.SIZE);
    }

    /** Restores an article seen in an earlier run, with the cluster it was given then. */
    public void remember(int[] signature, String cluster) {
        if (signature != null) {
            insert(signature, codes.code(cluster));
        }
    }

    /** The articles with a signature added or remembered. */
    public int size() {
        return size;
    }

    private void insert(int[] signature, long cluster) {
        grow();
        int o = size++;
        int at = o * STRIDE;
        System.arraycopy(signature, 0, articles, at + SIG, MinHash.SIZE);
        clusterOf[o] = cluster;
        linked[o] = (byte) 0xff;
        for (int band = 0; band < BANDS; band++) {
            int s = slot(signature, band, slotBits);
            int link = NEXT + band;
            articles[at + link] = heads[band][s];
            heads[band][s] = o;
            // the bucket's bound, counting the new article: the oldest past it leaves the chain
            int kept = 1;
            int prev = o;
            for (int e = articles[at + link]; e >= 0; e = articles[e * STRIDE + link]) {
                if (sameBand(signature, e * STRIDE, band) && ++kept > perBucket) {
                    articles[prev * STRIDE + link] = articles[e * STRIDE + link];
                    linked[e] &= (byte) ~(1 << band);
                    break; // the bucket held at most its bound before
                }
                prev = e;
            }
        }
    }

    /** Room for one more article; past two articles per slot the head tables double, chains rebuilt in order. */
    private void grow() {
        if (size == clusterOf.length) {
            int capacity = size + (size >> 1);
            articles = Arrays.copyOf(articles, capacity * STRIDE);
            clusterOf = Arrays.copyOf(clusterOf, capacity);
            linked = Arrays.copyOf(linked, capacity);
        }
        if (size + 1 > 2 << slotBits) {
            slotBits++;
            for (int band = 0; band < BANDS; band++) {
                heads[band] = new int[1 << slotBits];
                Arrays.fill(heads[band], -1);
            }
            int[] sig = new int[MinHash.SIZE];
            // oldest first, each put at its chain's head: every chain newest first again
            for (int o = 0; o < size; o++) {
                System.arraycopy(articles, o * STRIDE + SIG, sig, 0, MinHash.SIZE);
                for (int band = 0; band < BANDS; band++) {
                    if ((linked[o] & (1 << band)) != 0) {
                        int s = slot(sig, band, slotBits);
                        articles[o * STRIDE + NEXT + band] = heads[band][s];
                        heads[band][s] = o;
                    }
                }
            }
        }
    }

    /** Whether the article whose record starts at {@code at} has the signature's values in the band. */
    private boolean sameBand(int[] sig, int at, int band) {
        int from = band * ROWS;
        int stored = at + SIG + from;
        for (int r = 0; r < ROWS; r++) {
            if (articles[stored + r] != sig[from + r]) {
                return false;
            }
        }
        return true;
    }

    /** The number of equal values in the signature and that of the article whose record starts at {@code at}. */
    private int same(int[] sig, int at) {
        int stored = at + SIG;
        int same = 0;
        for (int k = 0; k < MinHash.SIZE; k++) {
            if (articles[stored + k] == sig[k]) {
                same++;
            }
        }
        return same;
    }

    private static int slot(int[] sig, int band, int bits) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
            h = h * 0x100000001b3L + sig[band * ROWS + r];
        }
        return (int) (MinHash.mix(h) >>> (64 - bits));
    }
}
