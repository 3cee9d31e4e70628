#!/usr/bin/env bash
# Checks 2.3 million dwelling records (roughly the Dutch corporations' social-rent stock) in one
# stream under -Xmx128m and reports the time, the peak heap and the peak resident set size.
# The NDJSON file (about 640 MB) is generated once into benchmarks/target, untimed, and reused.
#
#   benchmarks/stream-2.3m.sh                  # builds the jar through the reactor first
#   SKIP_BUILD=1 benchmarks/stream-2.3m.sh     # reuse benchmarks/target/benchmarks.jar
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -B package -pl benchmarks -am -DskipTests -Dmaven.javadoc.skip >&2
fi
jar=benchmarks/target/benchmarks.jar
count=2300000
file=benchmarks/target/stock-$count.ndjson
# Generate outside the measured JVM, so that its peak resident set is the check's alone.
java -cp "$jar" nl.woonzorg.benchmarks.StreamCheck --generate-only "$count" "$file"
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f "peak resident set size %M KiB, wall %e s" \
    java -Xmx128m -cp "$jar" nl.woonzorg.benchmarks.StreamCheck "$count" "$file"
else
  java -Xmx128m -cp "$jar" nl.woonzorg.benchmarks.StreamCheck "$count" "$file"
fi
