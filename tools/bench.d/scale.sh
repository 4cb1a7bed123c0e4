# Issue 10's scale scenario (sourced by tools/bench): `monitor --once` with 25,000 and 100,000 configured miners on
# loopback. BENCH_SCALE_SIM of them (default 5,000) are served by the simulator (answering in 100-300 ms); the rest
# are addresses 127.x.y.z:9 (x >= 1), where nothing listens, so they refuse at once. One simulator cannot serve more: each
# miner costs it a listening socket and a connection, and ulimit -n is 20,000 here (hard limit). The collector runs
# with the monitor launcher's JVM flags. Figures: wall time, peak RSS, peak open descriptors of the monitor (sampled
# from /proc every 20 ms) against its budget, and rows written per miner (must be exactly one each).
source "$D/poll.sh"

# peak_fds PID: the highest descriptor count of PID until it exits, sampled every 20 ms; printed at the end.
peak_fds() {
  local most=0 n
  while [[ -d /proc/$1 ]]; do
    n=$(ls /proc/"$1"/fd 2>/dev/null | wc -l)
    ((n > most)) && most=$n
    sleep 0.02
  done
  echo "$most"
}

scenario_scale() {
  ulimit -n "$(ulimit -Hn)"
  local n sim="${BENCH_SCALE_SIM:-5000}" dir
  for n in ${BENCH_SCALE_FLEETS:-25000 100000}; do
    say "scale: monitor --once, $n configured miners ($sim simulated, the rest refusing), ulimit -n $(ulimit -n)"
    dir="$W/scale-$n"; rm -rf "$dir"; mkdir -p "$dir" "$W/out"
    start_fleet "$sim" "$dir" || continue
    { echo "miners:"; sed -n '/^miners:/,/^[a-z_]*:/p' "$dir/sim-0.yaml" | grep '^ '
      awk -v n=$((n - sim)) 'BEGIN { for (i = 0; i < n; i++) printf "  - 127.%d.%d.%d:9\n", 1 + int(i / 62500), int(i / 250) % 250, 1 + i % 250 }'
      echo "poll_interval: 30"; echo "timeout: 10"; echo "retries: 0"; echo "csv_path: data/metrics.csv"
      echo "backup_frequency: 0"; } >"$dir/config.yaml"
    # A cold simulator (accepts, JIT) under a loaded machine answers 5,000 first polls in more than 10 s: one
    # cycle of its own miners first, as a fleet that has been running would be; then a second one, the peer: the
    # same --once over the simulated miners alone, in the same run.
    sed 's|^csv_path:.*|csv_path: warm-up/metrics.csv|; s|^timeout:.*|timeout: 10|; s|^poll_interval:.*|poll_interval: 30|' \
      "$dir/sim-0.yaml" >"$dir/warm-up.yaml"
    # shellcheck disable=SC2086
    java $MONITOR_OPTS -jar "$ROOT/target/bitaxe-monitor.jar" monitor --once --quiet --config "$dir/warm-up.yaml" \
      >/dev/null 2>&1 || true
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %U %S %M' -o "$W/out/scale-$n-peer.time" java $MONITOR_OPTS -jar "$ROOT/target/bitaxe-monitor.jar" \
      monitor --once --quiet --config "$dir/warm-up.yaml" >/dev/null 2>&1 || true
    local PEER_WALL PEER_RSS_KB
    read -r PEER_WALL _ _ PEER_RSS_KB < <(tail -1 "$W/out/scale-$n-peer.time")
    local pid fds
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %U %S %M' -o "$W/out/scale-$n.time" java $MONITOR_OPTS -jar "$ROOT/target/bitaxe-monitor.jar" \
      monitor --once --config "$dir/config.yaml" >"$W/out/scale-$n.out" 2>"$W/out/scale-$n.err" &
    pid=$!
    sleep 0.2
    fds=$(peak_fds "$(pgrep -P "$pid" java || echo "$pid")")
    wait "$pid" || echo "  (monitor exited non-zero: see $W/out/scale-$n.err)" >&2
    read -r WALL USER SYS RSS_KB < <(tail -1 "$W/out/scale-$n.time")
    stop_fleet
    cat "$W/out/scale-$n.out" "$W/out/scale-$n.err" | cut -c1-240 >&2
    local rows miners answered
    rows=$(cat "$dir"/data/metrics*.csv | tail -n +2 | grep -vc '^timestamp_utc,' || true)
    miners=$(cat "$dir"/data/metrics*.csv | grep -v '^timestamp_utc,' | cut -d, -f2 | sort -u | wc -l)
    answered=$(cat "$dir"/data/metrics*.csv | grep -c ',ONLINE,' || true)
    record scale "$n miners: monitor --once wall" "$WALL" s "--once, $sim simulated alone" "$PEER_WALL" "-" \
      "cpu $(awk "BEGIN{print $USER+$SYS}") s"
    record scale "$n miners: monitor --once peak RSS" "$(awk "BEGIN{printf \"%.0f\", $RSS_KB/1024}")" MB \
      "--once, $sim simulated alone" "$(awk "BEGIN{printf \"%.0f\", $PEER_RSS_KB/1024}")" "-" info
    record scale "$n miners: peak open descriptors" "$fds" fds "ulimit -n" "$(ulimit -n)" "< limit" "$(le "$fds" "$(ulimit -n)")"
    record scale "$n miners: rows written" "$rows" rows "configured miners" "$n" "= $n" \
      "$([[ $rows == "$n" && $miners == "$n" ]] && echo met || echo MISSED), $miners distinct, $answered ONLINE"
  done
}
