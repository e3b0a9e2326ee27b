#!/usr/bin/env bash
# Starts a local MariaDB for Vidan without Docker, from Debian's mariadb-server package:
# data in ./data/mariadb, listening on 127.0.0.1:${VIDAN_DB_PORT:-3306}, database "vidan", user vidan/vidan.
# Stop it with: kill "$(cat data/mariadb/mariadbd.pid)"
set -euo pipefail
cd "$(dirname "$0")/../.."
port="${VIDAN_DB_PORT:-3306}"
datadir="$PWD/data/mariadb"
if ! command -v mariadbd >/dev/null 2>&1; then
  echo "mariadbd not found: apt-get install mariadb-server" >&2
  exit 1
fi
user_opt=()
[ "$(id -u)" -eq 0 ] && user_opt=(--user=root)
if [ ! -d "$datadir/mysql" ]; then
  mkdir -p "$datadir"
  mariadb-install-db --no-defaults --datadir="$datadir" --auth-root-authentication-method=normal "${user_opt[@]}" >/dev/null
fi
mariadbd --defaults-file="$PWD/infra/mariadb/vidan.cnf" --datadir="$datadir" --bind-address=127.0.0.1 \
  --port="$port" --socket="$datadir/mariadbd.sock" --pid-file="$datadir/mariadbd.pid" \
  --log-error="$datadir/mariadbd.err" "${user_opt[@]}" &
for _ in $(seq 1 50); do
  mariadb --no-defaults --socket="$datadir/mariadbd.sock" -uroot -e "SELECT 1" >/dev/null 2>&1 && break
  sleep 0.2
done
mariadb --no-defaults --socket="$datadir/mariadbd.sock" -uroot <<'SQL'
CREATE DATABASE IF NOT EXISTS vidan CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'vidan'@'localhost' IDENTIFIED BY 'vidan';
CREATE USER IF NOT EXISTS 'vidan'@'127.0.0.1' IDENTIFIED BY 'vidan';
GRANT ALL PRIVILEGES ON vidan.* TO 'vidan'@'localhost';
GRANT ALL PRIVILEGES ON vidan.* TO 'vidan'@'127.0.0.1';
SQL
echo "MariaDB $(mariadb --no-defaults --socket="$datadir/mariadbd.sock" -uroot -N -e 'SELECT VERSION()') is up on 127.0.0.1:$port (database vidan, user vidan/vidan)"
