# Issue 10's viewer scenario (sourced by tools/bench): the viewer's memory at 100,000 miners. A history of
# BENCH_VSCALE_MINERS miners (default 100,000) at one row each every 5 minutes, one hour of it (1.2 M rows, ~430 MB),
# so the whole file is in --summary's default window. Figures: heap the fleet model holds per miner
# (ViewerScaleBench, after full collections, under the launcher's heap cap), and `tools/viewer --summary` wall time
# and peak RSS. Peers in the same run: the same viewer on a 1,000-miner history of the same shape, and Miller's
# per-miner statistics (`mlr stats1 -g address`) over the same 100,000-miner file, what a user would reach for.
VIEWER_OPTS="-XX:+UseSerialGC -Xms16m -Xmx320m -XX:TieredStopAtLevel=1"   # tools/launch's flags for viewer --summary

scenario_viewer_scale() {
  local n="${BENCH_VSCALE_MINERS:-100000}" m small="$W/vscale-1000/data" big="$W/vscale-${BENCH_VSCALE_MINERS:-100000}/data"
  for m in "$n:$big" "1000:$small"; do
    [[ -d "${m#*:}" ]] || jrun io.github.bitaxemonitor.bench.HistoryGenerator --layout "${m#*:}/metrics.csv" \
      --miners "${m%%:*}" --interval 300 --bytes "$(( ${m%%:*} * 12 * 356 ))" --max-file-bytes 100M >&2
  done
  say "viewer-scale: $n miners, $(du -sh "$big" | cut -f1) of history in the window; viewer flags $VIEWER_OPTS"
  # shellcheck disable=SC2086
  timed vscale-model java $VIEWER_OPTS -cp "$CP" io.github.bitaxemonitor.bench.ViewerScaleBench --data "$big/metrics.csv"
  cat "$W/out/vscale-model.out" >&2
  # shellcheck disable=SC2086
  timed vscale-model-small java $VIEWER_OPTS -cp "$CP" io.github.bitaxemonitor.bench.ViewerScaleBench --data "$small/metrics.csv"
  local per per_small
  per=$(kv "$W/out/vscale-model.out" bytes_per_miner); per_small=$(kv "$W/out/vscale-model-small.out" bytes_per_miner)
  record vscale "$n miners: fleet model heap per miner" "$per" B "1,000 miners" "$per_small" "<2048 B" \
    "$(le "$per" 2048), $(kv "$W/out/vscale-model.out" miners) held, load $(kv "$W/out/vscale-model.out" load_ms) ms"
  "$ROOT/tools/viewer" --summary --data "$small/metrics.csv" >/dev/null 2>&1 || true   # AppCDS archive, first run
  timed vscale-summary-small "$ROOT/tools/viewer" --summary --data "$small/metrics.csv"
  local small_wall="$WALL" small_rss="$RSS_MB"
  timed vscale-summary "$ROOT/tools/viewer" --summary --data "$big/metrics.csv"
  local wall="$WALL" rss="$RSS_MB" lines; lines=$(wc -l <"$W/out/vscale-summary.out")
  timed vscale-mlr mlr --icsv --ojson stats1 -a count,mean,max -f hashrate_ghs,asic_temp_c -g address "$big"/metrics*.csv
  record vscale "$n miners: viewer --summary peak RSS" "$rss" MB "mlr stats1 -g address" "$RSS_MB" "<400 MB" \
    "$(le "$rss" 400), 1,000 miners: $small_rss MB"
  record vscale "$n miners: viewer --summary wall" "$wall" s "mlr stats1 -g address" "$WALL" "-" \
    "info, 1,000 miners: $small_wall s, $lines lines written"
}
