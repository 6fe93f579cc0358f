package dev.albatross.bench;

import java.io.IOException;

/** One phase of a benchmark run: it measures, and puts its rounds, figures and rows in the run's report. */
abstract class BenchPhase {
  protected final BenchRun run;
  protected final Report report;

  BenchPhase(BenchRun run) {
    this.run = run;
    this.report = run.report();
  }

  abstract void run() throws IOException;
}
