package org.warta.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LibraryFileTest {
    private static final byte[] LIBRARY = randomBytes();

    @TempDir
    Path dir;

    @Test
    void unpacksOnceThenReusesTheFileWithoutReadingThePackedCopyAgain() throws IOException {
        Path target = dir.resolve("libx.so_linux_amd64");
        AtomicInteger opened = new AtomicInteger();
        LibraryFile.Source source = () -> {
            opened.incrementAndGet();
            return new ByteArrayInputStream(LIBRARY);
        };
        assertThat(LibraryFile.ensure(target, source, LIBRARY.length, crc(LIBRARY))).isTrue();
        assertThat(LibraryFile.ensure(target, source, LIBRARY.length, crc(LIBRARY))).isFalse();
        assertThat(LibraryFile.ensure(target, source, LIBRARY.length, crc(LIBRARY))).isFalse();
        assertThat(opened).hasValue(1);
        assertThat(Files.readAllBytes(target)).isEqualTo(LIBRARY);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("libx.so_linux_amd64",
                    "libx.so_linux_amd64.ok"); // no temporary file left behind
        }
    }

    @Test
    void replacesAFileCutShortByAnEarlierRun() throws IOException {
        Path target = dir.resolve("libx.so");
        LibraryFile.ensure(target, () -> new ByteArrayInputStream(LIBRARY), LIBRARY.length, crc(LIBRARY));
        Files.write(target, Arrays.copyOf(LIBRARY, LIBRARY.length / 2));
        assertThat(LibraryFile.ensure(target, () -> new ByteArrayInputStream(LIBRARY), LIBRARY.length, crc(LIBRARY)))
                .isTrue();
        assertThat(Files.readAllBytes(target)).isEqualTo(LIBRARY);
    }

    @Test
    void replacesADamagedFileOfTheRightSizeEvenWithAStampBesideIt() throws IOException {
        Path target = dir.resolve("libx.so");
        LibraryFile.ensure(target, () -> new ByteArrayInputStream(LIBRARY), LIBRARY.length, crc(LIBRARY));
        FileTime stamped = Files.getLastModifiedTime(target);
        byte[] damaged = LIBRARY.clone();
        damaged[1234] ^= 0x40;
        Files.write(target, damaged);
        Files.setLastModifiedTime(target, FileTime.fromMillis(stamped.toMillis() - 60_000)); // changed since stamped
        assertThat(LibraryFile.ensure(target, () -> new ByteArrayInputStream(LIBRARY), LIBRARY.length, crc(LIBRARY)))
                .isTrue();
        assertThat(Files.readAllBytes(target)).isEqualTo(LIBRARY);
    }

    @Test
    void checksInFullAndKeepsAGoodFilePutThereByHand() throws IOException {
        Path target = dir.resolve("libx.so");
        Files.write(target, LIBRARY);
        LibraryFile.Source never = () -> {
            throw new IOException("a good file must not be unpacked again");
        };
        assertThat(LibraryFile.ensure(target, never, LIBRARY.length, crc(LIBRARY))).isFalse();
        assertThat(dir.resolve("libx.so.ok")).exists();
    }

    @Test
    void refusesAPackedCopyThatDoesNotMatchItsSumAndLeavesNoFileBehind() throws IOException {
        Path target = dir.resolve("libx.so");
        byte[] wrong = LIBRARY.clone();
        wrong[0] ^= 1;
        assertThatThrownBy(() -> LibraryFile.ensure(target, () -> new ByteArrayInputStream(wrong), LIBRARY.length,
                crc(LIBRARY))).isInstanceOf(IOException.class).hasMessageContaining("expected " + LIBRARY.length);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({ // the names DuckDB's JDBC driver (org.duckdb.DuckDBNative, 1.5) looks for beside its jar
        "Linux, amd64, libduckdb_java.so_linux_amd64",
        "Linux, x86_64, libduckdb_java.so_linux_amd64",
        "Linux, aarch64, libduckdb_java.so_linux_arm64",
        "Mac OS X, aarch64, libduckdb_java.so_osx_universal",
        "Windows 11, amd64, libduckdb_java.so_windows_amd64",
        "FreeBSD, amd64, ''",
        "Linux, riscv64, ''"})
    void namesTheLibraryAsTheDriverDoes(String os, String arch, String name) {
        assertThat(DuckDbLibrary.driverName(os, arch)).isEqualTo(name.isEmpty() ? null : name);
    }

    private static long crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return c.getValue();
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[300_000];
        new Random(3).nextBytes(b);
        return b;
    }
}
