package org.warta.extract.batch;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The result of work started on another thread, as if it had run on this one: waits through interrupts (and sets
 * the interrupt flag again afterwards), and throws the work's own failure rather than an {@link ExecutionException}.
 */
public final class Awaited {
    private Awaited() {
    }

    /** {@code task}'s result; its {@link IOException}, unchecked exception or error is thrown as itself. */
    public static <T> T result(Future<T> task) throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("The work on another thread failed: " + cause, cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
