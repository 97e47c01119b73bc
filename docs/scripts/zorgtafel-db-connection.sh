# Sourced by zorgtafel-backup.sh and zorgtafel-restore.sh: finds the MariaDB or MySQL client
# programs and the connection settings, which reach the clients through an option file only
# (a password on a command line is visible to every user of the machine in `ps`).
#
# Connection, either:
#   ZORGTAFEL_BACKUP_DEFAULTS_FILE  an option file with a [client] section (host, port, user,
#                                   password), readable by its owner only
# or:
#   ZORGTAFEL_BACKUP_HOST (default localhost), ZORGTAFEL_BACKUP_PORT (default 3306),
#   ZORGTAFEL_BACKUP_USER (required), ZORGTAFEL_BACKUP_PASSWORD (optional)

# Files removed on exit, whatever the outcome: the option file with the password, a partial dump.
TEMPORARY_FILES=()
cleanup() {
    rm -f ${TEMPORARY_FILES[@]+"${TEMPORARY_FILES[@]}"}
}
trap cleanup EXIT

die() {
    echo "$(basename "$0"): $*" >&2
    exit 1
}

# The first of the given programs on PATH: MariaDB names first, MySQL's as the fallback.
find_program() {
    local name
    for name in "$@"; do
        if command -v "$name" >/dev/null 2>&1; then
            command -v "$name"
            return
        fi
    done
    die "none of $* found on PATH"
}

SQL_CLIENT=$(find_program mariadb mysql)
SQL_DUMP=$(find_program mariadb-dump mysqldump)

if [ -n "${ZORGTAFEL_BACKUP_DEFAULTS_FILE:-}" ]; then
    [ -r "$ZORGTAFEL_BACKUP_DEFAULTS_FILE" ] || die "cannot read $ZORGTAFEL_BACKUP_DEFAULTS_FILE"
    OPTION_FILE=$ZORGTAFEL_BACKUP_DEFAULTS_FILE
else
    [ -n "${ZORGTAFEL_BACKUP_USER:-}" ] || die "set ZORGTAFEL_BACKUP_USER or ZORGTAFEL_BACKUP_DEFAULTS_FILE"
    OPTION_FILE=$(umask 077 && mktemp)
    TEMPORARY_FILES+=("$OPTION_FILE")
    {
        echo "[client]"
        echo "host=${ZORGTAFEL_BACKUP_HOST:-localhost}"
        echo "port=${ZORGTAFEL_BACKUP_PORT:-3306}"
        echo "user=$ZORGTAFEL_BACKUP_USER"
        if [ -n "${ZORGTAFEL_BACKUP_PASSWORD+set}" ]; then
            echo "password=$ZORGTAFEL_BACKUP_PASSWORD"
        fi
    } >"$OPTION_FILE"
fi

# --defaults-extra-file must be the first option of every client call.
sql() {
    "$SQL_CLIENT" --defaults-extra-file="$OPTION_FILE" --default-character-set=utf8mb4 "$@"
}

# One value from a query, without column names or table borders.
sql_value() {
    sql --batch --skip-column-names --execute="$1"
}

valid_database_name() {
    case "$1" in
        "" | *[!A-Za-z0-9_]*) die "database name must be letters, digits and _ only: '$1'" ;;
    esac
}

sha256_of() {
    if command -v sha256sum >/dev/null 2>&1; then
        sha256sum "$1" | cut -d' ' -f1
    else
        shasum -a 256 "$1" | cut -d' ' -f1
    fi
}
