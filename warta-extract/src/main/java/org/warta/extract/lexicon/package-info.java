/**
 * Language knowledge as data: {@link org.warta.extract.lexicon.LexiconFile} reads the UTF-8 resource files that
 * sit beside each stage's code, and the user's own files of the same name. The stages hold the words they read in
 * {@link org.warta.extract.lexicon.WordMap} and {@link org.warta.extract.lexicon.WordSet} where every token of a text
 * is looked up and most are not listed: a {@link org.warta.extract.lexicon.WordHashFilter} in front turns those away.
 */
package org.warta.extract.lexicon;
