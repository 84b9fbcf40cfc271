#!/bin/sh
# Bring the knowledge index up to date (incremental: only changed notes are re-embedded; with
# CHROMA_URL the index lives in the Chroma server, which starts empty), then run the command.
# SIGTERM reaches the command directly thanks to exec, so answers in flight can finish.
set -e
if [ "${GARDEFOU_SKIP_INGEST:-0}" != "1" ]; then
  gardefou ingest --quiet
fi
exec "$@"
