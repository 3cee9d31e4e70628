#!/usr/bin/env bash
# The CLI's start-up goal of issue 21: `woonzorg validate` of the bundled gemeente-a.json against
# `woonzorg --version`, wall time, in RUNS interleaved pairs (default 7) after one warm-up pair;
# prints each side's median and the median of the pairs' ratios, for the launcher
# (examples/target/woonzorg, with its class-data sharing archive) and for plain `java -jar`.
#
#   benchmarks/cli.sh                 # builds the runnable jar and launcher first
#   SKIP_BUILD=1 RUNS=11 benchmarks/cli.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -B -ntp package -pl examples -am -DskipTests -Dmaven.javadoc.skip -Djazzer.skip >&2
fi
runs=${RUNS:-7}
doc=examples/data/gemeente-a.json

# Wall seconds of one run of the command, its output discarded.
wall() {
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo "scale=3; ($end - $start) / 1000000000" | bc
}

median() {
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

measure() {
  local name=$1; shift
  local validates=() versions=() ratios=()
  "$@" validate "$doc" >/dev/null 2>&1 || true
  "$@" --version >/dev/null 2>&1
  for _ in $(seq "$runs"); do
    local v w
    v=$(wall "$@" validate "$doc")
    w=$(wall "$@" --version)
    validates+=("$v"); versions+=("$w")
    ratios+=("$(echo "scale=3; $v / $w" | bc)")
  done
  printf '%s: validate %s s, --version %s s (medians of %d interleaved pairs), ratio %s (goal <= 3)\n' \
    "$name" "$(printf '%s\n' "${validates[@]}" | median)" \
    "$(printf '%s\n' "${versions[@]}" | median)" "$runs" \
    "$(printf '%s\n' "${ratios[@]}" | median)"
}

measure "launcher (AppCDS)" examples/target/woonzorg
measure "java -jar" java -jar examples/target/woonzorg.jar
