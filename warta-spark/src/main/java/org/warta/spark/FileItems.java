package org.warta.spark;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.warta.extract.read.Item;
import org.warta.extract.read.JsonLinesReader;
import org.warta.extract.read.Limits;
import org.warta.extract.read.WarcReader;

/**
 * Opens one input file as the project's readers' items. Local paths are read in place; other file systems
 * (HDFS, S3 through {@code s3a://}) go through Hadoop: JSON Lines stream, a WARC file is first copied to a
 * local temporary file, because {@link WarcReader} reads a {@link Path}, and deleted when closed.
 */
final class FileItems implements Closeable {
    private final Iterator<Item> items;
    private final Closeable closer;

    private FileItems(Iterator<Item> items, Closeable closer) {
        this.items = items;
        this.closer = closer;
    }

    Iterator<Item> items() {
        return items;
    }

    static FileItems open(InputFile file, Limits limits, Map<String, String> hadoopConf) throws IOException {
        URI uri = URI.create(file.path());
        boolean local = uri.getScheme() == null || uri.getScheme().equals("file");
        Path localPath = local ? Path.of(uri.getScheme() == null ? file.path() : uri.getPath()) : null;
        if (file.format() == InputFormat.WARC) {
            Path path = local ? localPath : copyToLocal(file.path(), hadoopConf);
            WarcReader reader = new WarcReader(path, limits);
            return new FileItems(reader, () -> {
                reader.close();
                if (!local) {
                    Files.deleteIfExists(path);
                }
            });
        }
        InputStream in = local ? Files.newInputStream(localPath) : fileSystem(file.path(), hadoopConf)
                .open(new org.apache.hadoop.fs.Path(file.path()));
        if (file.path().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        return new FileItems(new JsonLinesReader(reader, file.path(), limits), reader);
    }

    private static Path copyToLocal(String path, Map<String, String> hadoopConf) throws IOException {
        Path tmp = Files.createTempFile("warta-spark-", ".warc.gz");
        try (InputStream in = fileSystem(path, hadoopConf).open(new org.apache.hadoop.fs.Path(path))) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    static FileSystem fileSystem(String path, Map<String, String> hadoopConf) throws IOException {
        Configuration conf = new Configuration();
        hadoopConf.forEach(conf::set);
        return new org.apache.hadoop.fs.Path(path).getFileSystem(conf);
    }

    @Override
    public void close() throws IOException {
        closer.close();
    }
}
