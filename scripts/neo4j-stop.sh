#!/usr/bin/env bash
# Stop the vbgraph embedded Neo4j server started by scripts/neo4j-start.sh.
#
#   bash scripts/neo4j-stop.sh
#
# Sends SIGTERM (clean database shutdown), waits up to VBGRAPH_NEO4J_STOP_TIMEOUT
# seconds (default 60), then SIGKILL. Exits 0 if nothing is running.
# Uses the same VBGRAPH_NEO4J_HOME as the start script (default .data/neo4j).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HOME_DIR="${VBGRAPH_NEO4J_HOME:-.data/neo4j}"
case "$HOME_DIR" in /*) ;; *) HOME_DIR="$ROOT/$HOME_DIR" ;; esac
PIDFILE="$HOME_DIR/launcher.pid"
TIMEOUT="${VBGRAPH_NEO4J_STOP_TIMEOUT:-60}"
MAIN_CLASS="vbgraph.Neo4jLauncher"

say() { echo "neo4j-stop: $*"; }

# remove the pid file only if it still names the pid we looked at
# (a concurrent start may already have written a new one)
remove_pidfile() {
  if [[ -f "$PIDFILE" && "$(tr -dc '0-9' <"$PIDFILE" || true)" == "${1:-}" ]]; then
    rm -f "$PIDFILE"
  fi
}

if [[ ! -d "$HOME_DIR" ]]; then
  say "not running (no $HOME_DIR)"
  exit 0
fi
# serialise with scripts/neo4j-start.sh (same lock file)
exec 9>"$HOME_DIR/start.lock"
flock -w 900 9 || { say "could not get lock $HOME_DIR/start.lock"; exit 1; }

if [[ ! -f "$PIDFILE" ]]; then
  say "not running (no pid file $PIDFILE)"
  exit 0
fi

PID="$(tr -dc '0-9' <"$PIDFILE" || true)"
if [[ -z "$PID" ]] || ! kill -0 "$PID" 2>/dev/null; then
  say "not running (stale pid file, pid ${PID:-?}); removing it"
  remove_pidfile "$PID"
  exit 0
fi
if ! tr '\0' ' ' <"/proc/$PID/cmdline" 2>/dev/null | grep -q "$MAIN_CLASS"; then
  say "pid $PID is not the vbgraph Neo4j launcher (pid reused?); removing stale pid file, not killing it"
  remove_pidfile "$PID"
  exit 0
fi

say "stopping Neo4j (pid $PID) ..."
T0=$SECONDS
kill -TERM "$PID" 2>/dev/null || true
while kill -0 "$PID" 2>/dev/null; do
  if ((SECONDS - T0 >= TIMEOUT)); then
    say "still running after $TIMEOUT s; sending SIGKILL (database will recover on next start)"
    kill -KILL "$PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.2; done
    break
  fi
  sleep 0.2
done
remove_pidfile "$PID"
say "stopped after $((SECONDS - T0)) s"
