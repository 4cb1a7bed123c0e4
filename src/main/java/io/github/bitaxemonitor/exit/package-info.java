/**
 * How a command ends: the exit codes and the exception that carries a user-facing one-line problem with its code.
 * Below {@code cli} so that config, collect and store can say how a run should end without importing the command line.
 */
package io.github.bitaxemonitor.exit;
