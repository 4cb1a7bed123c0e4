# Scenario 4 of issue 5 (sourced by tools/bench): csv-repair analyze, repair, stats and merge on the big file, against
# Miller and csvkit doing the nearest equivalent job on the same file in the same run, and against wc -l.
scenario_repair() {
  [[ -f "$BIG" ]] || { echo "no $BIG: run 'tools/bench gen' first" >&2; return 1; }
  local bytes jar="$ROOT/target/bitaxe-monitor.jar" r="$W/repair"; bytes=$(stat -c %s "$BIG")
  rm -rf "$r"; mkdir -p "$r"
  say "csv-repair on $(basename "$BIG") ($((bytes / 1000000)) MB, page-cached)"
  cat "$BIG" >/dev/null
  timed wc-r wc -l "$BIG"; local wc="$WALL"
  record repair "wc -l (floor)" "$wc" s "" "" "-" "$(mbps "$bytes" "$wc") MB/s"
  # Two halves with a header each, for merge.
  head -1 "$BIG" >"$r/a.csv"; cp "$r/a.csv" "$r/b.csv"
  local lines; lines=$(wc -l <"$BIG")
  sed -n "2,$((lines / 2))p" "$BIG" >>"$r/a.csv"; sed -n "$((lines / 2 + 1)),\$p" "$BIG" >>"$r/b.csv"

  timed mlr-ocsv sh -c 'mlr --icsv --ocsv cat "$1" >"$2"' mlr "$BIG" "$r/mlr.csv"; local mlr_cat="$WALL"; rm -f "$r/mlr.csv"
  timed mlr-stats-r mlr --icsv --opprint stats1 -a count,min,mean,max -f hashrate_ghs,asic_temp_c,power_w -g address "$BIG"
  local mlr_stats="$WALL"
  # Miller sorts in memory: on the whole 1 GB it took all 23 GB and was killed (docs/PERFORMANCE.md), so it sorts a
  # slice (scaled), and GNU sort, an external merge sort like csv-repair merge, sorts the whole input.
  local ms; ms=$(slice "${BENCH_MLR_SORT_MB:-100}")
  timed mlr-sort sh -c 'mlr --icsv --ocsv sort -f timestamp_utc "$1" >"$2"' mlr "$ms" "$r/mlr.csv"; rm -f "$r/mlr.csv"
  local mlr_sort; mlr_sort=$(div "$WALL*$(div "$bytes" "$(stat -c %s "$ms")")" 1)
  local mlr_sort_rss="$RSS_MB"
  timed gnu-sort sh -c '{ head -1 "$1"; tail -q -n +2 "$1" "$2" | LC_ALL=C sort -t, -k1,1 -S 2G -T "$4"; } >"$3"' \
    sort "$r/a.csv" "$r/b.csv" "$r/sorted.csv" "$r"; local gnu_sort="$WALL"; rm -f "$r/sorted.csv"
  local mb="${BENCH_CSVKIT_MB:-50}" sl scale; sl=$(slice "$mb"); scale=$(div "$bytes" "$(stat -c %s "$sl")")
  timed csvclean-r csvclean "$sl"; rm -f "$W"/slice-*_out.csv "$W"/slice-*_err.csv
  local csvclean; csvclean=$(div "$WALL*$scale" 1)
  timed csvstat-r csvstat -c hashrate_ghs,asic_temp_c,power_w "$sl"; local csvstat; csvstat=$(div "$WALL*$scale" 1)

  timed analyze java -jar "$jar" csv-repair analyze --quiet "$BIG"
  cmp_peers analyze "$WALL" "mlr --icsv --ocsv cat" "$mlr_cat" "csvclean (x$scale from ${mb} MB)" "$csvclean" "$wc"
  timed repair java -jar "$jar" csv-repair repair --quiet "$BIG" -o "$r/repaired.csv"
  cmp_peers repair "$WALL" "mlr --icsv --ocsv cat" "$mlr_cat" "csvclean (x$scale from ${mb} MB)" "$csvclean" "$wc"
  cmp -s "$BIG" "$r/repaired.csv" && record repair "repair of a clean file changes nothing" yes "" "" "" "identical" met
  rm -f "$r/repaired.csv"
  timed stats java -jar "$jar" csv-repair stats --quiet "$BIG"
  cmp_peers stats "$WALL" "mlr stats1 by miner" "$mlr_stats" "csvstat 3 columns (x$scale from ${mb} MB)" "$csvstat" "$wc"
  timed merge java -jar "$jar" csv-repair merge --quiet "$r/merged.csv" "$r/a.csv" "$r/b.csv"
  cmp_peers merge "$WALL" "mlr sort -f timestamp_utc (x from ${BENCH_MLR_SORT_MB:-100} MB, RSS ${mlr_sort_rss} MB)" "$mlr_sort" \
    "GNU sort -t, -k1,1 (external)" "$gnu_sort" "$wc"
  rm -rf "$r"
}

# cmp_peers CMD OURS PEER1 T1 PEER2 T2 WC: one row per peer (target: faster) and one against wc -l (target: <=4x).
cmp_peers() {
  local note="cpu ${CPU} s, RSS ${RSS_MB} MB, $(mbps "$(stat -c %s "$BIG")" "$2") MB/s"
  record repair "csv-repair $1 vs $3" "$2" s "$3" "$4" "faster" "$(le "$2" "$4"), $note"
  [[ -n "$5" ]] && record repair "csv-repair $1 vs $5" "$2" s "$5" "$6" "faster" "$(le "$2" "$6")"
  record repair "csv-repair $1 vs wc -l" "$2" s "wc -l" "$7" "<=4x" "$(le "$(div "$2" "$7")" 4)"
}
