/**
 * JMH micro-benchmarks of the hot paths every L2 entry goes through: the state tree update, the
 * sender recovery, the STF on a transfer, the batch encoding and Keccak. {@link
 * dev.vigil.bench.micro.MicroBenchmarks} runs them through JMH's Runner API with short, explicit
 * iteration settings so that they fit in the one-command bench.
 */
package dev.vigil.bench.micro;
