#!/usr/bin/env bash
# Measures the ratios of the performance issue (21) in one command: builds the benchmarks jar through the reactor,
# runs the whole JMH suite with -prof gc once and the six benchmarks of the goals four more times
# (each benchmark in a fork of its own, 1 GiB heap; about 13 minutes) and prints one line per
# goal, "<name> <median ratio of the five rounds> <goal>", on standard output. JMH's progress,
# each round's scores and ratios, and each goal's lowest and highest ratio go to standard error.
#
#   benchmarks/ratios.sh                  # the settings the README's figures come from
#   benchmarks/ratios.sh --rounds 3 -f 1 -i 3   # any options replace the defaults
#   SKIP_BUILD=1 benchmarks/ratios.sh     # reuse benchmarks/target/benchmarks.jar
#
# Run it on a quiet machine: the ratios are robust to some noise, the absolute scores are not.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -B package -pl benchmarks -am -DskipTests -Dmaven.javadoc.skip >&2
fi
if [ $# -eq 0 ]; then
  set -- --rounds 5 -f 1 -wi 4 -w 2s -i 5 -r 2s
fi
exec java -cp benchmarks/target/benchmarks.jar nl.woonzorg.benchmarks.Ratios "$@"
