/**
 * People, organisations and places with all their mentions. Front door:
 * {@link org.warta.extract.entity.EntityFinder}. Knowledge lives in resources: the actor dictionaries under
 * {@code entity/actors/} (countries, organisations, people with dated roles, outlets, regions, state-body
 * patterns), Warta's own {@code entity/places.tsv} and the gazetteer {@code entity/cities.tsv} (cities and provinces
 * of conflict and disaster news; read by the name rules only, not by the tagger's clues), and the word lists {@code titles.tsv}, {@code heads.tsv},
 * {@code common-words.txt} and {@code pronouns.tsv}. Users add rows through {@code LexiconFile}'s folders.
 */
package org.warta.extract.entity;
