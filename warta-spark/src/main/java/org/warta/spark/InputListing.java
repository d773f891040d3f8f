package org.warta.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Turns the command line's inputs into the run's files, on the driver: globs expanded, folders read
 * recursively (files whose name gives no known format skipped there), path lists read; sorted and without
 * repeats, so a rerun numbers the files the same way.
 */
final class InputListing {
    private InputListing() {
    }

    static List<InputFile> list(JobOptions options, Map<String, String> hadoopConf) throws IOException {
        TreeSet<String> paths = new TreeSet<>();
        for (String input : options.inputs()) {
            expand(input, options.format(), hadoopConf, paths);
        }
        for (String list : options.pathLists()) {
            for (String line : lines(list, hadoopConf)) {
                paths.add(options.prefix() + line);
            }
        }
        List<InputFile> files = new ArrayList<>();
        for (String p : paths) {
            InputFormat f = options.format() != InputFormat.AUTO ? options.format() : InputFormat.byName(p);
            if (f == null) {
                throw new IllegalArgumentException("Cannot tell the format of '" + p + "' from its name; name it "
                        + ".warc, .warc.gz, .jsonl or .jsonl.gz, or give --format warc|jsonl.");
            }
            files.add(new InputFile(files.size(), p, f));
        }
        return files;
    }

    private static void expand(String input, InputFormat format, Map<String, String> conf, TreeSet<String> out)
            throws IOException {
        FileSystem fs = FileItems.fileSystem(input, conf);
        FileStatus[] matches = fs.globStatus(new Path(input));
        if (matches == null || matches.length == 0) {
            throw new IllegalArgumentException("The input '" + input + "' does not exist; check the path.");
        }
        for (FileStatus m : matches) {
            if (!m.isDirectory()) {
                out.add(shown(input, m.getPath()));
                continue;
            }
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
            while (it.hasNext()) {
                Path p = it.next().getPath();
                if (format != InputFormat.AUTO || InputFormat.byName(p.getName()) != null) {
                    out.add(shown(input, p));
                }
            }
        }
    }

    /** Local inputs stay plain paths (as {@code warta extract} names them), others keep their scheme. */
    private static String shown(String input, Path p) {
        boolean local = !input.contains("://") && !input.startsWith("file:");
        return local ? p.toUri().getPath() : p.toString();
    }

    private static List<String> lines(String list, Map<String, String> conf) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream raw = FileItems.fileSystem(list, conf).open(new Path(list));
             InputStream in = list.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.strip());
                }
            }
        }
        return lines;
    }
}
