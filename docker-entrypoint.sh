#!/bin/sh
# Bring the knowledge index up to date (incremental: only changed notes are re-embedded; with
# CHROMA_URL the vectors go to the Chroma server, which starts empty), then run the command.
# A failed or busy ingest (another replica holds the lock) does not stop the bot: the retriever
# serves the index already in /data. exec: SIGTERM reaches the bot, which finishes answers in flight.
set -e
if [ "${GARDEFOU_SKIP_INGEST:-0}" != "1" ]; then
  gardefou ingest --quiet || echo "gardefou: ingest failed or busy; starting on the current index" >&2
fi
exec "$@"
