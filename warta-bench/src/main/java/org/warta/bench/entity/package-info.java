/** JMH micro-benchmarks of the entity stage: the Indonesian name tagger alone ({@link org.warta.bench.entity.TaggerBenchmark}). */
package org.warta.bench.entity;
