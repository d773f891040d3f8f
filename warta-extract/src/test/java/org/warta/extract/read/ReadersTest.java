package org.warta.extract.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadersTest {
    private final ArticleFiles files = new ArticleFiles(Limits.DEFAULT);

    private static List<Item> jsonl(String text) {
        List<Item> out = new ArrayList<>();
        new JsonLinesReader(new BufferedReader(new StringReader(text)), "in.jsonl", Limits.DEFAULT)
                .forEachRemaining(out::add);
        return out;
    }

    @Test
    void readsJsonLinesKeepingIdsAndOrder() {
        List<Item> items = jsonl("{\"id\":\"a\",\"text\":\"Satu.\"}\n\n{\"id\":7,\"html\":\"<p>x</p>\",\"url\":\"http://x.id/a\"}\n");
        assertThat(items).extracting(Item::id).containsExactly("a", "7");
        assertThat(items.get(1).article().html()).isEqualTo("<p>x</p>");
        assertThat(items.get(1).article().url()).isEqualTo("http://x.id/a");
    }

    @Test
    void reportsBadLinesByNumberAndGoesOn() {
        List<Item> items = jsonl("{\"id\":\"a\",\"text\":\"x\"}\n{broken\n[1,2]\n{\"id\":\"b\"}\n{\"id\":\"c\",\"text\":\"y\"}\n");
        assertThat(items).extracting(Item::isFailed).containsExactly(false, true, true, true, false);
        assertThat(items.get(1).failure().message()).startsWith("Line 2 of in.jsonl is not valid JSON");
        assertThat(items.get(2).failure().message()).isEqualTo(
                "Line 3 of in.jsonl is a JSON array, not an object; expected {\"id\": \"a1\", \"text\": \"...\"}.");
        assertThat(items.get(3).failure().message()).isEqualTo(
                "Line 4 of in.jsonl has neither a \"text\" nor an \"html\" string; give one of them.");
        assertThat(items.get(3).id()).isEqualTo("b");
    }

    @Test
    void readsTextHtmlAndGzipFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Judul\n\nIsi.");
        Files.writeString(dir.resolve("b.html"), "<html><body><p>Isi</p></body></html>");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("<p>Terkompresi</p>".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("c.htm.gz"), gz.toByteArray());
        Files.writeString(dir.resolve("ignored.json"), "{}");
        List<Path> paths = ArticleFiles.expand(List.of(dir));
        assertThat(paths).extracting(p -> p.getFileName().toString()).containsExactly("a.txt", "b.html", "c.htm.gz");
        assertThat(files.read(paths.get(0)).article().text()).isEqualTo("Judul\n\nIsi.");
        assertThat(files.read(paths.get(1)).article().isHtml()).isTrue();
        assertThat(files.read(paths.get(2)).article().html()).isEqualTo("<p>Terkompresi</p>");
    }

    @Test
    void refusesBinaryDataWithAMessageNamingTheFile(@TempDir Path dir) throws Exception {
        Path bin = dir.resolve("image.txt");
        Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Item item = files.read(bin);
        assertThat(item.isFailed()).isTrue();
        assertThat(item.failure().message()).contains("image.txt").contains("binary data");
    }

    @Test
    void reportsATruncatedGzip(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("Isi berita yang panjang. ".repeat(200).getBytes(StandardCharsets.UTF_8));
        }
        byte[] all = gz.toByteArray();
        Path cut = dir.resolve("cut.txt.gz");
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        assertThat(files.read(cut).failure().message()).contains("not a complete gzip file");
    }

    @Test
    void refusesAGzipThatInflatesBeyondTheLimit(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(new byte[2_000_000]);
        }
        Path bomb = dir.resolve("bomb.txt.gz");
        Files.write(bomb, gz.toByteArray());
        Item item = new ArticleFiles(new Limits(100_000)).read(bomb);
        assertThat(item.failure().message()).contains("larger than 100000 bytes once decompressed");
    }

    @Test
    void readsInvalidUtf8AsWindows1252WithANote(@TempDir Path dir) throws Exception {
        Path latin = dir.resolve("latin.txt");
        Files.write(latin, "Caf\u00e9 \u201Cquoted\u201D".getBytes("windows-1252"));
        Item item = files.read(latin);
        assertThat(item.article().text()).isEqualTo("Caf\u00e9 \u201Cquoted\u201D");
        assertThat(item.notes()).singleElement().satisfies(d -> assertThat(d.message()).contains("not valid UTF-8"));
    }

    @Test
    void aMissingFileFailsWithItsName() {
        Item item = files.read(Path.of("no/such/file.txt"));
        assertThat(item.failure().message()).isEqualTo("No such file 'no/such/file.txt'; check the path.");
    }

    @Test
    void aWarcFileCutShortBeforeItsFirstRecordIsOneFailedItem(@TempDir Path dir) throws Exception {
        // found by Jazzer (HostileInputFuzzTestInputs/.../crash-three-bytes-WAR): jwarc's constructor threw
        Path warc = Files.write(dir.resolve("cut.warc"), new byte[] {'W', 'A', 'R'});
        try (WarcReader reader = new WarcReader(warc, Limits.DEFAULT)) {
            assertThat(reader.hasNext()).isTrue();
            assertThat(reader.next().failure().message()).isEqualTo("The WARC file '" + warc
                    + "' is empty or cut short before its first record; re-download it.");
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void anEmptyOrBlankFileFailsAsEmpty(@TempDir Path dir) throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertThat(files.read(empty).failure().message()).isEqualTo("'" + empty
                + "' is empty; give a file that holds an article.");
    }
}
