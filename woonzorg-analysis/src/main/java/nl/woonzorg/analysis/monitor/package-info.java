/**
 * The monitor of the BORGING phase (<i>monitoring en borging</i>): "is het programma op de goede
 * weg?" — each goal's {@linkplain nl.woonzorg.analysis.monitor.GoalProgress progress} against its
 * target with the required and realised pace, the projected year and a {@linkplain
 * nl.woonzorg.analysis.monitor.ProgressStatus status}; each agreement's jaarschijven with their
 * backlog; the pipeline of plan capacity after planuitval; the early-warning thresholds that
 * fired; and the indicators whose measurement is overdue. A {@linkplain
 * nl.woonzorg.analysis.monitor.VisionMonitor vision monitor} gathers them and lists its {@linkplain
 * nl.woonzorg.analysis.monitor.MonitorFinding findings}.
 *
 * <p>Every figure is an exact {@linkplain nl.woonzorg.analysis.number.Fraction fraction} and keeps
 * the measurements it came from; the same input and as-of date give the same result. Results are
 * immutable and thread-safe.
 */
@NullMarked
package nl.woonzorg.analysis.monitor;

import org.jspecify.annotations.NullMarked;
