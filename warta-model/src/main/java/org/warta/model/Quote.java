package org.warta.model;

/**
 * Words attributed to a speaker.
 *
 * @param text        the quoted words without quote marks
 * @param speaker     entity id of the speaker, or null if unknown
 * @param speakerText the speaker's name as best known
 * @param cue         the reporting word ({@code kata}, {@code sambungnya}, {@code said})
 * @param direct      false for reported speech without quote marks
 */
public record Quote(String text, int start, int end, String speaker, String speakerText, String cue,
                    boolean direct) {
    public Span span() {
        return new Span(start, end, text);
    }
}
