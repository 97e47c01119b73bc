-- Backups (docs/operations.md, "Backup and restore"), as the server's administrator (root), once:
-- the user docs/scripts/zorgtafel-backup.sh connects as. It may read the database and the binary
-- log position, and change nothing. Replace the password; keep it out of git. Narrow '%' to the
-- host the backups run on. Works on MySQL 8.4 and MariaDB 11 (BackupRestoreMariaDbTest uses it).

CREATE USER IF NOT EXISTS 'zorgtafel_backup'@'%' IDENTIFIED BY 'change-me-backup';
GRANT SELECT, SHOW VIEW, TRIGGER, EVENT, LOCK TABLES ON zorgtafel.* TO 'zorgtafel_backup'@'%';
-- The binary log position at the dump's snapshot (REPLICATION CLIENT, called BINLOG MONITOR on
-- MariaDB), and on MySQL the moment's global read lock that fixes it (RELOAD).
GRANT RELOAD, REPLICATION CLIENT ON *.* TO 'zorgtafel_backup'@'%';
