#!/usr/bin/env bash
# Backs up the Zorgtafel database: one consistent dump (InnoDB snapshot, no locks held while it
# runs) with the binary log position at that snapshot, gzipped, beside a .info file with that
# position and the dump's SHA-256. Replaying the binary log from the position gives
# point-in-time recovery (docs/operations.md, "Backup and restore").
#
#   zorgtafel-backup.sh [directory]      (default: the current directory)
#
# Environment: the connection (see zorgtafel-db-connection.sh; a user with the grants in
# docs/mysql-backup-user.sql) and ZORGTAFEL_BACKUP_DATABASE (default zorgtafel).
# The dump holds no key: the keys for identifying data are backed up apart from it.
set -euo pipefail

. "$(dirname "$0")/zorgtafel-db-connection.sh"

directory=${1:-.}
database=${ZORGTAFEL_BACKUP_DATABASE:-zorgtafel}
valid_database_name "$database"
[ -d "$directory" ] || die "no such directory: $directory"

options=(--single-transaction --routines --triggers --events --hex-blob --no-tablespaces
    --default-character-set=utf8mb4)
dump_help=$("$SQL_DUMP" --help)
log_bin=$(sql_value "SELECT @@log_bin")
if [ "$log_bin" = 1 ]; then
    # MySQL 8.4 calls it --source-data; MariaDB keeps --master-data. 2 = as a comment only.
    if grep -q -- '--source-data' <<<"$dump_help"; then
        options+=(--source-data=2)
    else
        options+=(--master-data=2)
    fi
else
    echo "WARNING: binary logging is off on the server: this dump cannot be rolled forward" \
        "to a later point in time. Set log_bin (docs/operations.md)." >&2
fi
# MySQL with GTIDs would otherwise write SET @@GLOBAL.GTID_PURGED, which a restore into a
# second database on a running server refuses.
if grep -q -- '--set-gtid-purged' <<<"$dump_help"; then
    options+=(--set-gtid-purged=OFF)
fi

umask 077
name="$database-$(date -u +%Y%m%dT%H%M%SZ)"
partial="$directory/.$name.sql.gz.partial"
TEMPORARY_FILES+=("$partial")

"$SQL_DUMP" --defaults-extra-file="$OPTION_FILE" "${options[@]}" "$database" | gzip -9 >"$partial"

# The position is a comment near the top: "CHANGE MASTER TO MASTER_LOG_FILE='…', MASTER_LOG_POS=…"
# (MariaDB) or "CHANGE REPLICATION SOURCE TO SOURCE_LOG_FILE='…', SOURCE_LOG_POS=…" (MySQL).
binlog_file=""
binlog_position=""
if [ "$log_bin" = 1 ]; then
    position_line=$( (gzip -dc "$partial" || true) | grep -m1 -E 'CHANGE (MASTER|REPLICATION SOURCE) TO' || true)
    [ -n "$position_line" ] || die "the dump names no binary log position"
    binlog_file=$(sed -E "s/.*_LOG_FILE='([^']*)'.*/\1/" <<<"$position_line")
    binlog_position=$(sed -E 's/.*_LOG_POS=([0-9]+).*/\1/' <<<"$position_line")
fi

# The .info first, the dump last: a dump that is there is complete and has its .info.
{
    echo "database=$database"
    echo "created_utc=${name#"$database"-}"
    echo "server_version=$(sql_value "SELECT VERSION()")"
    echo "binlog_file=$binlog_file"
    echo "binlog_position=$binlog_position"
    echo "sha256=$(sha256_of "$partial")"
} >"$directory/$name.info"
mv "$partial" "$directory/$name.sql.gz"
echo "$directory/$name.sql.gz"
