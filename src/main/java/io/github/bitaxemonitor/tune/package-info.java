/**
 * The safe benchmark and auto-tune: sweep frequency x core voltage ({@link Benchmark}), each step judged by its
 * trimmed samples and cut off at the safety limits ({@link StepRunner}), the original settings kept in a journal on
 * disk before the first change ({@link Journal}) and put back at the end, on a stop, on any error, and after a crash
 * at the next start ({@link Recovery}). Results are ranked with their Pareto front ({@link Ranking}) and written as
 * JSON and markdown ({@link ReportFiles}).
 */
package io.github.bitaxemonitor.tune;
