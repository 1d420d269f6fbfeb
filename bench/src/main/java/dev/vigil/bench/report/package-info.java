/**
 * What a bench run produced: {@link dev.vigil.bench.report.Metric}s (a measured number or the
 * reason there is none), the targets judged against them, the machine they were measured
 * on, and the two renderings, a text table and JSON.
 */
package dev.vigil.bench.report;
