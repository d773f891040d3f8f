/**
 * Language knowledge as data: {@link org.warta.extract.lexicon.LexiconFile} reads the UTF-8 resource files that
 * sit beside each stage's code, and the user's own files of the same name.
 */
package org.warta.extract.lexicon;
