# Scenario 1 of issue 5 (sourced by tools/bench): poll cycles of the real collector against a simulated fleet on
# 127.0.0.1 answering in 100-300 ms. The simulator runs in its own process on the same two cores, C1-only
# (BENCH_SIM_OPTS): with C2 its compiler threads kept recompiling and cost 2-3x the simulator's own work per request,
# CPU the collector then lacked. The collector runs with the JVM flags tools/launch gives the monitor
# (BENCH_MONITOR_OPTS), so its RSS is what a user gets; at 1,000 miners it runs once more on JVM defaults for comparison.
MONITOR_OPTS="${BENCH_MONITOR_OPTS:--XX:+UseSerialGC -Xms16m -XX:TieredStopAtLevel=1}"

# cycles FILE KEY: the median of KEY over the steady cycles (every cycle but the first).
steady() { awk -v k="$2" 'NR>1 { for (i=1;i<=NF;i++) { split($i,a,"="); if (a[1]==k) print a[2] } }' "$1" | sort -n \
  | awk '{v[NR]=$1} END{ if (NR==0) print "nan"; else print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2) }'; }
first() { awk -v k="$2" 'NR==1 { for (i=1;i<=NF;i++) { split($i,a,"="); if (a[1]==k) print a[2] } }' "$1"; }

# start_fleet N DIR: starts simulators for N miners and writes DIR/config.yaml; sets SIMS. One simulator holds a
# listening socket and a connection per miner; with 'ulimit -n' capped (20,000 here, and not raisable) a process
# serves at most 5,000 miners, so bigger fleets are split over several simulators and one config lists them all.
start_fleet() {
  local n="$1" dir="$2" per=5000 i=0 left="$1" part
  SIMS=()
  while ((left > 0)); do
    part=$((left < per ? left : per))
    # shellcheck disable=SC2086
    java ${BENCH_SIM_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC} -cp "$CP" io.github.bitaxemonitor.cli.Main simulate --miners "$part" --latency 100-300 --faults none \
      --seed $((42 + i)) --write-config "$dir/sim-$i.yaml" >"$dir/sim-$i.log" 2>&1 &
    SIMS+=($!)
    left=$((left - part)); i=$((i + 1))
  done
  for ((j = 0; j < i; j++)); do
    for _ in $(seq 1 240); do [[ -s "$dir/sim-$j.yaml" ]] && break; sleep 0.5; done
    [[ -s "$dir/sim-$j.yaml" ]] || { echo "simulator $j did not start: $(tail -3 "$dir/sim-$j.log")" >&2; stop_fleet; return 1; }
  done
  # miners of every simulator, then the first one's settings (poll_interval, timeout, csv_path)
  { echo "miners:"; for ((j = 0; j < i; j++)); do sed -n '/^miners:/,/^[a-z_]*:/p' "$dir/sim-$j.yaml" | grep '^ '; done
    sed -n '/^[a-z_]*:/p' "$dir/sim-0.yaml" | grep -v '^miners:'; } >"$dir/config.yaml"
  sleep 1
}

# sim_cpu_ms: CPU (user + system) the running simulators have used so far, in ms, from /proc/PID/stat.
sim_cpu_ms() {
  local p total=0 hz; hz=$(getconf CLK_TCK)
  for p in "${SIMS[@]}"; do total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
  echo $((total * 1000 / hz))
}

stop_fleet() { local p; for p in "${SIMS[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null || true; done; }

scenario_poll() {
  ulimit -n "$(ulimit -Hn)"
  local n dir cycle slowest out
  for n in ${BENCH_FLEETS:-100 1000 10000}; do
    say "poll: $n simulated miners (ulimit -n $(ulimit -n))"
    dir="$W/poll-$n"; rm -rf "$dir"; mkdir -p "$dir"
    start_fleet "$n" "$dir" || continue
    local sim0; sim0=$(sim_cpu_ms)
    # shellcheck disable=SC2086 # flags are words
    timed "poll-$n" java $MONITOR_OPTS -cp "$CP" io.github.bitaxemonitor.bench.PollCycleBench --config "$dir/config.yaml" \
      --cycles "${BENCH_CYCLES:-6}"
    out="$W/out/poll-$n.out"; cat "$out" >&2
    # every answered poll is one request the simulators served (no faults, so no other replies)
    local served; served=$(awk '{ for (i=1;i<=NF;i++) { split($i,a,"="); if (a[1]=="reachable") s+=a[2] } } END{print s+0}' "$out")
    record poll "$n miners: simulator CPU per request (whole run)" "$(awk "BEGIN{ if ($served > 0) printf \"%.1f\", ($(sim_cpu_ms) - sim0) * 1000 / $served; else print \"nan\" }")" us \
      "" "" "-" "$served requests, first cycle (accepts, JIT) included"
    cycle=$(steady "$out" wall_ms); slowest=$(steady "$out" slowest_reply_ms)
    case "$n" in
      1000) record poll "$n miners: cycle ms (median, steady)" "$cycle" ms "slowest reply" "$slowest" "<=1.25x" \
              "$(le "$(div "$cycle" "$slowest")" 1.25)" ;;
      10000) record poll "$n miners: cycle ms (median, steady)" "$cycle" ms "slowest reply" "$slowest" "<=2000 ms, all answered" \
              "$( [[ $(le "$cycle" 2000) == met && $(steady "$out" reachable) == "$n" ]] && echo met || echo MISSED)" ;;
      *) record poll "$n miners: cycle ms (median, steady)" "$cycle" ms "slowest reply" "$slowest" "-" info ;;
    esac
    record poll "$n miners: first cycle ms (connections, JIT)" "$(first "$out" wall_ms)" ms "slowest reply" "$(first "$out" slowest_reply_ms)" "-" info
    record poll "$n miners: CPU per poll (median)" "$(steady "$out" cpu_us_per_poll)" us "" "" "-" "cycle cpu $(steady "$out" cpu_ms) ms"
    record poll "$n miners: collector RSS after cycles" "$(awk -F'rss_mb=' 'END{print $2+0}' "$out")" MB "" "" \
      "$([[ $n == 1000 ]] && echo '<150 MB' || echo -)" "$([[ $n == 1000 ]] && le "$(awk -F'rss_mb=' 'END{print $2+0}' "$out")" 150 || echo info)"
    record poll "$n miners: miners that answered (median, steady)" "$(steady "$out" reachable)" "" "" "" "-" "first cycle: $(first "$out" reachable)"
    if [[ $n == 1000 ]]; then  # the same collector on JVM defaults (G1, a heap of 1/4 of RAM): what the flags save
      timed "poll-$n-defaults" java -cp "$CP" io.github.bitaxemonitor.bench.PollCycleBench \
        --config "$dir/config.yaml" --cycles "${BENCH_CYCLES:-6}"
      record poll "$n miners, JVM defaults: RSS" "$(awk -F'rss_mb=' 'END{print $2+0}' "$W/out/poll-$n-defaults.out")" MB \
        "launcher flags" "$(awk -F'rss_mb=' 'END{print $2+0}' "$out")" "-" \
        "info, cycle $(steady "$W/out/poll-$n-defaults.out" wall_ms) ms, $(steady "$W/out/poll-$n-defaults.out" cpu_us_per_poll) us CPU per poll"
    fi
    # shellcheck disable=SC2086
    timed "monitor-once-$n" java $MONITOR_OPTS -jar "$ROOT/target/bitaxe-monitor.jar" monitor --once --config "$dir/config.yaml"
    record poll "$n miners: monitor --once, whole process" "$WALL" s "" "" "-" "cpu ${CPU} s, max RSS ${RSS_MB} MB"
    stop_fleet
  done
}
