#!/usr/bin/env bash
# Start the vbgraph embedded Neo4j 5.26 server (neo4j/launcher) in the background.
#
#   bash scripts/neo4j-start.sh
#
# Builds the launcher with Maven when needed, starts it with nohup, and waits
# until it has printed its ready line and the Bolt port answers.
#
# Environment (all optional):
#   VBGRAPH_NEO4J_HOME            home/data dir (default .data/neo4j; relative = repo root)
#   VBGRAPH_NEO4J_PORT            Bolt port on 127.0.0.1 (default 7687)
#   NEO4J_PASSWORD                password for user neo4j (default vbgraph-dev-password)
#   VBGRAPH_NEO4J_PAGECACHE_MB    page cache MiB (default 1536: a 100k-document store, ~0.5 GB
#                                 on disk, stays cached)
#   VBGRAPH_NEO4J_HEAP            JVM heap -Xms/-Xmx (default "1g 3g": bulk transactions of 5,000
#                                 documents without heavy GC; ~5 GB RSS in all)
#   VBGRAPH_NEO4J_JAVA_OPTS       extra JVM options (appended; a later -Xmx wins)
#   VBGRAPH_NEO4J_START_TIMEOUT   seconds to wait for readiness (default 120)
#
# Exit codes: 0 running (started or already running), 1 failed, 3 java/mvn missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

LAUNCHER_DIR="$ROOT/neo4j/launcher"
HOME_DIR="${VBGRAPH_NEO4J_HOME:-.data/neo4j}"
case "$HOME_DIR" in /*) ;; *) HOME_DIR="$ROOT/$HOME_DIR" ;; esac
PORT="${VBGRAPH_NEO4J_PORT:-7687}"
TIMEOUT="${VBGRAPH_NEO4J_START_TIMEOUT:-120}"
LOG="$HOME_DIR/launcher.log"
PIDFILE="$HOME_DIR/launcher.pid"
BUILD_LOG="$HOME_DIR/build.log"
MAIN_CLASS="vbgraph.Neo4jLauncher"
CLASS_FILE="$LAUNCHER_DIR/target/classes/vbgraph/Neo4jLauncher.class"
READY_RE="^vbgraph-neo4j ready bolt://"

say() { echo "neo4j-start: $*"; }

loud() {
  echo "" >&2
  echo "################################################################" >&2
  echo "## neo4j-start: $*" >&2
  echo "################################################################" >&2
  echo "" >&2
}

port_open() {
  timeout 2 bash -c ": </dev/tcp/127.0.0.1/$PORT" 2>/dev/null
}

# pid alive AND really our launcher (guards against pid reuse)
is_launcher() {
  local pid="$1"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q "$MAIN_CLASS"
}

show_log_tail() {
  if [[ -f "$LOG" ]]; then
    echo "---- last 30 lines of $LOG ----" >&2
    tail -n 30 "$LOG" >&2
    grep -m1 '^vbgraph-neo4j FAILED' "$LOG" >&2 && echo "(see above)" >&2
    echo "---- (Neo4j's own log: $HOME_DIR/logs/debug.log) ----" >&2
  fi
}

# ---------------------------------------------------------------- java check
if ! command -v java >/dev/null 2>&1; then
  loud "'java' not found on PATH. Neo4j 5.26 needs a Java 17 or 21 JDK/JRE (e.g. apt-get install openjdk-17-jdk-headless)."
  exit 3
fi
JAVA_MAJOR="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1)"
if [[ -z "$JAVA_MAJOR" || "$JAVA_MAJOR" -lt 17 ]]; then
  loud "java on PATH is version '${JAVA_MAJOR:-unknown}', but Neo4j 5.26 needs Java 17 or 21."
  exit 3
fi

mkdir -p "$HOME_DIR"

# one start at a time per home directory (fd 9 is closed for the server below)
exec 9>"$HOME_DIR/start.lock"
flock -w 600 9 || { say "could not get lock $HOME_DIR/start.lock"; exit 1; }

# ---------------------------------------------------------------- already running?
EXISTING_PID=""
if [[ -f "$PIDFILE" ]]; then
  EXISTING_PID="$(tr -dc '0-9' <"$PIDFILE" || true)"
  if is_launcher "$EXISTING_PID"; then
    if port_open && grep -q "$READY_RE" "$LOG" 2>/dev/null; then
      say "already running (pid $EXISTING_PID, bolt://127.0.0.1:$PORT)"
      exit 0
    fi
    say "launcher pid $EXISTING_PID is alive but not ready yet; waiting for it"
  else
    say "removing stale pid file (pid ${EXISTING_PID:-?} is not running)"
    rm -f "$PIDFILE"
    EXISTING_PID=""
  fi
fi

if [[ -z "$EXISTING_PID" ]] && port_open; then
  loud "port 127.0.0.1:$PORT is already in use by another process (not our launcher). Stop it or set VBGRAPH_NEO4J_PORT."
  exit 1
fi

# ---------------------------------------------------------------- build if needed
needs_build() {
  [[ -f "$CLASS_FILE" ]] || return 0
  [[ -d "$LAUNCHER_DIR/target/lib" ]] || return 0
  compgen -G "$LAUNCHER_DIR/target/lib/neo4j-*.jar" >/dev/null || return 0
  [[ -n "$(find "$LAUNCHER_DIR/src" "$LAUNCHER_DIR/pom.xml" -newer "$CLASS_FILE" -print -quit)" ]] && return 0
  return 1
}

if [[ -z "$EXISTING_PID" ]] && needs_build; then
  if ! command -v mvn >/dev/null 2>&1; then
    loud "'mvn' (Maven 3.8+) not found on PATH, and the launcher in neo4j/launcher is not built (or out of date). Install Maven (apt-get install maven)."
    exit 3
  fi
  GOALS="package"
  # a changed pom may change the dependency set: start from a clean target/lib
  if [[ -f "$CLASS_FILE" && "$LAUNCHER_DIR/pom.xml" -nt "$CLASS_FILE" ]]; then GOALS="clean package"; fi
  say "building launcher (mvn $GOALS) ..."
  B0=$SECONDS
  mkdir -p "$ROOT/.data"
  (
    flock -w 900 8 || exit 1
    cd "$LAUNCHER_DIR"
    # offline first (fast, no network once ~/.m2 is populated), online as fallback
    mvn -q -B -o -Dstyle.color=never $GOALS >"$BUILD_LOG" 2>&1 || {
      echo "==== offline build failed (first build?); retrying online ====" >>"$BUILD_LOG"
      mvn -q -B -Dstyle.color=never $GOALS >>"$BUILD_LOG" 2>&1
    }
  ) 8>"$ROOT/.data/neo4j-launcher-build.lock" || {
    loud "Maven build of neo4j/launcher FAILED (log: $BUILD_LOG)"
    tail -n 40 "$BUILD_LOG" >&2
    exit 1
  }
  say "build done in $((SECONDS - B0)) s"
fi

# ---------------------------------------------------------------- start
if [[ -z "$EXISTING_PID" ]]; then
  [[ -f "$LOG" ]] && mv -f "$LOG" "$LOG.prev"
  read -r HEAP_MIN HEAP_MAX <<<"${VBGRAPH_NEO4J_HEAP:-1g 3g}"
  export VBGRAPH_NEO4J_PAGECACHE_MB="${VBGRAPH_NEO4J_PAGECACHE_MB:-1536}"
  # The parallel collector, not G1: a bulk ingest's transactions hold their state on the heap
  # until commit, and G1 spent 0.3-1.0 CPU-s of each replayed generated 40 MB run in its
  # collector and concurrent marking threads (its write barriers besides), the parallel one
  # 0.05-0.08 s, on a machine of 2 cores that the ingest's workers and writer share with the
  # server. Its collections stop the world (so do G1's young ones; a server for many readers
  # that wants short pauses: VBGRAPH_NEO4J_JAVA_OPTS="-XX:-UseParallelGC -XX:+UseG1GC").
  JAVA_OPTS=(
    "-Xms$HEAP_MIN" "-Xmx${HEAP_MAX:-$HEAP_MIN}"
    -XX:+UseParallelGC -XX:-OmitStackTraceInFastThrow -XX:+ExitOnOutOfMemoryError
    -Djdk.nio.maxCachedBufferSize=1024
    -Dio.netty.tryReflectionSetAccessible=true
    -Dlog4j2.disable.jmx=true
    -Dfile.encoding=UTF-8
    --add-opens=java.base/java.nio=ALL-UNNAMED
    --add-opens=java.base/java.io=ALL-UNNAMED
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  )
  # Compiled code stays compiled. Java 17's code cache sweeper throws out the machine code of
  # methods it finds cold (not on a stack for a few sweeps) although the cache is mostly
  # free (60 of its 240 MB), and an idle minute between two ingests is enough: a generated
  # 40 MB run into a server that had run it before spent 40 of the server's 45-60 CPU-s
  # compiling Neo4j's own methods again (C2 compiler thread; the sweeper reclaimed 25,000
  # methods in the run). Without the cold sweep the same run costs the server 53, 28, then
  # 16 CPU-s on a freshly started server (the first run compiles once: 28 s C2) and about
  # 10 s once compiled. (Where the JVM has no such flag, nothing is added.)
  if java -XX:NmethodSweepActivity=0 -version >/dev/null 2>&1; then
    JAVA_OPTS+=(-XX:NmethodSweepActivity=0)
  fi
  # shellcheck disable=SC2206
  EXTRA_OPTS=(${VBGRAPH_NEO4J_JAVA_OPTS:-})
  CP="$LAUNCHER_DIR/target/classes:$LAUNCHER_DIR/target/lib/*"
  SETSID=""
  command -v setsid >/dev/null 2>&1 && SETSID="setsid"
  say "starting Neo4j on bolt://127.0.0.1:$PORT (home $HOME_DIR, log $LOG)"
  # shellcheck disable=SC2086
  nohup $SETSID java "${JAVA_OPTS[@]}" "${EXTRA_OPTS[@]}" -cp "$CP" "$MAIN_CLASS" "$HOME_DIR" \
    >"$LOG" 2>&1 </dev/null 9>&- &
  EXISTING_PID=$!
  echo "$EXISTING_PID" >"$PIDFILE"
fi

# ---------------------------------------------------------------- wait for readiness
T0=$SECONDS
while :; do
  if ! kill -0 "$EXISTING_PID" 2>/dev/null; then
    loud "Neo4j launcher (pid $EXISTING_PID) exited during start-up"
    show_log_tail
    rm -f "$PIDFILE"
    exit 1
  fi
  # the ready line comes after the password has been set; Bolt itself opens a bit earlier
  if grep -q "$READY_RE" "$LOG" 2>/dev/null && port_open; then
    say "Neo4j is ready on bolt://127.0.0.1:$PORT after $((SECONDS - T0)) s (pid $EXISTING_PID, user neo4j)"
    exit 0
  fi
  if ((SECONDS - T0 >= TIMEOUT)); then
    loud "Neo4j did not become ready within $TIMEOUT s; stopping it"
    show_log_tail
    kill -TERM "$EXISTING_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$EXISTING_PID" 2>/dev/null || break; sleep 1; done
    kill -KILL "$EXISTING_PID" 2>/dev/null || true
    rm -f "$PIDFILE"
    exit 1
  fi
  sleep 0.5
done
