#!/usr/bin/env bash
# Checks 2.3 million dwelling records (roughly the Dutch corporations' social-rent stock) in one
# stream under -Xmx128m, on 1 and on 2 threads (NdjsonReader.threads), and reports for each the
# wall and CPU time, the peak heap and the peak resident set size, then the speed-up.
# The NDJSON file (about 640 MB) is generated once into benchmarks/target, untimed, and reused.
#
#   benchmarks/stream-2.3m.sh                  # builds the jar through the reactor first
#   SKIP_BUILD=1 benchmarks/stream-2.3m.sh     # reuse benchmarks/target/benchmarks.jar
#   THREADS="1 2 4" benchmarks/stream-2.3m.sh  # other numbers of threads (default "1 2")
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
walls=()
for threads in ${THREADS:-1 2}; do
  out=$(mktemp)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "threads $threads: peak resident set size %M KiB, wall %e s" \
      java -Xmx128m -cp "$jar" nl.woonzorg.benchmarks.StreamCheck --threads "$threads" "$count" \
      "$file" | tee "$out"
  else
    java -Xmx128m -cp "$jar" nl.woonzorg.benchmarks.StreamCheck --threads "$threads" "$count" \
      "$file" | tee "$out"
  fi
  walls+=("$threads $(sed -n 's/.* in \([0-9.]*\) s wall.*/\1/p' "$out")")
  rm -f "$out"
done
# The speed-up of each run over the first (the check's own wall time, not the JVM's start).
first=${walls[0]#* }
for run in "${walls[@]}"; do
  awk -v t="${run% *}" -v w="${run#* }" -v f="$first" \
    'BEGIN { printf "threads %s: %.2f s, speed-up %.2f\n", t, w, f / w }'
done
