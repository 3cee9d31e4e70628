#!/usr/bin/env bash
# Checks 2.3 million dwelling records (roughly the Dutch corporations' social-rent stock) in one
# stream under -Xmx128m, on 1 and on 2 threads (NdjsonReader.threads), and reports for each the
# wall and CPU time, the peak heap and the peak resident set size, then the speed-up.
# The NDJSON file (about 640 MB) is generated once into benchmarks/target, untimed, and reused.
#
#   benchmarks/stream-2.3m.sh                  # builds the jar through the reactor first
#   SKIP_BUILD=1 benchmarks/stream-2.3m.sh     # reuse benchmarks/target/benchmarks.jar
#   THREADS="1 2 4" benchmarks/stream-2.3m.sh  # other numbers of threads (default "1 2")
#
# Tuned runs come after the default ones (java on the PATH, no options), never instead of them:
#   TUNED="-XX:+UseSerialGC" benchmarks/stream-2.3m.sh     # each number of threads again, with
#                                                          # these JVM options
#   TUNED_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java AOT=1 TUNED="-XX:+UseSerialGC" \
#     benchmarks/stream-2.3m.sh   # on that JVM (25 or later) with an AOT cache (JEP 483/515)
#                                 # trained first on 200,000 records, untimed
#   WARM=1 benchmarks/stream-2.3m.sh   # every JVM checks the stock twice (StreamCheck --runs 2):
#                                      # the second run, its code compiled, is a long-running
#                                      # service's check, with a speed-up line of its own
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
tuning=${TUNED:-}${TUNED_JAVA:-}${AOT:-}
tuned_java=${TUNED_JAVA:-java}
read -r -a tuned <<<"${TUNED:-}"
if [ -n "${AOT:-}" ]; then
  # The cache holds the classes loaded and linked and the methods' profiles of a training run
  # with the same class path and options; the JVM refuses a cache made for another jar.
  training=benchmarks/target/stock-200000.ndjson
  cache=benchmarks/target/stream-check.aot
  java -cp "$jar" nl.woonzorg.benchmarks.StreamCheck --generate-only 200000 "$training"
  rm -f "$cache"
  log=$(mktemp)
  if ! "$tuned_java" "${tuned[@]}" -XX:AOTCacheOutput="$cache" -Xmx128m -cp "$jar" \
      nl.woonzorg.benchmarks.StreamCheck --threads 2 200000 "$training" >"$log" 2>&1; then
    cat "$log" >&2
    exit 1
  fi
  rm -f "$log"
  echo "trained $cache on $training (not timed)"
  # AOTMode=on: a cache the JVM cannot use fails the run rather than leaving it untuned.
  tuned+=(-XX:AOTCache="$cache" -XX:AOTMode=on)
fi

walls=()
runs=()
if [ -n "${WARM:-}" ]; then
  runs=(--runs 2)
fi
# Runs the check on $1 threads with the JVM $2 and the options after it, and records its wall
# time under $label (and that of the second run, when warm, under "$label, warm").
check() {
  local threads=$1 out
  shift
  out=$(mktemp)
  echo "$label:"
  local command=("$@" -Xmx128m -cp "$jar" nl.woonzorg.benchmarks.StreamCheck --threads "$threads"
    "${runs[@]}" "$count" "$file")
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "threads $threads: peak resident set size %M KiB, wall %e s" \
      "${command[@]}" | tee "$out"
  else
    "${command[@]}" | tee "$out"
  fi
  local suffix=""
  while read -r wall; do
    walls+=("$threads|$label$suffix|$wall")
    suffix=", warm"
  done < <(sed -n 's/.* in \([0-9.]*\) s wall.*/\1/p' "$out")
  rm -f "$out"
}
for threads in ${THREADS:-1 2}; do
  label="default ($(java -version 2>&1 | head -1))"
  check "$threads" java
  if [ -n "$tuning" ]; then
    label="tuned ($("$tuned_java" -version 2>&1 | head -1) ${tuned[*]})"
    check "$threads" "$tuned_java" "${tuned[@]}"
  fi
done
# The speed-up of each run over the first of its kind (the check's own wall time, not the JVM's
# start).
declare -A first
for run in "${walls[@]}"; do
  IFS='|' read -r threads kind wall <<<"$run"
  first[$kind]=${first[$kind]:-$wall}
  awk -v t="$threads" -v k="$kind" -v w="$wall" -v f="${first[$kind]}" \
    'BEGIN { printf "%s, threads %s: %.2f s, speed-up %.2f\n", k, t, w, f / w }'
done
