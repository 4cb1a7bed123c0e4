# Scenario of issue 13 (sourced by tools/bench): analyze configs on the benchmark's tuning history (the generator with
# --tuning on: configuration changes with planted answers), against DuckDB (JDBC driver from Maven Central, test
# scope) running the same grouped aggregation over the same CSV files with read_csv_auto, in the same run; RSS; time
# against the share of history read; and the HTML report rendered by headless Chromium.
scenario_analyze() {
  local data="$W/hist-tuning-${GB}g/data" jar="$ROOT/target/bitaxe-monitor.jar"
  # The analyze launcher's JVM flags (tools/launch), so the figure is what users get.
  local opts=(-XX:+UseSerialGC -Xms80m -Xmn64m -Xmx192m)
  if [[ ! -d "$data" ]]; then
    say "generator: ${GB} GB tuning history (configuration changes, planted answers)"
    timed gen-tuning jrun io.github.bitaxemonitor.bench.HistoryGenerator --layout "$data/metrics.csv" \
      --bytes "$BIG_BYTES" --max-file-bytes "${BENCH_MAX_FILE:-100M}" --tuning on --end 1795132740
    cat "$W/out/gen-tuning.out" >&2
  fi
  local bytes files; bytes=$(cat "$data"/metrics-*.csv | wc -c); files=$(find "$data" -name 'metrics-*.csv' | wc -l)
  say "analyze configs on $files files, $((bytes / 1000000)) MB (page-cached), vs DuckDB $(basename "$(grep -o '[^:]*duckdb_jdbc[^:]*' "$W/classpath.txt")")"
  cat "$data"/metrics-*.csv >/dev/null
  timed analyze-configs java "${opts[@]}" -jar "$jar" analyze configs --data "$data"
  local ours="$WALL" ours_cpu="$CPU" ours_rss="$RSS_MB"
  timed analyze-configs-json java "${opts[@]}" -jar "$jar" analyze configs --data "$data" --json
  local threads; threads=$(nproc)
  timed duck-plain jrun io.github.bitaxemonitor.bench.DuckDbPeer --glob "$data/metrics-*.csv" --query plain --threads "$threads"
  local plain="$WALL" plain_cpu="$CPU" plain_rss="$RSS_MB"
  timed duck-settled jrun io.github.bitaxemonitor.bench.DuckDbPeer --glob "$data/metrics-*.csv" --query settled --threads "$threads"
  local settled="$WALL" settled_cpu="$CPU" settled_rss="$RSS_MB"
  record analyze "analyze configs (wall s, incl. JVM start)" "$ours" s "DuckDB settled (same judgement)" "$settled" "<=1.0x" \
    "$(le "$(div "$ours" "$settled")" 1.0), cpu ${ours_cpu} vs ${settled_cpu} s, RSS ${ours_rss} vs ${settled_rss} MB"
  record analyze "analyze configs vs DuckDB plain GROUP BY" "$ours" s "DuckDB plain (no warm-up/throttle rules)" "$plain" "<=1.0x" \
    "$(le "$(div "$ours" "$plain")" 1.0), DuckDB cpu ${plain_cpu} s, RSS ${plain_rss} MB"
  record analyze "analyze configs RSS" "$ours_rss" MB "" "" "<=256" "$(le "$ours_rss" 256)"
  local groups; groups=$(python3 -c 'import json,sys; print(sum(len(m["configs"]) for m in json.load(open(sys.argv[1]))["miners"]))' \
    "$W/out/analyze-configs-json.out")
  record analyze "groups (miner x configuration): ours / DuckDB" "$groups" groups \
    "DuckDB" "$(grep -c $'^127' "$W/out/duck-settled.out" || true)" "equal" info
  # Time against history read: the newest quarter, half and all of the days (files outside --since are not opened).
  local last first days all=("$data"/metrics-*.csv)
  last=$(basename "${all[-1]}" | grep -o '[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}')
  first=$(basename "${all[0]}" | grep -o '[0-9]\{4\}-[0-9]\{2\}-[0-9]\{2\}')
  days=$(( ($(date -ud "$last" +%s) - $(date -ud "$first" +%s)) / 86400 + 1 ))
  local part since read_mb
  for part in 4 2 1; do
    since=$(date -ud "$last + 1 day - $((days / part)) days" +%Y-%m-%d)
    timed "analyze-since-$part" java "${opts[@]}" -jar "$jar" analyze configs --data "$data" --since "$since"
    read_mb=$(sed -n '1s/.* files\?, \([0-9.]*\) \([MG]\)B.*/\1 \2/p' "$W/out/analyze-since-$part.out" \
      | awk '{print $2 == "G" ? $1 * 1000 : $1}')
    record analyze "analyze configs, 1/$part of the days (wall s)" "$WALL" s "" "" "linear" \
      "$read_mb MB read, $(div "$WALL" "$read_mb/1000") s/GB, cpu ${CPU} s, RSS ${RSS_MB} MB"
  done
  # The history ends at a fixed day (--end), so the report covers its last seven days rather than the last seven of now.
  since=$(date -ud "$last - 6 days" +%Y-%m-%d)
  timed analyze-report java "${opts[@]}" -jar "$jar" analyze report --data "$data" --since "$since" --format html \
    -o "$W/report.html" --force
  record analyze "analyze report (last 7 days of history) --format html (wall s)" "$WALL" s "" "" "-" "$(stat -c %s "$W/report.html") bytes, RSS ${RSS_MB} MB"
  if command -v chromium >/dev/null; then
    local profile; profile=$(mktemp -d)
    timed chromium chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
      --disable-sync --no-first-run --user-data-dir="$profile" --screenshot="$W/report.png" --window-size=1400,2000 "file://$W/report.html"
    rm -rf "$profile"
    record analyze "report rendered by headless Chromium" "$(stat -c %s "$W/report.png" 2>/dev/null || echo 0)" bytes "" "" "-" \
      "screenshot $W/report.png: look at it"
  else
    echo "  (no chromium: apt-get install chromium to render the report)" >&2
  fi
}
