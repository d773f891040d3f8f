package org.warta.store.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoryClustersTest {
    private static final String STORY = "Kementerian Pertahanan Azerbaijan mengklaim telah menewaskan 130 personel "
            + "militer Armenia dalam serangan di Tovuz kata juru bicara Vagif Dargahli kepada wartawan pada hari Senin "
            + "pagi. Armenia belum berkomentar soal klaim tersebut dan pertempuran berlanjut sepanjang hari dengan "
            + "artileri berat serta pesawat nirawak menurut laporan wartawan di lapangan setempat.";
    private static final String OTHER = "The ministers met in Moscow for ceasefire talks on Friday and agreed to meet "
            + "again next week after a long day of negotiations over prisoners and the return of bodies, a spokesman "
            + "for the foreign ministry told reporters outside the building late in the evening.";

    /** A content-hash-like key, as the store gives. */
    private static String key(int i) {
        return String.format("%016x", 0x5741525441L * 31 + i * 0x9e3779b97f4a7c15L);
    }

    @Test
    void putsReprintsInTheFirstOnesClusterAndOtherStoriesApart() {
        StoryClusters c = new StoryClusters();
        StoryClusters.Assignment first = c.add(key(1), MinHash.of(STORY));
        StoryClusters.Assignment other = c.add(key(2), MinHash.of(OTHER));
        StoryClusters.Assignment reprint = c.add(key(3), MinHash.of(STORY.replace("130", "131") + " (Antara)"));
        StoryClusters.Assignment short_ = c.add(key(4), MinHash.of("too short to sign"));
        assertThat(first).isEqualTo(new StoryClusters.Assignment(key(1), 1.0));
        assertThat(other).isEqualTo(new StoryClusters.Assignment(key(2), 1.0));
        assertThat(reprint.cluster()).isEqualTo(key(1));
        assertThat(reprint.similarity()).isGreaterThanOrEqualTo(StoryClusters.THRESHOLD).isLessThan(1.0);
        assertThat(short_).isEqualTo(new StoryClusters.Assignment(key(4), 1.0));
        assertThat(c.size()).isEqualTo(3);
    }

    @Test
    void keepsAThousandReprintsOfOneStoryInOneClusterPastTheBucketBound() {
        // each copy differs from the story by one changed word and a serial: far more copies than a bucket keeps
        String[] words = STORY.split(" ");
        Random rnd = new Random(3);
        StoryClusters c = new StoryClusters();
        assertThat(c.add(key(0), MinHash.of(STORY)).cluster()).isEqualTo(key(0));
        for (int i = 1; i <= 1000; i++) {
            String[] copy = words.clone();
            copy[rnd.nextInt(copy.length)] = "kata" + i;
            String text = String.join(" ", copy) + " (" + Integer.toString(i * 7919, 36) + ")";
            StoryClusters.Assignment a = c.add(key(i), MinHash.of(text));
            assertThat(a.cluster()).as("copy %d", i).isEqualTo(key(0));
            assertThat(a.similarity()).isGreaterThanOrEqualTo(StoryClusters.THRESHOLD);
        }
        assertThat(c.add(key(5000), MinHash.of(OTHER)).cluster()).isEqualTo(key(5000));
    }

    @Test
    void joinsTheClusterOfTheMostSimilarArticleNotTheFirstFound() {
        Random rnd = new Random(5);
        int[] a = randomSignature(rnd);
        int[] b = randomSignature(rnd);
        // shares bands 0-2 with a (12 values, below the threshold) and bands 3-7 with b (20 values)
        int[] c = a.clone();
        System.arraycopy(b, 12, c, 12, 20);
        // shares bands 0-3 with a (16 values: the threshold exactly) and nothing with b
        int[] d = randomSignature(rnd);
        System.arraycopy(a, 0, d, 0, 16);
        StoryClusters clusters = new StoryClusters();
        clusters.add("a", a);
        clusters.add("b", b);
        assertThat(clusters.add("c", c)).isEqualTo(new StoryClusters.Assignment("b", 20 / 32.0));
        assertThat(clusters.add("d", d)).isEqualTo(new StoryClusters.Assignment("a", 0.5));
        // equally similar to a (bands 0-3) and to the newer b (bands 4-7): the first band's wins
        int[] e = a.clone();
        System.arraycopy(b, 16, e, 16, 16);
        StoryClusters two = new StoryClusters();
        two.add("a", a);
        two.add("b", b);
        assertThat(two.add("e", e)).isEqualTo(new StoryClusters.Assignment("a", 0.5));
    }

    @Test
    void restoresTheSameClustersFromRememberedArticlesAsItGaveThem() {
        // the store reloads its clusters from the database on the first write: later articles must go where they would
        // have gone without the reload
        List<int[]> signatures = clusteredSignatures(new Random(11), 3_000, 40);
        StoryClusters live = new StoryClusters();
        StoryClusters reloaded = new StoryClusters();
        for (int i = 0; i < 2_000; i++) {
            reloaded.remember(signatures.get(i), live.add(key(i), signatures.get(i)).cluster());
        }
        for (int i = 2_000; i < 3_000; i++) {
            assertThat(reloaded.add(key(i), signatures.get(i))).isEqualTo(live.add(key(i), signatures.get(i)));
        }
    }

    @Test
    void givesEveryArticleTheClusterOfItsMostSimilarEarlierArticleSharingABandWhenUnbounded() {
        // against a plain scan of every earlier article, over enough articles that the head tables grow several times
        List<int[]> signatures = clusteredSignatures(new Random(7), 6_000, 60);
        StoryClusters unbounded = new StoryClusters(Integer.MAX_VALUE);
        List<String> clusters = new ArrayList<>();
        for (int i = 0; i < signatures.size(); i++) {
            int[] sig = signatures.get(i);
            int best = -1;
            int bestSame = 0;
            int bestBand = Integer.MAX_VALUE;
            for (int o = i - 1; o >= 0; o--) { // newest first: the first of the equally similar in a band wins
                int band = firstSharedBand(sig, signatures.get(o));
                int same = same(sig, signatures.get(o));
                if (band < 8 && same >= 16 && (same > bestSame || same == bestSame && band < bestBand)) {
                    best = o;
                    bestSame = same;
                    bestBand = band;
                }
            }
            StoryClusters.Assignment expected = best < 0 ? new StoryClusters.Assignment(key(i), 1.0)
                    : new StoryClusters.Assignment(clusters.get(best), bestSame / 32.0);
            StoryClusters.Assignment got = unbounded.add(key(i), sig);
            assertThat(got).as("article %d", i).isEqualTo(expected);
            clusters.add(got.cluster());
        }
        assertThat(clusters.stream().distinct().count()).isBetween(61L, 5_999L); // some joined, some did not
    }

    @Test
    void comparesAnArticleWithTheNewestOfEachBucketItFallsIn() {
        // against a plain model of the bound: per band, per four values, the list of the newest articles
        for (int bound : new int[] {1, 3, StoryClusters.PER_BUCKET}) {
            List<int[]> signatures = clusteredSignatures(new Random(13 + bound), 6_000, 40);
            StoryClusters bounded = new StoryClusters(bound);
            java.util.Map<String, java.util.ArrayDeque<Integer>> buckets = new java.util.HashMap<>();
            List<String> clusters = new ArrayList<>();
            for (int i = 0; i < signatures.size(); i++) {
                int[] sig = signatures.get(i);
                int best = -1;
                int bestSame = 0;
                for (int band = 0; band < 8 && bestSame < 32; band++) {
                    for (int o : buckets.getOrDefault(bucket(sig, band), new java.util.ArrayDeque<>())) {
                        int same = same(sig, signatures.get(o));
                        if (same >= 16 && same > bestSame) {
                            best = o;
                            bestSame = same;
                        }
                    }
                }
                StoryClusters.Assignment expected = best < 0 ? new StoryClusters.Assignment(key(i), 1.0)
                        : new StoryClusters.Assignment(clusters.get(best), bestSame / 32.0);
                StoryClusters.Assignment got = bounded.add(key(i), sig);
                assertThat(got).as("bound %d, article %d", bound, i).isEqualTo(expected);
                clusters.add(got.cluster());
                for (int band = 0; band < 8; band++) {
                    java.util.ArrayDeque<Integer> newest = buckets.computeIfAbsent(bucket(sig, band),
                            b -> new java.util.ArrayDeque<>());
                    newest.addFirst(i);
                    if (newest.size() > bound) {
                        newest.removeLast();
                    }
                }
            }
        }
    }

    private static String bucket(int[] sig, int band) {
        return band + ":" + java.util.Arrays.toString(java.util.Arrays.copyOfRange(sig, band * 4, band * 4 + 4));
    }

    @Test
    void keepsEachOfManyOftenReprintedStoriesInOneClusterOfItsOwn() {
        // 6,000 articles telling 60 stories, any two of a story about 0.9 similar: far more than a bucket keeps
        List<int[]> signatures = clusteredSignatures(new Random(9), 6_000, 60, 0.95, 0.95);
        StoryClusters bounded = new StoryClusters();
        List<String> clusterOf = new ArrayList<>();
        for (int i = 0; i < signatures.size(); i++) {
            clusterOf.add(bounded.add(key(i), signatures.get(i)).cluster());
        }
        for (int i = 0; i < clusterOf.size(); i++) {
            assertThat(clusterOf.get(i)).as("article %d", i).isEqualTo(key(i % 60));
        }
    }

    @Test
    void namesClustersByAnyKey() {
        ClusterCodes codes = new ClusterCodes();
        for (String k : List.of("a1", "00000000000000ff", "ffffffffffffffff", "8000000000000000", "8000000000000001",
                "ABCDEF0123456789", "0123456789abcdef", "", "0123456789abcdef0")) {
            assertThat(codes.name(codes.code(k))).isEqualTo(k);
            assertThat(codes.code(k)).isEqualTo(codes.code(new String(k)));
        }
        assertThat(codes.code("a1")).isNotEqualTo(codes.code("8000000000000000"));
        assertThat(codes.code("0123456789abcdef")).isEqualTo(0x0123456789abcdefL);
    }

    private static int[] randomSignature(Random rnd) {
        int[] s = new int[MinHash.SIZE];
        for (int k = 0; k < s.length; k++) {
            s[k] = rnd.nextInt();
        }
        return s;
    }

    /**
     * Signatures of {@code stories} synthetic stories, article i telling story i % stories: each value is the story's
     * with a probability from 0.55 to 0.95 (drawn per story), else random, so that many articles share bands and the
     * similarities straddle the threshold.
     */
    private static List<int[]> clusteredSignatures(Random rnd, int n, int stories) {
        return clusteredSignatures(rnd, n, stories, 0.55, 0.95);
    }

    private static List<int[]> clusteredSignatures(Random rnd, int n, int stories, double least, double most) {
        List<int[]> base = new ArrayList<>();
        double[] keep = new double[stories];
        for (int s = 0; s < stories; s++) {
            base.add(randomSignature(rnd));
            keep[s] = least + (most - least) * rnd.nextDouble();
        }
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int[] b = base.get(i % stories);
            int[] s = new int[MinHash.SIZE];
            for (int k = 0; k < s.length; k++) {
                s[k] = rnd.nextDouble() < keep[i % stories] ? b[k] : rnd.nextInt();
            }
            out.add(s);
        }
        return out;
    }

    private static int firstSharedBand(int[] a, int[] b) {
        for (int band = 0; band < 8; band++) {
            boolean same = true;
            for (int r = 0; r < 4; r++) {
                same &= a[band * 4 + r] == b[band * 4 + r];
            }
            if (same) {
                return band;
            }
        }
        return 8;
    }

    private static int same(int[] a, int[] b) {
        int n = 0;
        for (int k = 0; k < a.length; k++) {
            n += a[k] == b[k] ? 1 : 0;
        }
        return n;
    }
}
