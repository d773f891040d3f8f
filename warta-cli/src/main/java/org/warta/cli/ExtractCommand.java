package org.warta.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code warta extract}: files, folders or JSON Lines in, records out (JSON Lines). */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Extracts records from articles.")
public final class ExtractCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
