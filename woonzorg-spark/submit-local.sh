#!/usr/bin/env bash
# Checks NDJSON files through spark-submit --master local[2] with the relocated all-in-one jar,
# as SparkSubmitIT does: Spark's submit class on Spark's own class path (its jars, with its older
# jakarta.validation-api and jackson-annotations), since the spark-submit script comes with
# Spark's distribution, not with its Maven artefacts. With a Spark distribution installed, run
# its bin/spark-submit with the same arguments instead. Needs the module built first
# (./mvnw -o verify). Usage: woonzorg-spark/submit-local.sh [--lang en] [--output DIR] FILE...
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="$here/target"
jar=$(ls "$target"/woonzorg-spark-*-all.jar 2>/dev/null | head -1)
[ -n "$jar" ] && [ -f "$target/spark-class-path.txt" ] || {
  echo "no all-in-one jar or Spark class path in $target: build first" >&2; exit 1; }
cp="$(cat "$target/spark-class-path.txt")"
for own in "$target"/spark-own-jars/*.jar; do cp="$cp:$own"; done
opens=$(sed -n 's:.*<spark.moduleOptions>\(.*\)</spark.moduleOptions>.*:\1:p' "$here/pom.xml")
# shellcheck disable=SC2086
exec java $opens -cp "$cp" org.apache.spark.deploy.SparkSubmit --master 'local[2]' \
  --conf spark.ui.enabled=false --class nl.woonzorg.spark.submit.CheckNdjson "$jar" "$@"
