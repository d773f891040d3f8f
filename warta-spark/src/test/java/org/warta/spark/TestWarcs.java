package org.warta.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Writes WARC.gz files with jwarc's writer, one gzip member per record, as CC-NEWS does. */
final class TestWarcs implements AutoCloseable {
    private final FileChannel channel;
    private final WarcWriter writer;

    TestWarcs(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        writer = new WarcWriter(channel, WarcCompression.GZIP);
    }

    TestWarcs page(String url, String html) throws IOException {
        return response(url, 200, MediaType.HTML_UTF8, html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    TestWarcs response(String url, int status, MediaType type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").body(type, body)
                .build();
        writer.write(new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2024-10-14T08:00:00Z"))
                .body(http).build());
        return this;
    }

    /** Where the next record would start: to cut the file there or after it. */
    long position() {
        return writer.position();
    }

    @Override
    public void close() throws IOException {
        writer.close();
        channel.close();
    }
}
