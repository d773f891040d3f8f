package org.warta.store.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Indonesian analysis that strips only inflectional affixes (particles {@code -lah -kah -tah -pun},
 * possessives {@code -ku -mu -nya}), not derivational ones: {@code serangannya} finds {@code serangan} but
 * not {@code menyerang}, which keeps claim words (tewas, luka, ditembak) precise. Lucene's stop words.
 */
public final class IndonesianInflectionalAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        ts = new StopFilter(ts, IndonesianAnalyzer.getDefaultStopSet());
        ts = new IndonesianStemFilter(ts, false);
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
