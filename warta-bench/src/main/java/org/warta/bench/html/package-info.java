/**
 * Side-by-side content extraction: {@link org.warta.bench.html.ContentBench} runs Warta, Readability4J and
 * boilerpipe on the same pages in the same run and prints P, R, F1 and pages per second.
 */
package org.warta.bench.html;
