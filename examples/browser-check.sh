#!/usr/bin/env bash
# Browser check of the HTML pages: renders the Gemeente A report, its monitor page, the regional
# monitor of the illustrative gemeenten in data/regio (their own region file) and the
# woonzorganalyse of the illustrative inputs in data/analyse in Debian's headless chromium, keeps a
# screenshot of each as a build artifact, and fails if a page logs anything to the console (a
# script error, a blocked fetch) or if its charts are not in the rendered DOM.
#
# Needs the runnable jar (./mvnw -pl examples -am package) and chromium on the PATH; .ci/run
# installs chromium. Writes everything to examples/target/browser-check/, the screenshot to
# examples/target/browser-check/report.png, monitor.png (and monitor-phone.png, at a phone's
# width), regio.png and analyse.png.
set -euo pipefail
cd "$(dirname "$0")"

jar=target/woonzorg.jar
out=target/browser-check
[ -f "$jar" ] || { echo "browser-check: $jar missing; run ./mvnw -pl examples -am package" >&2; exit 1; }
command -v chromium >/dev/null || { echo "browser-check: chromium not installed" >&2; exit 1; }
rm -rf "$out" && mkdir -p "$out"

java -jar "$jar" report data/gemeente-a.json -o "$out/report.html"
java -jar "$jar" monitor --format html data/gemeente-a.json -o "$out/monitor.html"
# Exit 1: the illustrative gemeenten have goals behind, which is a finding, not a failure here.
java -jar "$jar" monitor --format html --regions data/regio/regio-indeling.csv \
  --region "Voorbeeldregio Oost-Groningen (illustratief)" data/regio/*.json \
  -o "$out/regio.html" || [ $? -eq 1 ]
java -jar "$jar" analyse --population data/analyse/kwb-illustratief.csv --table 85984NED \
  --year 2024 --stock data/analyse/voorraad.ndjson --norms data/analyse/normen.csv \
  --forecast data/analyse/prognose.csv --level wijk --format html -o "$out/analyse.html"

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# A fresh profile, no sandbox (CI runs as root), and nothing that phones home.
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --user-data-dir="$profile" --hide-scrollbars)

fail=0
# render PAGE WIDTH HEIGHT SHOT: a screenshot, the rendered DOM, and the console checked.
render() {
  local url="file://$PWD/$out/$1.html"
  chromium "${flags[@]}" --window-size="$2,$3" --screenshot="$PWD/$out/$4.png" "$url" \
    >"$out/$4.screenshot.log" 2>&1
  chromium "${flags[@]}" --enable-logging=stderr --v=0 --dump-dom "$url" \
    >"$out/$1.dom.html" 2>"$out/$1.console.log"
  # Chromium logs every console message, script error and CSP refusal of the page as CONSOLE.
  if grep -E 'CONSOLE|Uncaught|Refused to' "$out/$1.console.log"; then
    echo "browser-check: $1 logged to the console (see $out/$1.console.log)" >&2
    fail=1
  fi
  if [ ! -s "$out/$4.png" ]; then
    echo "browser-check: no screenshot $4.png" >&2
    fail=1
  fi
}

render report 1100 1800 report
render monitor 1100 2000 monitor
render monitor 390 1600 monitor-phone
render regio 1100 5000 regio
render analyse 1100 1800 analyse

charts=$(grep -o '<svg class="chart"' "$out/report.dom.html" | wc -l)
bars=$(grep -o '<rect class="bar"' "$out/report.dom.html" | wc -l)
if [ "$charts" -ne 1 ] || [ "$bars" -ne 3 ]; then
  echo "browser-check: expected 1 chart with 3 bars in the report, found $charts and $bars" >&2
  fail=1
fi
# Oldambt's early warning (more than 80 households waiting) fired on its 85 of 2022.
signals=$(grep -o '<p class="WARNING">Signaal: ' "$out/regio.dom.html" | wc -l)
if [ "$signals" -ne 1 ]; then
  echo "browser-check: expected 1 early warning fired in the regional monitor, found $signals" >&2
  fail=1
fi
# Gemeente A: its goal (3 levels) and its agreement (the zero before its start and 3 levels), both
# on track, the agreement with one table of its jaarschijven, 2023 missed.
progress=$(grep -o '<svg class="chart progress"' "$out/monitor.dom.html" | wc -l)
dots=$(grep -o '<circle class="dot"' "$out/monitor.dom.html" | wc -l)
badges=$(grep -o '<p class="badge ON_TRACK">' "$out/monitor.dom.html" | wc -l)
slices=$(grep -o '<table class="periods">' "$out/monitor.dom.html" | wc -l)
if [ "$progress" -ne 2 ] || [ "$dots" -ne 7 ] || [ "$badges" -ne 2 ] || [ "$slices" -ne 1 ]; then
  echo "browser-check: expected 2 progress charts with 7 levels, 2 on-track badges and 1 table of" \
    "jaarschijven in the monitor, found $progress, $dots, $badges and $slices" >&2
  fail=1
fi
# The region file holds 3 of the 4 gemeenten: 3 visions, 2 goals each, 2 indicators compared.
regio_charts=$(grep -o '<svg class="chart progress"' "$out/regio.dom.html" | wc -l)
regio_small=$(grep -o '<svg class="chart small"' "$out/regio.dom.html" | wc -l)
if [ "$regio_charts" -ne 6 ] || [ "$regio_small" -ne 2 ]; then
  echo "browser-check: expected 6 progress charts and 2 small multiples in the regional monitor," \
    "found $regio_charts and $regio_small" >&2
  fail=1
fi
# Veendam plans its homes per half year: one table of verdicts, six half years missed by 2024.
halves=$(grep -o '<table class="periods">' "$out/regio.dom.html" | wc -l)
missed=$(grep -o '<td class="BEHIND">' "$out/regio.dom.html" | wc -l)
if [ "$halves" -ne 1 ] || [ "$missed" -ne 6 ]; then
  echo "browser-check: expected 1 table of half-year verdicts with 6 missed in the regional" \
    "monitor, found $halves and $missed" >&2
  fail=1
fi
# Two categories have norms; each chart shows the 5 wijken, one demand bar per target group.
gaps=$(grep -o '<svg class="gap-chart"' "$out/analyse.dom.html" | wc -l)
demand=$(grep -o '<rect class="bar demand"' "$out/analyse.dom.html" | wc -l)
if [ "$gaps" -ne 2 ] || [ "$demand" -ne 10 ]; then
  echo "browser-check: expected 2 gap charts with 10 demand bars in the analysis, found $gaps" \
    "and $demand" >&2
  fail=1
fi
[ "$fail" -eq 0 ] || exit 1
echo "browser-check: report renders with $charts chart and $bars bars, the monitor with" \
  "$progress progress charts, $dots levels, its badges and $slices table of jaarschijven, the region with $regio_charts progress" \
  "charts, $regio_small small multiples, $halves table of half-year verdicts and $signals" \
  "warning fired, the analysis" \
  "with $gaps gap charts and" \
  "$demand demand bars, no console output; screenshots examples/$out/report.png, monitor.png," \
  "monitor-phone.png, regio.png, analyse.png"
