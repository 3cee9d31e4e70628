#!/usr/bin/env bash
# CI's check that the benchmarks cannot rot: runs every benchmark once, briefly (one fork, one
# warm-up and one measured iteration of a second), through the same Ratios entry point as
# ratios.sh, the monitor and matching benchmarks, which have no ratio goal, through JMH's own,
# and the national analysis on 20,000 records; then streams 20,000 records through the stream
# check under -Xmx128m. Expects the jar from the Maven build (benchmarks/target/benchmarks.jar). The figures
# are too brief to mean anything and are not judged; only a failure to run fails the script.
# About two minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
[ -f "$jar" ] || { echo "no $jar: run the Maven build first" >&2; exit 1; }
java -cp "$jar" nl.woonzorg.benchmarks.Ratios -f 1 -wi 1 -w 1s -i 1 -r 1s -foe true
java -jar "$jar" MonitorBenchmark -f 1 -wi 1 -w 1s -i 1 -r 1s -foe true
java -jar "$jar" MatchBenchmark -f 1 -wi 1 -w 1s -i 1 -r 1s -foe true
java -jar "$jar" AnalysisBenchmark -p records=20000 -f 1 -wi 1 -w 1s -i 1 -r 1s -foe true
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
java -Xmx128m -cp "$jar" nl.woonzorg.benchmarks.StreamCheck 20000 "$tmp/stock.ndjson"
