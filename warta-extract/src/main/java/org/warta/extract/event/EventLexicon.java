package org.warta.extract.event;

import java.util.EnumMap;
import java.util.Map;
import org.warta.extract.claim.PhraseMatcher;
import org.warta.extract.lexicon.LexiconFile;
import org.warta.extract.lexicon.LexiconRow;
import org.warta.model.EventType;

/**
 * The event coder's language knowledge, read once from {@code event/*.tsv}: event words of both languages, modality
 * words, sentence-wide mode phrases and the REQUEST mode of a demanded event.
 */
public final class EventLexicon {
    /** An event word: its PLOVER type, mode (or null) and whether the actor follows ({@code diserang oleh X}). */
    public record EventWord(EventType type, String mode, boolean passive) {
    }

    /**
     * Modality words; DEONTIC turns the event into a request for it, PASSIVE turns its participants
     * round, BACKGROUND makes it HISTORICAL.
     */
    public enum Cue { PASSIVE, BACKGROUND, PLANNED, POSSIBLE, NEGATED, DEONTIC }

    /** A phrase that gives a mode to an event of one type. */
    public record ModeWord(EventType type, String mode) {
    }

    private final PhraseMatcher<EventWord> verbs = new PhraseMatcher<>();
    private final PhraseMatcher<Cue> modality = new PhraseMatcher<>();
    private final PhraseMatcher<ModeWord> modes = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> notEvents = new PhraseMatcher<>();
    private final PhraseMatcher<Boolean> hazards = new PhraseMatcher<>();
    private final Map<EventType, String> demandModes = new EnumMap<>(EventType.class);
    private int verbRows;

    private EventLexicon() {
        for (String file : new String[] {"event/verbs-id.tsv", "event/verbs-en.tsv"}) {
            for (LexiconRow r : LexiconFile.rows(file)) {
                String mode = r.column(2, null);
                verbs.add(r.column(0), new EventWord(r.enumColumn(1, EventType.class), mode,
                        "passive".equalsIgnoreCase(r.column(3, "active"))));
                verbRows++;
            }
        }
        for (LexiconRow r : LexiconFile.rows("event/modality.tsv")) {
            modality.add(r.column(0), r.enumColumn(1, Cue.class));
        }
        for (LexiconRow r : LexiconFile.rows("event/modes.tsv")) {
            modes.add(r.column(0), new ModeWord(r.enumColumn(1, EventType.class), r.column(2)));
        }
        for (LexiconRow r : LexiconFile.rows("event/not-events.tsv")) {
            notEvents.add(r.column(0), Boolean.TRUE);
        }
        for (LexiconRow r : LexiconFile.rows("event/hazards.tsv")) {
            hazards.add(r.column(0), Boolean.TRUE);
        }
        for (LexiconRow r : LexiconFile.rows("event/demand-modes.tsv")) {
            demandModes.put(r.enumColumn(0, EventType.class), r.column(1));
        }
    }

    public static EventLexicon standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final EventLexicon STANDARD = new EventLexicon();
    }

    public PhraseMatcher<EventWord> verbs() {
        return verbs;
    }

    public PhraseMatcher<Cue> modality() {
        return modality;
    }

    public PhraseMatcher<ModeWord> modes() {
        return modes;
    }

    /** Words that look like event words but name people or things ({@code supporters}, {@code detainees}). */
    public PhraseMatcher<Boolean> notEvents() {
        return notEvents;
    }

    /** Natural hazards ({@code earthquake}, {@code banjir}): the deaths they cause are no ASSAULT. */
    public PhraseMatcher<Boolean> hazards() {
        return hazards;
    }

    /** The REQUEST mode for a demanded event of {@code type}, or null. */
    public String demandMode(EventType type) {
        return demandModes.get(type);
    }

    public int verbCount() {
        return verbRows;
    }
}
