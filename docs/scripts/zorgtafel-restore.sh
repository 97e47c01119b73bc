#!/usr/bin/env bash
# Restores a dump made by zorgtafel-backup.sh into a named database, made if missing. Refuses a
# database that already has tables unless --force is given (which drops it first). Checks the
# dump against the SHA-256 in its .info file when there is one, and prints the binary log
# position to roll forward from (docs/operations.md, "Backup and restore").
#
#   zorgtafel-restore.sh [--force] <dump.sql.gz> <database>
#
# Environment: the connection (see zorgtafel-db-connection.sh), as a user that may create and
# drop that database, e.g. the server's administrator.
set -euo pipefail

. "$(dirname "$0")/zorgtafel-db-connection.sh"

force=false
if [ "${1:-}" = "--force" ]; then
    force=true
    shift
fi
[ $# -eq 2 ] || die "usage: $(basename "$0") [--force] <dump.sql.gz> <database>"
dump=$1
database=$2
valid_database_name "$database"
[ -r "$dump" ] || die "cannot read $dump"

info="${dump%.sql.gz}.info"
if [ -r "$info" ]; then
    expected=$(sed -n 's/^sha256=//p' "$info")
    [ "$(sha256_of "$dump")" = "$expected" ] || die "$dump does not match the checksum in $info"
else
    echo "WARNING: no $info beside the dump: its checksum is not checked" >&2
fi
gzip -t "$dump" || die "$dump is not a complete gzip file"

tables=$(sql_value "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$database'")
if [ "$tables" -gt 0 ]; then
    $force || die "database $database has $tables tables; refusing to overwrite it (use --force to drop it first)"
    sql --execute="DROP DATABASE \`$database\`"
fi
sql --execute="CREATE DATABASE IF NOT EXISTS \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
gzip -dc "$dump" | sql --database="$database" \
    || die "the restore stopped part-way: $database is incomplete; run again with --force"

echo "Restored $dump into $database ($(sql_value "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$database'") tables)."
if [ -r "$info" ] && grep -q '^binlog_file=.' "$info"; then
    echo "To roll forward, replay the binary log from $(sed -n 's/^binlog_file=//p' "$info")" \
        "position $(sed -n 's/^binlog_position=//p' "$info") (docs/operations.md)."
fi
