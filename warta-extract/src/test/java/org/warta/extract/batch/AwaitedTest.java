package org.warta.extract.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

class AwaitedTest {
    @Test
    void givesTheResultOfWorkDoneOnAnotherThread() throws Exception {
        FutureTask<String> task = new FutureTask<>(() -> "built");
        new Thread(task).start();
        assertThat(Awaited.result(task)).isEqualTo("built");
    }

    @Test
    void throwsTheWorksOwnFailureNotAnExecutionException() {
        FutureTask<String> io = new FutureTask<>(() -> {
            throw new IOException("disk gone");
        });
        io.run();
        assertThatThrownBy(() -> Awaited.result(io)).isExactlyInstanceOf(IOException.class).hasMessage("disk gone");
        FutureTask<String> state = new FutureTask<>(() -> {
            throw new IllegalArgumentException("bad row");
        });
        state.run();
        assertThatThrownBy(() -> Awaited.result(state)).isExactlyInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void waitsThroughAnInterruptAndKeepsItsFlag() throws Exception {
        FutureTask<String> task = new FutureTask<>(() -> "late");
        Thread.currentThread().interrupt();
        Thread worker = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            task.run();
        });
        worker.start();
        assertThat(Awaited.result(task)).isEqualTo("late");
        assertThat(Thread.interrupted()).isTrue();
    }
}
