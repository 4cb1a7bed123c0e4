/**
 * Acting on miners safely: which miners a command means ({@link Targets}), whether a change is allowed
 * ({@link ChangeCheck} against the device's options and {@link SafetyLimits}), running actions on many miners at
 * once ({@link BulkRun}) and the record of every action ({@link AuditLog}). The protocol side is
 * {@code miner.MinerControl}; this package never speaks to a miner except through it.
 */
package io.github.bitaxemonitor.control;
