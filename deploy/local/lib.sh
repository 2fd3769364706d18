# shellcheck shell=bash
# Shared functions for Vigil's local-run scripts (up, down, postgres-ensure, keycloak-ensure, ...).
# Source it; it defines functions and constants only and never runs anything by itself.
#
# Everything here is for a developer machine: the passwords below are LOCAL DEMO CREDENTIALS,
# never to be reused anywhere else.

VIGIL_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
VIGIL_REALM_FILE="$VIGIL_ROOT/deploy/keycloak/vigil-realm.json"
VIGIL_RUN_DIR="${VIGIL_RUN_DIR:-$VIGIL_ROOT/.run}"
VIGIL_CACHE_DIR="${VIGIL_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/vigil}"

KEYCLOAK_VERSION="26.7.3"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
# LOCAL DEMO CREDENTIALS: Keycloak's bootstrap admin, only ever used for the local run.
KEYCLOAK_LOCAL_ADMIN="admin"
KEYCLOAK_LOCAL_ADMIN_PASSWORD="admin"

PG_HOST="127.0.0.1"
PG_PORT="5432"
# LOCAL DEMO CREDENTIALS: the application role used by the local run, tests and CI.
PG_APP_ROLE="vigil"
PG_APP_PASSWORD="vigil"
PG_DATABASES=(case_db sop_db audit_db)

# The four applications in start order, with their ports and databases ("-" = none).
# shellcheck disable=SC2034 # used by the scripts that source this file
APP_MODULES=(case-service sop-service audit-service console)
# shellcheck disable=SC2034
declare -A APP_PORT=([console]=8080 [case-service]=8081 [sop-service]=8082 [audit-service]=8083)
# shellcheck disable=SC2034
declare -A APP_DB=([console]=- [case-service]=case_db [sop-service]=sop_db [audit-service]=audit_db)

log() { printf '[vigil] %s\n' "$*" >&2; }
die() { printf '[vigil] ERROR: %s\n' "$*" >&2; exit 1; }

# Runs a command as root: directly when we are root, else through password-less sudo.
as_root() {
  if [[ $EUID -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    sudo -n "$@"
  else
    die "need root (or password-less sudo) to run: $*"
  fi
}

# Runs a command as the postgres OS user; its local socket is the one admin access that works
# on every machine (TCP trust is not configured everywhere). cd / avoids "could not change
# directory" noise when the caller's directory is private.
as_postgres() {
  if [[ $EUID -eq 0 ]]; then
    (cd / && runuser -u postgres -- "$@")
  elif [[ $(id -un) == postgres ]]; then
    (cd / && "$@")
  else
    (cd / && sudo -n -u postgres "$@") || die "need root or password-less sudo to administer PostgreSQL"
  fi
}

# ---------------------------------------------------------------------------------------------
# JDK

# Prints the major version of a java binary (8 for "1.8.0_x", 25 for "25.0.3"), or nothing.
java_major() {
  local version
  version="$("$1" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')" || return 0
  [[ $version == 1.* ]] && version="${version#1.}"
  printf '%s\n' "${version%%[.+-]*}"
}

# Prints the home of a JDK with major version >= 21 (Keycloak 26 needs it). Prefers
# $VIGIL_JDK21_HOME, then $JAVA_HOME, then the newest under /usr/lib/jvm, then `java` on PATH.
find_jdk21() {
  local candidates=() home best="" best_major=0 major
  [[ -n ${VIGIL_JDK21_HOME:-} ]] && candidates+=("$VIGIL_JDK21_HOME")
  [[ -n ${JAVA_HOME:-} ]] && candidates+=("$JAVA_HOME")
  for home in /usr/lib/jvm/*; do candidates+=("$home"); done
  if command -v java >/dev/null; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  fi
  for home in "${candidates[@]}"; do
    [[ -x $home/bin/java ]] || continue
    major="$(java_major "$home/bin/java")"
    [[ $major =~ ^[0-9]+$ ]] || continue
    if ((major >= 21 && major > best_major)); then
      best="$home" best_major=$major
    fi
  done
  if [[ -z $best ]]; then
    log "No JDK 21 or newer found (looked at \$VIGIL_JDK21_HOME, \$JAVA_HOME, /usr/lib/jvm/*, java on PATH)."
    log "Keycloak $KEYCLOAK_VERSION needs Java 21+. Install one (e.g. apt-get install openjdk-21-jdk-headless)"
    log "or point VIGIL_JDK21_HOME at it."
    return 1
  fi
  printf '%s\n' "$best"
}

# ---------------------------------------------------------------------------------------------
# Ports and URLs

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Describes who listens on a port (process name and pid where ss can tell).
port_owner() {
  local owner
  owner="$(ss -ltnpH "sport = :$1" 2>/dev/null | grep -o 'users:(([^)]*))' | head -1 || true)"
  printf '%s\n' "${owner:-an unknown process}"
}

# Fails naming every port of the given list that something already listens on.
require_free_ports() {
  local port busy=0
  for port in "$@"; do
    if port_in_use "$port"; then
      log "port $port is already in use by $(port_owner "$port")"
      busy=1
    fi
  done
  ((busy == 0)) || die "free the ports above (or stop what uses them) and try again"
}

# wait_for_url URL TIMEOUT_SECONDS [PID]: polls until URL answers 2xx. Gives up early when PID
# (the process expected to serve it) has died, so a crash is reported at once, not after the timeout.
wait_for_url() {
  local url=$1 timeout=$2 pid=${3:-} deadline=$((SECONDS + $2))
  while ((SECONDS < deadline)); do
    if curl -fsS -o /dev/null --max-time 5 "$url" 2>/dev/null; then
      return 0
    fi
    if [[ -n $pid ]] && ! kill -0 "$pid" 2>/dev/null; then
      log "process $pid exited before $url answered"
      return 1
    fi
    sleep 1
  done
  log "$url did not answer within ${timeout}s"
  return 1
}

# ---------------------------------------------------------------------------------------------
# Processes started by these scripts
#
# Each is started with setsid so it leads its own process group (kill reaches kc.sh and its
# java child together) and survives the terminal closing when `up --detach` returns.

# start_detached PID_FILE LOG_FILE WORKDIR COMMAND...: starts COMMAND in the background and
# records its PID. Output goes to the log only, so callers reading our stdout are not held open.
start_detached() {
  local pid_file=$1 log_file=$2 workdir=$3
  shift 3
  mkdir -p "$(dirname "$pid_file")" "$(dirname "$log_file")"
  (cd "$workdir" && exec setsid "$@" </dev/null >>"$log_file" 2>&1) &
  printf '%s\n' "$!" >"$pid_file"
}

# Prints the PID recorded in PID_FILE when that process is still alive and its command line
# mentions MARKER (guards against a recycled PID belonging to something else).
live_pid() {
  local pid_file=$1 marker=$2 pid
  [[ -f $pid_file ]] || return 1
  pid="$(<"$pid_file")"
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$marker" || return 1
  printf '%s\n' "$pid"
}

# stop_process PID_FILE MARKER NAME: SIGTERM to the process group, up to 30 s for a clean
# shutdown, then SIGKILL. Removes the PID file.
stop_process() {
  local pid_file=$1 marker=$2 name=$3 pid waited=0
  if pid="$(live_pid "$pid_file" "$marker")"; then
    log "stopping $name (pid $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null && ((waited < 30)); do
      sleep 1
      waited=$((waited + 1))
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "$name did not stop within 30 s; killing it"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$pid_file"
}

# ---------------------------------------------------------------------------------------------
# PostgreSQL

pg_ready() {
  if command -v pg_isready >/dev/null; then
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT"
  else
    port_in_use "$PG_PORT"
  fi
}

# Starts the machine's PostgreSQL, installing it first where it is absent.
ensure_postgres() {
  if pg_ready; then
    return 0
  fi
  if ! compgen -G '/etc/postgresql/*' >/dev/null; then
    log "PostgreSQL is not installed; installing it with apt-get"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
  fi
  local versions version
  versions=(/etc/postgresql/*)
  version="$(printf '%s\n' "${versions[@]##*/}" | sort -V | tail -1)"
  log "starting PostgreSQL $version"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  local deadline=$((SECONDS + 60))
  until pg_ready; do
    ((SECONDS < deadline)) || die "PostgreSQL $version did not accept connections on $PG_HOST:$PG_PORT within 60 s (see /var/log/postgresql/)"
    sleep 1
  done
}

# Creates (or repairs) the application role and the three databases; safe to run any number of
# times. CREATEDB lets tests create their own databases (case_test, ...) as this role.
ensure_databases() {
  local db sql
  sql="DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_APP_ROLE') THEN
    CREATE ROLE $PG_APP_ROLE LOGIN CREATEDB PASSWORD '$PG_APP_PASSWORD';
  ELSE
    ALTER ROLE $PG_APP_ROLE LOGIN CREATEDB PASSWORD '$PG_APP_PASSWORD';
  END IF;
END \$\$;"
  for db in "${PG_DATABASES[@]}"; do
    sql+="
SELECT 'CREATE DATABASE $db OWNER $PG_APP_ROLE' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$db') \\gexec
ALTER DATABASE $db OWNER TO $PG_APP_ROLE;"
  done
  as_postgres psql -q -X -v ON_ERROR_STOP=1 -d postgres <<<"$sql" >/dev/null
  # Prove the path the applications use (TCP + password) works, not only the admin socket.
  for db in "${PG_DATABASES[@]}"; do
    PGPASSWORD="$PG_APP_PASSWORD" psql -q -X -h "$PG_HOST" -p "$PG_PORT" -U "$PG_APP_ROLE" -d "$db" \
      -c 'SELECT 1' >/dev/null ||
      die "role $PG_APP_ROLE cannot log in to $db over TCP with its password (check pg_hba.conf)"
  done
}

# ---------------------------------------------------------------------------------------------
# Keycloak

keycloak_dist_dir() { printf '%s\n' "$VIGIL_CACHE_DIR/keycloak/keycloak-$KEYCLOAK_VERSION"; }

# Downloads the Keycloak distribution from Maven Central once (checked against Central's SHA-1)
# and unpacks it into the cache. Instances are copies of it, so this copy stays pristine.
ensure_keycloak_dist() {
  local cache="$VIGIL_CACHE_DIR/keycloak" dist
  local zip="$cache/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  local url="https://repo.maven.apache.org/maven2/org/keycloak/keycloak-quarkus-dist/$KEYCLOAK_VERSION/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  dist="$(keycloak_dist_dir)"
  [[ -x $dist/bin/kc.sh ]] && return 0
  mkdir -p "$cache"
  if [[ ! -f $zip ]]; then
    log "downloading Keycloak $KEYCLOAK_VERSION (~170 MB, once) to $cache"
    curl -fSL --retry 3 -o "$zip.part" "$url"
    local expected actual
    expected="$(curl -fsSL --retry 3 "$url.sha1" | awk '{print $1}')"
    actual="$(sha1sum "$zip.part" | awk '{print $1}')"
    [[ $expected == "$actual" ]] || { rm -f "$zip.part"; die "Keycloak download corrupt (sha1 $actual, expected $expected)"; }
    mv "$zip.part" "$zip"
  fi
  log "unpacking Keycloak into $cache"
  rm -rf "$dist" "$cache/unpack.tmp"
  mkdir -p "$cache/unpack.tmp"
  if command -v unzip >/dev/null; then
    unzip -q "$zip" -d "$cache/unpack.tmp"
  else
    local jdk
    jdk="$(find_jdk21)" || exit 1
    (cd "$cache/unpack.tmp" && "$jdk/bin/jar" xf "$zip")
    chmod +x "$cache/unpack.tmp/keycloak-$KEYCLOAK_VERSION"/bin/*.sh
  fi
  mv "$cache/unpack.tmp/keycloak-$KEYCLOAK_VERSION" "$dist"
  rmdir "$cache/unpack.tmp"
}

keycloak_pid_file() { printf '%s\n' "$1/vigil-keycloak.pid"; }

# keycloak_start PORT HOME LOG_FILE: runs Keycloak in dev mode on 127.0.0.1:PORT from HOME (its
# own copy of the distribution, holding its data/), imports the vigil realm, waits until the
# realm's discovery document answers, and prints the PID on stdout.
#
# Each instance has its own HOME because dev mode writes its database (data/h2) and re-augments
# lib/ in place: the local run (8180) and the e2e tests (18180) must not share them.
keycloak_start() {
  local port=$1 home=$2 log_file=$3 jdk pid
  jdk="$(find_jdk21)" || exit 1
  ensure_keycloak_dist
  home="$(mkdir -p "$home" && cd "$home" && pwd)"
  if pid="$(live_pid "$(keycloak_pid_file "$home")" "$home")"; then
    die "Keycloak from $home is already running (pid $pid); stop it first"
  fi
  require_free_ports "$port"
  if [[ ! -x $home/bin/kc.sh ]]; then
    log "creating Keycloak instance in $home"
    cp -a "$(keycloak_dist_dir)/." "$home/"
  fi
  keycloak_stage_realm "$home"
  mkdir -p "$(dirname "$log_file")"
  : >"$log_file"
  log "starting Keycloak on http://127.0.0.1:$port (log: $log_file)"
  # The fixed --hostname makes the issuer http://127.0.0.1:PORT/realms/vigil whatever host name a
  # client used, so tokens always match the services' configured auth-server-url.
  KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_LOCAL_ADMIN" \
    KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_LOCAL_ADMIN_PASSWORD" \
    JAVA_HOME="$jdk" \
    JAVA_OPTS_KC_HEAP="${VIGIL_KEYCLOAK_HEAP:--Xms64m -Xmx512m}" \
    start_detached "$(keycloak_pid_file "$home")" "$log_file" "$home" \
    "$home/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 --http-port="$port" \
    --hostname="http://127.0.0.1:$port" \
    --import-realm
  pid="$(<"$(keycloak_pid_file "$home")")"
  if ! wait_for_url "http://127.0.0.1:$port/realms/vigil/.well-known/openid-configuration" \
    "${VIGIL_KEYCLOAK_TIMEOUT:-180}" "$pid"; then
    log "Keycloak failed to start; last lines of $log_file:"
    tail -n 40 "$log_file" >&2
    stop_process "$(keycloak_pid_file "$home")" "$home" Keycloak
    return 1
  fi
  log "Keycloak is up (pid $pid), realm vigil at http://127.0.0.1:$port/realms/vigil"
  printf '%s\n' "$pid"
}

# Puts the realm file where --import-realm reads it. Import skips a realm that already exists, so
# when the realm file changed since the last import the instance's database is wiped: the local
# Keycloak holds nothing but this realm, and a stale realm is a worse surprise than a re-import.
keycloak_stage_realm() {
  local home=$1 sum stamp="$1/data/vigil-realm.sha256"
  sum="$(sha256sum "$VIGIL_REALM_FILE" | awk '{print $1}')"
  mkdir -p "$home/data/import"
  if [[ -d $home/data/h2 && -f $stamp && "$(<"$stamp")" != "$sum" ]]; then
    log "realm file changed since the last import: wiping $home/data/h2 to re-import it"
    rm -rf "$home/data/h2"
  fi
  cp "$VIGIL_REALM_FILE" "$home/data/import/vigil-realm.json"
  printf '%s\n' "$sum" >"$stamp"
}

# keycloak_stop HOME: stops the Keycloak instance started from HOME, if it runs.
keycloak_stop() {
  local home
  home="$(cd "$1" 2>/dev/null && pwd)" || return 0
  stop_process "$(keycloak_pid_file "$home")" "$home" "Keycloak ($home)"
}

# ---------------------------------------------------------------------------------------------
# The local suite (used by up and down)

VIGIL_KEYCLOAK_HOME="$VIGIL_RUN_DIR/keycloak"
# VIGIL_APPS narrows the applications started (e.g. "case-service audit-service") while others
# are not written yet or are being debugged from an IDE.
# shellcheck disable=SC2034
read -r -a SUITE_APPS <<<"${VIGIL_APPS:-${APP_MODULES[*]}}"

app_dir() { printf '%s\n' "$VIGIL_RUN_DIR/apps/$1"; }
app_jar() { printf '%s\n' "$(app_dir "$1")/quarkus-run.jar"; }
app_pid_file() { printf '%s\n' "$VIGIL_RUN_DIR/pids/$1.pid"; }
app_log() { printf '%s\n' "$VIGIL_RUN_DIR/logs/$1.log"; }

# Prints "name pid" for every component of the suite that is running.
suite_running() {
  local app pid
  for app in "${APP_MODULES[@]}"; do
    pid="$(live_pid "$(app_pid_file "$app")" "$(app_jar "$app")")" && printf '%s %s\n' "$app" "$pid"
  done
  pid="$(live_pid "$(keycloak_pid_file "$VIGIL_KEYCLOAK_HOME")" "$VIGIL_KEYCLOAK_HOME")" &&
    printf 'keycloak %s\n' "$pid"
  return 0
}

# down leaves this file so a foreground `up` watching the suite knows the stop was asked for.
suite_stop_marker() { printf '%s\n' "$VIGIL_RUN_DIR/stopping"; }

# Stops the applications (console first, so nothing calls a stopped service), then Keycloak.
suite_stop() {
  local app i
  for ((i = ${#APP_MODULES[@]} - 1; i >= 0; i--)); do
    app=${APP_MODULES[i]}
    stop_process "$(app_pid_file "$app")" "$(app_jar "$app")" "$app"
  done
  keycloak_stop "$VIGIL_KEYCLOAK_HOME"
}
