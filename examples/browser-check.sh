#!/usr/bin/env bash
# Browser check of the HTML report: renders the Gemeente A report in Debian's headless chromium,
# keeps a screenshot as a build artifact, and fails if the page logs anything to the console
# (a script error, a blocked fetch) or if its charts are not in the rendered DOM.
#
# Needs the runnable jar (./mvnw -pl examples -am package) and chromium on the PATH; .ci/run
# installs chromium. Writes everything to examples/target/browser-check/, the screenshot to
# examples/target/browser-check/report.png.
set -euo pipefail
cd "$(dirname "$0")"

jar=target/woonzorg.jar
out=target/browser-check
[ -f "$jar" ] || { echo "browser-check: $jar missing; run ./mvnw -pl examples -am package" >&2; exit 1; }
command -v chromium >/dev/null || { echo "browser-check: chromium not installed" >&2; exit 1; }
rm -rf "$out" && mkdir -p "$out"

java -jar "$jar" report data/gemeente-a.json -o "$out/report.html"
url="file://$PWD/$out/report.html"

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# A fresh profile, no sandbox (CI runs as root), and nothing that phones home.
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --user-data-dir="$profile" --hide-scrollbars)

chromium "${flags[@]}" --window-size=1100,1800 --screenshot="$PWD/$out/report.png" "$url" \
  >"$out/screenshot.log" 2>&1
chromium "${flags[@]}" --enable-logging=stderr --v=0 --dump-dom "$url" \
  >"$out/dom.html" 2>"$out/console.log"

fail=0
# Chromium logs every console message, script error and CSP refusal of the page as CONSOLE.
if grep -E 'CONSOLE|Uncaught|Refused to' "$out/console.log"; then
  echo "browser-check: the page logged to the console (see $out/console.log)" >&2
  fail=1
fi
charts=$(grep -o '<svg class="chart"' "$out/dom.html" | wc -l)
bars=$(grep -o '<rect class="bar"' "$out/dom.html" | wc -l)
if [ "$charts" -ne 1 ] || [ "$bars" -ne 3 ]; then
  echo "browser-check: expected 1 chart with 3 bars in the DOM, found $charts and $bars" >&2
  fail=1
fi
if [ ! -s "$out/report.png" ]; then
  echo "browser-check: no screenshot" >&2
  fail=1
fi
[ "$fail" -eq 0 ] || exit 1
echo "browser-check: report renders with $charts chart and $bars bars, no console output;" \
  "screenshot examples/$out/report.png"
