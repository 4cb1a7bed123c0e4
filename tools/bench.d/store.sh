# Scenario 2 of issue 5 (sourced by tools/bench): the cost of appending one 1,000-miner cycle through the real store
# with 1 MB and with 1 GB of history, the fsync part of it, and one backup of a full (100 MB) current file.

scenario_store() {
  [[ -d "$W/hist-${GB}g/data" ]] || { echo "no history: run 'tools/bench gen' first" >&2; return 1; }
  local s="$W/store" today; today=$(date -u +%F)
  rm -rf "$s"; mkdir -p "$s/small/data" "$s/big"
  say "store: history for today (1 MB; ${GB} GB + a 99 MB current file)"
  jrun io.github.bitaxemonitor.bench.HistoryGenerator --layout "$s/small/data/metrics.csv" --bytes 1M >/dev/null
  cp -r "$W/hist-${GB}g/data" "$s/big/data"
  jrun io.github.bitaxemonitor.bench.HistoryGenerator --single "$s/big/data/metrics-$today.csv" --bytes 99M >/dev/null
  say "store: $(du -sh "$s/small/data" | cut -f1) and $(du -sh "$s/big/data" | cut -f1) of history, $(ls "$s/big/data" | wc -l) files"
  local c="${BENCH_STORE_CYCLES:-40}"
  timed store-small jrun io.github.bitaxemonitor.bench.StoreBench --csv-path "$s/small/data/metrics.csv" --cycles "$c"
  local o="$W/out/store-small.out" small; small=$(kv "$o" append_median_ms); cat "$o" >&2
  record store "append 1,000 rows, 1 MB history (median of $c)" "$small" ms "" "" "-" "p90 $(kv "$o" append_p90_ms) ms, $(kv "$o" cycle_bytes) bytes"
  record store "plain write of the same bytes, no fsync" "$(kv "$o" plain_write_median_ms)" ms "" "" "-" info
  record store "write + fsync of the same bytes" "$(kv "$o" write_fsync_median_ms)" ms "plain write" "$(kv "$o" plain_write_median_ms)" "-" "fsync cost"
  timed store-big jrun io.github.bitaxemonitor.bench.StoreBench --csv-path "$s/big/data/metrics.csv" --cycles "$c"
  o="$W/out/store-big.out"; cat "$o" >&2
  record store "append 1,000 rows, ${GB} GB history (median of $c)" "$(kv "$o" append_median_ms)" ms "1 MB history" "$small" \
    "equal within noise (<=1.25x)" "$(le "$(div "$(kv "$o" append_median_ms)" "$small")" 1.25), p90 $(kv "$o" append_p90_ms) ms"
  record store "store open with ${GB} GB history (tail check)" "$(kv "$o" open_ms)" ms "1 MB history" "$(kv "$W/out/store-small.out" open_ms)" "-" info
  # A current file just under the 100 MB part size, so the backup copies the largest file it ever has to.
  mkdir -p "$s/backup/data"
  jrun io.github.bitaxemonitor.bench.HistoryGenerator --single "$s/backup/data/metrics-$today.csv" --bytes 99M >/dev/null
  timed store-backup jrun io.github.bitaxemonitor.bench.StoreBench --csv-path "$s/backup/data/metrics.csv" --cycles 1 --backup true
  o="$W/out/store-backup.out"; cat "$o" >&2
  timed gzip sh -c 'gzip -6 -c "$1" >"$2"' gzip "$s/backup/data/$(kv "$o" file)" "$s/peer.gz"
  record store "backup of the current file ($(($(kv "$o" file_bytes) / 1000000)) MB), background" "$(kv "$o" backup_ms)" ms \
    "gzip -6 -c" "$(awk "BEGIN{printf \"%.0f\", $WALL*1000}")" "-" "gz $(($(kv "$o" gz_bytes) / 1000000)) MB"
  rm -rf "$s"
}
