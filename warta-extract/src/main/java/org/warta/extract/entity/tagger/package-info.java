/**
 * A trained name tagger: an averaged structured perceptron over BIO labels ({@link
 * org.warta.extract.entity.tagger.BioLabel}) with hashed word, shape, affix, neighbour and lexicon features ({@link
 * org.warta.extract.entity.tagger.Features}), decoded by Viterbi ({@link org.warta.extract.entity.tagger.TaggerModel}).
 * {@link org.warta.extract.entity.tagger.NameTagger} is the entry point; {@link
 * org.warta.extract.entity.tagger.PerceptronTrainer} makes the model file from a BIO corpus.
 */
package org.warta.extract.entity.tagger;
