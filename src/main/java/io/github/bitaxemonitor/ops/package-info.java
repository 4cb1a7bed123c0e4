/**
 * Running the monitor for months: the heartbeat it leaves beside the data after every cycle, and the judgement of
 * that heartbeat ({@code monitor health}, the viewer's header) in the plugin form monitoring systems read. Below
 * {@code cli} and {@code view}; above {@code collect}, whose cycle it observes.
 */
package io.github.bitaxemonitor.ops;
