# Scenario 1 of issue 5 (sourced by tools/bench): poll cycles of the real collector against a simulated fleet on
# 127.0.0.1 answering in 100-300 ms. The simulator runs in its own process on the same two cores.

# cycles FILE KEY: the median of KEY over the steady cycles (every cycle but the first).
steady() { awk -v k="$2" 'NR>1 { for (i=1;i<=NF;i++) { split($i,a,"="); if (a[1]==k) print a[2] } }' "$1" | sort -n \
  | awk '{v[NR]=$1} END{ if (NR==0) print "nan"; else print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2) }'; }
first() { awk -v k="$2" 'NR==1 { for (i=1;i<=NF;i++) { split($i,a,"="); if (a[1]==k) print a[2] } }' "$1"; }

start_fleet() { # N DIR: starts the simulator, waits for its config; sets SIM
  java -cp "$CP" io.github.bitaxemonitor.cli.Main simulate --miners "$1" --latency 100-300 --faults none \
    --write-config "$2/config.yaml" >"$2/sim.log" 2>&1 &
  SIM=$!
  for _ in $(seq 1 240); do [[ -s "$2/config.yaml" ]] && break; sleep 0.5; done
  [[ -s "$2/config.yaml" ]] || { echo "simulator did not start: $(tail -3 "$2/sim.log")" >&2; kill "$SIM"; return 1; }
  sleep 1
}

scenario_poll() {
  ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
  local n dir cycle slowest out
  for n in ${BENCH_FLEETS:-100 1000 10000}; do
    say "poll: $n simulated miners (ulimit -n $(ulimit -n))"
    dir="$W/poll-$n"; rm -rf "$dir"; mkdir -p "$dir"
    start_fleet "$n" "$dir" || continue
    timed "poll-$n" jrun io.github.bitaxemonitor.bench.PollCycleBench --config "$dir/config.yaml" --cycles "${BENCH_CYCLES:-6}"
    out="$W/out/poll-$n.out"; cat "$out" >&2
    cycle=$(steady "$out" wall_ms); slowest=$(steady "$out" slowest_reply_ms)
    case "$n" in
      1000) record poll "$n miners: cycle ms (median, steady)" "$cycle" ms "slowest reply" "$slowest" "<=1.25x" \
              "$(le "$(div "$cycle" "$slowest")" 1.25)" ;;
      10000) record poll "$n miners: cycle ms (median, steady)" "$cycle" ms "slowest reply" "$slowest" "<=2000 ms" \
              "$(le "$cycle" 2000)" ;;
      *) record poll "$n miners: cycle ms (median, steady)" "$cycle" ms "slowest reply" "$slowest" "-" info ;;
    esac
    record poll "$n miners: first cycle ms (connections, JIT)" "$(first "$out" wall_ms)" ms "slowest reply" "$(first "$out" slowest_reply_ms)" "-" info
    record poll "$n miners: CPU per poll (median)" "$(steady "$out" cpu_us_per_poll)" us "" "" "-" "cycle cpu $(steady "$out" cpu_ms) ms"
    record poll "$n miners: collector RSS after cycles" "$(awk -F'rss_mb=' 'END{print $2+0}' "$out")" MB "" "" \
      "$([[ $n == 1000 ]] && echo '<150 MB' || echo -)" "$([[ $n == 1000 ]] && le "$(awk -F'rss_mb=' 'END{print $2+0}' "$out")" 150 || echo info)"
    timed "monitor-once-$n" java -jar "$ROOT/target/bitaxe-monitor.jar" monitor --once --config "$dir/config.yaml"
    record poll "$n miners: monitor --once, whole process" "$WALL" s "" "" "-" "cpu ${CPU} s, max RSS ${RSS_MB} MB"
    kill "$SIM" 2>/dev/null; wait "$SIM" 2>/dev/null || true
  done
}
