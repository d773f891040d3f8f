package org.warta.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JobOptionsTest {
    @Test
    void readsInputsOutputFormatPathListAndLimits() {
        JobOptions o = JobOptions.parse("-o", "out", "--format", "warc", "--paths", "warc.paths.gz", "--prefix",
                "s3a://commoncrawl/", "--max-bytes", "1000", "--master", "local[2]", "a.warc.gz", "dir/");
        assertThat(o.inputs()).containsExactly("a.warc.gz", "dir/");
        assertThat(o.pathLists()).containsExactly("warc.paths.gz");
        assertThat(o.prefix()).isEqualTo("s3a://commoncrawl/");
        assertThat(o.format()).isEqualTo(InputFormat.WARC);
        assertThat(o.limits().maxBytes()).isEqualTo(1000);
        assertThat(o.master()).isEqualTo("local[2]");
        assertThat(o.overwrite()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a.jsonl                       | No output folder",
        "-o out                        | No input",
        "-o out --format csv a         | Unknown --format 'csv'",
        "-o out --max-bytes -5 a       | --max-bytes '-5' is not a positive",
        "-o out --threads 2 a          | Unknown option '--threads'",
        "-o                            | needs a value"})
    void saysWhatIsWrongWithTheCommandLine(String args, String message) {
        assertThatThrownBy(() -> JobOptions.parse(args.split(" "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void helpNeedsNothingElse() {
        assertThat(JobOptions.parse("--help").help()).isTrue();
        assertThat(JobOptions.USAGE).contains("--output DIR", "--paths FILE", "spark-submit");
    }

    @ParameterizedTest
    @CsvSource({
        "'The WARC file ''x'' is broken at byte 12 (EOFException)', broken_file",
        "'The response for ''u'' is ''image/png'', not HTML; only HTML pages', not_html",
        "'The response for ''u'' has HTTP status 404, not 200', http_status",
        "'Line 2 of f is not valid JSON (x)', invalid_json",
        "'The page ''u'' is larger than 10 bytes once decoded', too_large",
        "'Something new', other"})
    void sortsReaderMessagesIntoReasons(String message, String reason) {
        assertThat(FailureReason.of(message).label()).isEqualTo(reason);
    }
}
