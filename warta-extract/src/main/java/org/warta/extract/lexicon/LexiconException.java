package org.warta.extract.lexicon;

/** A lexicon file that cannot be used: names the file, the line and what to fix. */
public final class LexiconException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LexiconException(LexiconRow row, String problem) {
        super("Dictionary file '" + row.file() + "' line " + row.line() + ": " + problem + ".");
    }

    public LexiconException(String message) {
        super(message);
    }
}
