package org.warta.cli.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "quotes")
public final class QuotesEvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
