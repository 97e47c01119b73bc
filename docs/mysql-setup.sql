-- Step 1 of a fresh installation (docs/operations.md, "First start"), as the server's
-- administrator (root), before the application has ever started: the database and its two users.
-- Replace the passwords; keep them out of git. Works on MySQL 8.4 and MariaDB 11.
--   zorgtafel_migrate  owns the schema; Flyway runs the migrations as this user at every start.
--   zorgtafel_app      what the application uses; its table grants are in docs/mysql-grants.sql,
--                      applied once the migrations have made the tables (step 3).

CREATE DATABASE IF NOT EXISTS zorgtafel CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE USER IF NOT EXISTS 'zorgtafel_migrate'@'%' IDENTIFIED BY 'change-me-migrate';
CREATE USER IF NOT EXISTS 'zorgtafel_app'@'%' IDENTIFIED BY 'change-me-app';

-- A database-level grant: valid before any table exists.
GRANT ALL PRIVILEGES ON zorgtafel.* TO 'zorgtafel_migrate'@'%';
