package org.warta.extract;

import java.util.ArrayList;
import java.util.List;
import org.warta.model.Diagnostic;

/** What a stage returns: its value and what it could not do. */
public record Outcome<T>(T value, List<Diagnostic> diagnostics) {
    public Outcome {
        diagnostics = List.copyOf(diagnostics);
    }

    public static <T> Outcome<T> of(T value) {
        return new Outcome<>(value, List.of());
    }

    public static <T> Outcome<T> of(T value, Diagnostic... diagnostics) {
        return new Outcome<>(value, List.of(diagnostics));
    }

    /** The same diagnostics with the value transformed. */
    public <R> Outcome<R> map(java.util.function.Function<? super T, ? extends R> f) {
        return new Outcome<>(f.apply(value), diagnostics);
    }

    /** Appends this outcome's diagnostics to {@code sink} and hands back the value. */
    public T into(List<Diagnostic> sink) {
        sink.addAll(diagnostics);
        return value;
    }

    /** Collects diagnostics while a stage works, then wraps its value. */
    public static final class Builder {
        private final String stage;
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        public Builder(String stage) {
            this.stage = stage;
        }

        public Builder note(String message) {
            diagnostics.add(new Diagnostic(stage, message));
            return this;
        }

        public <T> Outcome<T> done(T value) {
            return new Outcome<>(value, diagnostics);
        }
    }
}
