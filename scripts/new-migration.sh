#!/usr/bin/env bash
# Writes a migration for both providers from the change to prisma/models.prisma since a git
# revision (default HEAD), with the same name in prisma/sqlite/migrations/ and
# prisma/postgres/migrations/:   npm run db:new-migration -- add_something
# PostgreSQL's diff needs a reachable server (Prisma's CLI opens its adapter even for a diff),
# so the npm script runs this under scripts/with-postgres.sh. Review both files before
# committing; provider-specific SQL (FTS5, pg_trgm) is written by hand into its own folder.
set -euo pipefail
name=${1:?usage: new-migration.sh NAME [BASE_REVISION]}
base=${2:-HEAD}
root=$(cd "$(dirname "$0")/.." && pwd)
stamp=$(date -u +%Y%m%d%H%M%S)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for provider in sqlite postgres; do
  mkdir -p "$tmp/$provider"
  cp "$root/prisma/$provider/schema.prisma" "$tmp/$provider/"
  git -C "$root" show "$base:prisma/models.prisma" >"$tmp/$provider/models.prisma"
  if [ "$provider" = postgres ]; then url=${PG_URL:?run under scripts/with-postgres.sh}; else url="file:$tmp/diff.db"; fi
  out="$root/prisma/$provider/migrations/${stamp}_$name"
  mkdir -p "$out"
  (cd "$root/server" && DATABASE_URL=$url npx prisma migrate diff \
    --from-schema-datamodel "$tmp/$provider" --to-schema-datamodel "$root/prisma/$provider" --script) \
    >"$out/migration.sql"
  echo "wrote ${out#"$root"/}/migration.sql"
done
