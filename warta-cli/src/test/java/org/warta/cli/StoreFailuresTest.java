package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warta.model.RecordJson;
import org.warta.store.Store;

/**
 * A store that cannot be written gives a clear error and stays sound: a file where the folder should be, a
 * read-only folder and a full disk. The last two need a small tmpfs mounted for the test (root, as on this
 * project's machines and CI); without the right to mount they are skipped, saying so.
 */
class StoreFailuresTest {
    private static final Pattern REPORTED = Pattern.compile("(\\d+) ingested");

    @TempDir
    Path dir;
    private Path mounted;

    private record Run(int status, String output) {
    }

    private static Run warta(String... args) throws Exception {
        Process p = WartaChild.start(List.of("-Xmx512m"), args);
        StringBuilder out = new StringBuilder();
        Thread t = WartaChild.lines(p, line -> out.append(line).append('\n'));
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("warta " + String.join(" ", args)).isTrue();
        t.join(10_000);
        return new Run(p.exitValue(), out.toString());
    }

    private Path articles(int n) throws Exception {
        Path file = dir.resolve("in.jsonl");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                w.write(RecordJson.line(Map.of("id", String.format(Locale.ROOT, "f%05d", i), "language", "id", "text",
                        String.format(Locale.ROOT, "Laporan %d dari Tovuz: pasukan melaporkan %d korban dan %d tank hancur "
                                + "pada hari ke-%d, kata juru bicara Kementerian Pertahanan. ", i, i * 7 % 3000, i % 90,
                                i % 40).repeat(4))));
                w.write('\n');
            }
        }
        return file;
    }

    private boolean mountTmpfs(Path at, String size) throws Exception {
        Files.createDirectories(at);
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString())
                .redirectErrorStream(true).start();
        boolean ok = p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        if (ok) {
            mounted = at;
        }
        return ok;
    }

    private static void remount(Path at, String options) throws Exception {
        Process p = new ProcessBuilder("mount", "-o", "remount," + options, at.toString()).inheritIO().start();
        assertThat(p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0).as("remount " + options).isTrue();
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            new ProcessBuilder("umount", "-l", mounted.toString()).inheritIO().start().waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFileWhereTheStoreShouldBeIsAUsageError() throws Exception {
        Path file = Files.writeString(dir.resolve("store"), "not a folder");
        Run r = warta("ingest", "--store", file.toString(), articles(3).toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.output()).contains("warta: The store '" + file + "' is a file, not a folder; give --store a folder");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void aReadOnlyStoreFolderIsRefusedAndKeepsItsArticles() throws Exception {
        Path at = dir.resolve("ro");
        assumeTrue(mountTmpfs(at, "64m"), "cannot mount a tmpfs here (not root?): read-only store not tested");
        Path input = articles(20);
        assertThat(warta("ingest", "--store", at.resolve("s").toString(), "--quiet", input.toString()).status()).isZero();
        remount(at, "ro");
        Run r = warta("ingest", "--store", at.resolve("s").toString(), "--quiet", articles(40).toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.output()).contains("is read-only; give a writable --store folder.");
        remount(at, "rw");
        try (Store s = Store.open(at.resolve("s"))) {
            assertThat(s.queries().stats()).containsEntry("articles", 20L);
        }
    }

    @Test
    void aFullDiskStopsTheIngestWithAClearErrorAndLosesNothingReported() throws Exception {
        Path at = dir.resolve("full");
        assumeTrue(mountTmpfs(at, "6m"), "cannot mount a tmpfs here (not root?): full disk not tested");
        Path input = articles(6000);
        Run r = warta("ingest", "--store", at.resolve("s").toString(), "--batch", "100", input.toString());
        assertThat(r.status()).as(r.output()).isEqualTo(1);
        assertThat(r.output()).containsIgnoringCase("space").doesNotContain("\tat ");
        long reported = 0;
        for (Matcher m = REPORTED.matcher(r.output()); m.find(); ) {
            reported = Math.max(reported, Long.parseLong(m.group(1)));
        }
        remount(at, "size=256m");
        try (Store s = Store.open(at.resolve("s"))) {
            long held = (Long) s.queries().stats().get("articles");
            assertThat(held).isGreaterThanOrEqualTo(reported).isLessThan(6000);
            assertThat(IngestKillTest.ids(s)).hasSize((int) held).doesNotHaveDuplicates();
            assertThat(s.indexed()).isEqualTo((int) held);
        }
        Run again = warta("ingest", "--store", at.resolve("s").toString(), "--quiet", input.toString());
        assertThat(again.status()).as(again.output()).isZero();
        try (Store s = Store.open(at.resolve("s"))) {
            assertThat(s.queries().stats()).containsEntry("articles", 6000L);
        }
    }
}
