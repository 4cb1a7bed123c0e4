# Scenario 3 of issue 5 (sourced by tools/bench): viewer --summary on small and big history, and viewer --live at
# 1,000 miners in tmux: CPU per forced redraw (a key press redraws the screen) and idle CPU over 60 s.
source "$D/hf.sh"

# cpu_ticks PID: utime + stime of a process, in clock ticks.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

scenario_viewer() {
  local small="$W/hist-small/data/metrics.csv" big="$W/hist-${GB}g/data/metrics.csv" v="$ROOT/tools/viewer"
  [[ -d "$W/hist-${GB}g/data" ]] || { echo "no history: run 'tools/bench gen' first" >&2; return 1; }
  say "viewer --summary on $(du -sh "$W/hist-small/data" | cut -f1) and $(du -sh "$W/hist-${GB}g/data" | cut -f1) of history"
  "$v" --summary --data "$small" >/dev/null 2>&1 || true   # the launcher's AppCDS archive is built on a first run
  local s b
  for mode in summary detailed; do
    local args=(--summary); [[ $mode == detailed ]] && args+=(--detailed)
    hf "viewer-$mode-small" 10 "$v" "${args[@]}" --data "$small"; s="$MEAN"
    record viewer "viewer --$mode, small history" "$s" s "" "" "<0.5 s" "$(le "$s" 0.5) (sd $SD)"
    hf "viewer-$mode-big" 10 "$v" "${args[@]}" --data "$big"; b="$MEAN"
    record viewer "viewer --$mode, ${GB} GB history" "$b" s "small history" "$s" "<0.5 s, <=1.5x" \
      "$( [[ $(le "$b" 0.5) == met && $(le "$(div "$b" "$s")" 1.5) == met ]] && echo met || echo MISSED) (sd $SD)"
  done
  live 1000
}

# live N: a 1,000-miner history (generated once), viewer --live in a 200x60 tmux pane.
live() {
  local dir="$W/hist-live-$1/data" tck; tck=$(getconf CLK_TCK)
  [[ -d "$dir" ]] || jrun io.github.bitaxemonitor.bench.HistoryGenerator --layout "$dir/metrics.csv" --miners "$1" \
    --bytes "${BENCH_LIVE_BYTES:-200M}" --max-file-bytes 100M >&2
  tmux kill-session -t bitaxe-bench 2>/dev/null || true
  tmux new-session -d -s bitaxe-bench -x 200 -y 60 "TERM=xterm-256color $ROOT/tools/viewer --live --data $dir/metrics.csv"
  sleep "${BENCH_LIVE_SETTLE:-15}"
  local pid; pid=$(tmux display -p -t bitaxe-bench '#{pane_pid}')
  tmux capture-pane -p -t bitaxe-bench >"$W/out/live-screen.txt"
  say "viewer --live, $1 miners, pid $pid: $(head -3 "$W/out/live-screen.txt" | tr -s ' ' | cut -c1-100)"
  local c0 c1 keys=${BENCH_LIVE_KEYS:-100}
  # A first round warms the JIT up: idle ticks draw nothing, so the drawing code is still cold when keys start.
  for _ in $(seq 1 "$keys"); do tmux send-keys -t bitaxe-bench Down; sleep 0.05; done
  tmux send-keys -t bitaxe-bench Home; sleep 2
  c0=$(cpu_ticks "$pid")
  for _ in $(seq 1 "$keys"); do tmux send-keys -t bitaxe-bench Down; sleep 0.05; done
  sleep 2; c1=$(cpu_ticks "$pid")
  record viewer "--live $1 miners: CPU per key redraw" "$(awk "BEGIN{printf \"%.2f\", ($c1-$c0)*1000/$tck/$keys}")" ms \
    "" "" "-" "$keys Down keys, 50 ms apart, after $keys unmeasured"
  sleep 5; c0=$(cpu_ticks "$pid"); sleep 60; c1=$(cpu_ticks "$pid")
  local pct; pct=$(awk "BEGIN{printf \"%.2f\", ($c1-$c0)*100/$tck/60}")
  record viewer "--live $1 miners: idle CPU over 60 s" "$pct" "% core" "" "" "<2 %" "$(le "$pct" 2)"
  tmux send-keys -t bitaxe-bench q; sleep 2; tmux kill-session -t bitaxe-bench 2>/dev/null || true
}
