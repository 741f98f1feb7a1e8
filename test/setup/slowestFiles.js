// A Jest reporter: after a run of 10 files or more, the wall-clock time of the run and its
// slowest files, so a slow test shows up in CI's log before it costs anyone a minute.
'use strict';

const SHOWN = 8;

class SlowestFiles {
  constructor(globalConfig) {
    this.rootDir = globalConfig.rootDir;
  }

  onRunComplete(_contexts, results) {
    const files = results.testResults.filter((file) => file.perfStats?.end > 0);
    if (files.length < 10) return;
    const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
    const slowest = files
      .map((file) => ({
        ms: file.perfStats.end - file.perfStats.start,
        name: file.testFilePath.replace(`${this.rootDir}/`, ''),
      }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, SHOWN);
    const lines = slowest.map(({ ms, name }) => `  ${seconds(ms).padStart(7)}  ${name}`);
    const wall = seconds(Date.now() - results.startTime);
    process.stderr.write(`\nJest took ${wall} wall-clock; slowest files:\n${lines.join('\n')}\n`);
  }
}

module.exports = SlowestFiles;
