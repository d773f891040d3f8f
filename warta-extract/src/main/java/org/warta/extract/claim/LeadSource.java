package org.warta.extract.claim;

import java.util.List;
import org.warta.extract.claim.ClaimLexicon.Link;
import org.warta.extract.segment.Sentence;
import org.warta.extract.segment.Token;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Quote;

/**
 * The source of a lead that cites no one, named in the paragraph after it, as news copy does ({@code Dua warga sipil
 * tewas dan seorang prajurit TNI terluka ... . // Kapendam XVII/Cenderawasih Letkol Inf Yudha mengatakan penembakan
 * terjadi ...}, {@code Three policemen were martyred ... // According to DPO Sajjad Ahmed Gandapur, the militants
 * ...}, {@code Data itu disampaikan Kapolres X}). The lead is the first paragraph with figures: a photo caption may
 * come before it, a standfirst or heading without a stop is none, and there is none when someone spoke before it.
 * Up to two paragraphs after it that cite no one go on with the lead's account ('Tim SAR gabungan kembali mengevakuasi
 * tiga jenazah ...'). The source is who opens the next paragraph on the same story (it names what claims count, says what befell them
 * or points back to the figures): a quote's speaker, else the last reporting word's source, never a place nor an
 * outlet, with the outlets that relay it ('Surat kabar Dawn melaporkan, Kepala Polisi X menyebut ...'). Fed sentence by
 * sentence with {@link #read}, then {@link #apply} gives the lead's unclaimed figures to it.
 */
final class LeadSource {
    /** Paragraphs after the lead's first that may go on with its account before the source is named. */
    private static final int MAX_LATER_PARAGRAPHS = 2;
    /** Words at a paragraph's start within which it points back to the lead's figures ('The figures were ...'). */
    private static final int OPENING_WORDS = 3;
    private final ClaimLexicon lex;
    private final List<Sentence> sentences;
    private final List<Quote> quotes;
    private final EntityIndex index;
    private int leadParagraph = -1;
    private boolean paragraphUncited = true; // no sentence of this paragraph so far cites, relays or answers anyone
    private boolean leadUncited;
    private boolean paragraphUnnamed = true; // no sentence of this paragraph so far names a source or relay, or answers
    private boolean leadUnnamed; // the lead cites only someone it does not name ('..., officials said')
    private int leadEnd = -1; // the first sentence of the paragraph after the lead
    private int later; // paragraphs after the first that go on with the lead's account, citing no one
    private Entity source;
    private List<String> via = List.of();
    /** Letters of a word of the lead that tells the paragraph after it is on the same story ('banjir'). */
    private static final int STORY_WORD_LETTERS = 5;
    /** The lead's own words (see {@link #storyWord(List, int)}). */
    private final java.util.Set<String> storyWords = new java.util.HashSet<>();
    /** Lower-case words of the lead's clauses that cite someone unnamed ('according to a local volunteer group'). */
    private final java.util.Set<String> unnamedWords = new java.util.HashSet<>();

    LeadSource(ClaimLexicon lex, List<Sentence> sentences, List<Quote> quotes, EntityIndex index) {
        this.lex = lex;
        this.sentences = sentences;
        this.quotes = quotes;
        this.index = index;
    }

    /** Takes sentence {@code si} in, with its attribution, whether it answers a claim and whether it gave figures. */
    void read(int si, Attribution a, boolean responds, boolean figures) {
        Sentence s = sentences.get(si);
        if (si > 0 && s.paragraph() != sentences.get(si - 1).paragraph()) {
            paragraphUncited = true;
            paragraphUnnamed = true;
        }
        paragraphUncited &= a.source() == null && a.via().isEmpty() && !a.cueSeen() && !responds;
        boolean named = a.source() != null && !EntityIndex.isUnnamed(a.source()); // 'officials said' names no one
        paragraphUnnamed &= !named && a.via().isEmpty() && !responds;
        if (leadParagraph < 0 && !closed(s)) {
            paragraphUncited = true; // a standfirst or heading without a stop is no lead and speaks for no one
        } else if (leadParagraph < 0 && figures) {
            leadParagraph = s.paragraph();
            for (int k = si - 1; k >= 0 && sentences.get(k).paragraph() == leadParagraph; k--) {
                addStoryWords(sentences.get(k)); // 'Banjir bandang menerjang ... . Tiga warga meninggal dunia ...'
            }
        } else if (leadParagraph < 0 && (a.cueSeen() || a.source() != null)) {
            leadParagraph = Integer.MAX_VALUE; // someone spoke before the first figures: they are no lead's
        }
        boolean cites = a.source() != null || !a.via().isEmpty() || a.cueSeen() || responds;
        if (leadParagraph >= 0 && leadEnd < 0 && s.paragraph() != leadParagraph && leadUncited && !cites
                && later < MAX_LATER_PARAGRAPHS && s.paragraph() == sentences.get(si - 1).paragraph() + 1) {
            later++; // 'Tim SAR gabungan kembali mengevakuasi tiga jenazah ...': the lead's account goes on uncited
            leadParagraph = s.paragraph();
        }
        if (leadParagraph >= 0 && leadEnd < 0 && s.paragraph() == leadParagraph) {
            addStoryWords(s);
            leadUncited = paragraphUncited;
            leadUnnamed = paragraphUnnamed;
            if (a.cueSeen() && !named) {
                unnamedWords.addAll(unnamedSourceWords(s));
            }
        } else if (leadParagraph >= 0 && leadEnd < 0 && !closed(s)) {
            return; // 'Advertisement', 'Baca Juga': page residue between the lead and its source's paragraph
        } else if (leadParagraph >= 0 && leadEnd < 0) {
            leadEnd = si;
            boolean pointsBack = !lex.links(Link.CLAIM_REFERENCE).find(s.tokens(), 0,
                    Math.min(s.tokens().size(), OPENING_WORDS)).isEmpty(); // 'The figures were shared by X'
            boolean onTheStory = !lex.objects().find(s.tokens()).isEmpty()
                    || !lex.predicates().find(s.tokens()).isEmpty()
                    || !lex.links(Link.CLAIM_REFERENCE).find(s.tokens()).isEmpty() // 'Data itu disampaikan X'
                    || !lex.links(Link.CORPSE).find(s.tokens()).isEmpty() // 'Most of the deaths were in ...'
                    || !lex.links(Link.INCIDENT).find(s.tokens()).isEmpty() // 'X membenarkan kejadian tersebut'
                    || !lex.links(Link.ATTACK).find(s.tokens()).isEmpty() // 'X confirmed the attack'
                    || sharesAStoryWord(s); // 'Kalak BPBD X mengatakan banjir ...' after 'Banjir bandang ...'
            Entity speaker = speakerIn(s); // '"Densus 88 ... ," kata Juru Bicara X': X
            speaker = speaker != null ? speaker : a.saidBetween(-1, Integer.MAX_VALUE); // '..., said Lt. X'
            speaker = speaker != null ? speaker : a.source();
            // a lead that cites only someone it does not name ('..., officials said') has its source named by a
            // paragraph that opens by pointing back to its figures ('The figures were shared by ... Dr X, who said')
            leadUncited |= leadUnnamed && pointsBack && a.source() != null;
            // or whose unnamed speaker the source's own mentions describe ('..., according to a local volunteer
            // group. // The Daraja Emergency Response Room ... said ... , the group said')
            leadUncited |= leadUnnamed && speaker != null && describes(speaker);
            source = !leadUncited || !a.cueSeen() || responds || !onTheStory || speaker == null
                    || speaker.type() == EntityType.LOCATION || EntityIndex.isOutlet(speaker) ? null : speaker;
            via = source == null ? List.of() : List.copyOf(a.via()); // 'Surat kabar Dawn melaporkan, Kapolres X ...'
        }
    }

    /**
     * Gives the lead's figures without a claimant to the source, unless the source's own sentence gives a larger
     * figure of the lead's kind (another account).
     */
    void apply(List<ClaimDraft> drafts) {
        if (!leadUncited || source == null) {
            return;
        }
        for (ClaimDraft lead : drafts) {
            for (ClaimDraft next : drafts) {
                if (lead.sentence < leadEnd && next.sentence == leadEnd && next.predicate == lead.predicate
                        && next.figure.count().value() != null && lead.figure.count().value() != null
                        && next.figure.count().value() > lead.figure.count().value()) {
                    return;
                }
            }
        }
        for (ClaimDraft d : drafts) {
            boolean open = d.claimant == null || leadUnnamed && EntityIndex.givesWayTo(d.claimant, source);
            if (d.sentence < leadEnd && open && !d.deniedInItsSentence) {
                d.claimant = source;
                d.via.addAll(via);
                d.claimantCarried = true;
            }
        }
    }

    /**
     * Adds the lead's own words: lower-case, of {@link #STORY_WORD_LETTERS} letters or more, no function words; a
     * sentence's first word counts too, its capital being the sentence's ('Banjir bandang menerjang ...' is on the
     * story of 'mengatakan banjir melanda ...'). A name there ('Israel') is never matched: the next paragraph's words
     * count only in lower case.
     */
    private void addStoryWords(Sentence s) {
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size(); k++) {
            if (storyWord(t, k, k == 0)) {
                storyWords.add(t.get(k).lower());
            }
        }
    }

    /** True when sentence {@code s} says one of the lead's own words ('banjir', 'stampede'): it is on its story. */
    private boolean sharesAStoryWord(Sentence s) {
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size(); k++) {
            if (storyWords.contains(t.get(k).lower()) && storyWord(t, k, false)) {
                return true;
            }
        }
        return false;
    }

    private boolean storyWord(List<Token> tokens, int k, boolean capitalOfTheSentence) {
        Token t = tokens.get(k);
        return t.isWord() && (capitalOfTheSentence || !t.isCapitalized())
                && t.text().length() >= STORY_WORD_LETTERS
                && !lex.isLinkWord(t.lower()) && !org.warta.extract.entity.EntityFinder.isCommonWord(t) // 'setelah'
                && lex.cues().longestAt(tokens, k, k + 1) == null;
    }

    /**
     * The lower-case words after the last comma of sentence {@code s}, and those after a word that names its source
     * after it up to the next comma ({@code according to the country's state-funded human rights commission, as
     * protests ...}): where a lead names its unnamed source.
     */
    private java.util.Set<String> unnamedSourceWords(Sentence s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        List<Token> t = s.tokens();
        addLowerWords(t, t.size() - 1, -1, out);
        for (PhraseMatcher.Match<ClaimLexicon.Cue> c : lex.cues().find(t)) {
            if (c.value() == ClaimLexicon.Cue.SOURCE_AFTER) {
                addLowerWords(t, c.to(), 1, out);
            }
        }
        return out;
    }

    /** Adds the lower-case words from token {@code i} in direction {@code step} up to a comma or the sentence's end. */
    private static void addLowerWords(List<Token> t, int i, int step, java.util.Set<String> out) {
        for (int k = i; k >= 0 && k < t.size() && !t.get(k).text().equals(","); k += step) {
            if (t.get(k).isWord() && !t.get(k).isCapitalized()) {
                out.add(t.get(k).lower());
            }
        }
    }

    /**
     * True when a lower-case mention of {@code speaker} ({@code the group}) is a word of the lead's unnamed citing
     * clause: the lead cited this speaker without its name.
     */
    private boolean describes(Entity speaker) {
        if (unnamedWords.isEmpty()) {
            return false;
        }
        for (org.warta.model.Span m : speaker.mentions()) {
            String w = m.text();
            if (w != null && !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.indexOf(' ') < 0
                    && w.length() > 3 && unnamedWords.contains(w.toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** True when sentence {@code s} ends with a stop, a closing quote or a bracket, as body text does. */
    private static boolean closed(Sentence s) {
        List<Token> t = s.tokens();
        if (t.isEmpty()) {
            return false;
        }
        String last = t.get(t.size() - 1).text();
        return !Character.isLetterOrDigit(last.charAt(last.length() - 1));
    }

    /** The speaker of the first quote with one inside sentence {@code s}, or null. */
    private Entity speakerIn(Sentence s) {
        for (Quote q : quotes) {
            if (q.speaker() != null && q.start() >= s.start() && q.end() <= s.end()) {
                return index.byId(q.speaker());
            }
        }
        return null;
    }
}
