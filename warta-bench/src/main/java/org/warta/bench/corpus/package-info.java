/** The corpus the JMH benchmarks read, by path (id-news-ner's sentences without their tags). */
package org.warta.bench.corpus;
