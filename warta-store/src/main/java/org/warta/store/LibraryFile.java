package org.warta.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

/**
 * A file unpacked once from a packed copy whose size and CRC-32 are known (a jar entry), and reused while it still
 * matches them. A missing, partial or damaged file is written again: to a temporary file beside it, checked, then
 * moved into place in one step, so no process ever sees half a file under the final name, and processes that
 * unpack at the same time each move a whole one. A stamp beside the file ({@code NAME.ok}: size, CRC-32 and the
 * file's modification time) spares reading 60 MB on every start: while the file's size and time are those stamped,
 * it is the file that was checked; any other file is checked in full (and stamped) or replaced.
 */
final class LibraryFile {
    /** Where the packed copy comes from. */
    interface Source {
        InputStream open() throws IOException;
    }

    private LibraryFile() {
    }

    /** Makes {@code target} hold the packed bytes; true when it had to write them, false when it reused the file. */
    static boolean ensure(Path target, Source source, long size, long crc) throws IOException {
        if (stamped(target, size, crc)) {
            return false;
        }
        if (matches(target, size, crc)) {
            stamp(target, size, crc); // a file put there by hand, or one whose stamp was lost
            return false;
        }
        Path dir = target.toAbsolutePath().getParent();
        Path part = Files.createTempFile(dir, target.getFileName() + ".", ".part");
        try {
            CRC32 written = new CRC32();
            long n = 0;
            try (InputStream in = source.open(); OutputStream out = Files.newOutputStream(part)) {
                byte[] buffer = new byte[1 << 16];
                for (int r; (r = in.read(buffer)) > 0; n += r) {
                    written.update(buffer, 0, r);
                    out.write(buffer, 0, r);
                }
            }
            if (n != size || written.getValue() != crc) {
                throw new IOException("the packed copy read back as " + n + " bytes with CRC-32 "
                        + Long.toHexString(written.getValue()) + ", expected " + size + " bytes with CRC-32 "
                        + Long.toHexString(crc) + "; the jar may be damaged, rebuild it");
            }
            part.toFile().setReadable(true, false); // a temporary file is the owner's only; others use it too
            part.toFile().setExecutable(true, false);
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
        stamp(target, size, crc);
        return true;
    }

    private static Path stampOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".ok");
    }

    private static String stampText(Path target, long size, long crc) throws IOException {
        return size + " " + Long.toHexString(crc) + " " + Files.getLastModifiedTime(target) + "\n";
    }

    private static boolean stamped(Path target, long size, long crc) throws IOException {
        Path stamp = stampOf(target);
        return Files.isRegularFile(stamp) && Files.isRegularFile(target) && Files.size(target) == size
                && Files.readString(stamp, StandardCharsets.US_ASCII).equals(stampText(target, size, crc));
    }

    /** Stamps the file if the folder lets us; without a stamp the next start checks the file in full again. */
    private static void stamp(Path target, long size, long crc) {
        Path part = null;
        try {
            part = Files.createTempFile(target.toAbsolutePath().getParent(), target.getFileName() + ".", ".ok.part");
            Files.writeString(part, stampText(target, size, crc), StandardCharsets.US_ASCII);
            part.toFile().setReadable(true, false);
            Files.move(part, stampOf(target), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // a read-only folder holding a good file: it is used as it is
        } finally {
            try {
                if (part != null) {
                    Files.deleteIfExists(part);
                }
            } catch (IOException e) {
                // nothing more to do about a temporary file that cannot be removed
            }
        }
    }

    /** True when {@code file} exists with this size and CRC-32. */
    static boolean matches(Path file, long size, long crc) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != size) {
            return false;
        }
        CRC32 sum = new CRC32();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long at = 0;
            while (at < size) {
                long chunk = Math.min(Integer.MAX_VALUE, size - at);
                sum.update(ch.map(FileChannel.MapMode.READ_ONLY, at, chunk));
                at += chunk;
            }
        }
        return sum.getValue() == crc;
    }
}
