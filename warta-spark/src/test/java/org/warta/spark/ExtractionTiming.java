package org.warta.spark;

import java.time.LocalDateTime;
import java.util.Map;

/** Times the job's per-file work without Spark: where the time of a run goes. Args: WARC files. */
public final class ExtractionTiming {
    private ExtractionTiming() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        long n = 0;
        for (int i = 0; i < args.length; i++) {
            FileExtraction f = new FileExtraction(new InputFile(i, args[i], InputFormat.WARC),
                    org.warta.extract.read.Limits.DEFAULT, Map.of(), LocalDateTime.now());
            while (f.hasNext()) {
                f.next();
                n++;
            }
        }
        System.out.printf(java.util.Locale.ROOT, "%d pieces in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    }
}
