# Gardefou: the Slack bot, self-contained. Models (MiniLM embedder, spaCy French) are pip packages,
# so they are installed with the code, and the knowledge index is built here: the running container
# needs no network except Slack, PostgreSQL and Chroma.
#
#   docker build -t gardefou .            # ~2.5 GB of wheels, CPU only
#   docker compose up -d                  # see docker-compose.yml and docs/deploying.md

# ---- build stage: a virtualenv with everything, then the knowledge index -----------------------
FROM python:3.11-slim AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1

RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH

# torch first and pinned, from the CPU-only index: unpinned (or from PyPI's default index), pip
# picks a CUDA build that drags in ~15 nvidia-* packages and several GB we never use.
# CPU index url: https://download.pytorch.org/whl/cpu
RUN pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu

# Dependencies before the source, so that editing code does not re-download them.
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot/__init__.py bot/__init__.py
COPY rules/__init__.py rules/__init__.py
COPY ingest/__init__.py ingest/__init__.py
RUN pip install . && pip uninstall -y gardefou

COPY bot bot
COPY rules rules
COPY ingest ingest
COPY knowledge knowledge
# Editable: the code runs from /app, so data files next to it (rule tables, migrations,
# contradiction claims) are found whether or not they are declared as package data.
RUN pip install --no-deps -e .

# Build the index at image build time (embedded Chroma + BM25 under /data). With CHROMA_URL set
# (docker-compose), the entrypoint re-runs the incremental ingest into the Chroma server on start.
ENV HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    ANONYMIZED_TELEMETRY=False \
    ORT_DISABLE_TELEMETRY=1 \
    TOKENIZERS_PARALLELISM=false \
    GARDEFOU_DATA_DIR=/data \
    GARDEFOU_KNOWLEDGE_DIR=/app/knowledge
RUN gardefou ingest --quiet

# ---- runtime stage: slim, non-root -------------------------------------------------------------
FROM python:3.11-slim

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    HF_HUB_OFFLINE=1 \
    TRANSFORMERS_OFFLINE=1 \
    ANONYMIZED_TELEMETRY=False \
    ORT_DISABLE_TELEMETRY=1 \
    TOKENIZERS_PARALLELISM=false \
    GARDEFOU_DATA_DIR=/data \
    GARDEFOU_KNOWLEDGE_DIR=/app/knowledge \
    GARDEFOU_LOG_FORMAT=json

RUN groupadd --system --gid 10001 gardefou \
 && useradd --system --uid 10001 --gid gardefou --home-dir /app --shell /usr/sbin/nologin gardefou

COPY --from=build /opt/venv /opt/venv
# Code and notes stay owned by root (read-only for the bot); only /data is writable.
COPY --from=build /app /app
COPY --from=build --chown=gardefou:gardefou /data /data
COPY docker-entrypoint.sh /app/docker-entrypoint.sh

WORKDIR /app
USER gardefou

EXPOSE 3000
# The HTTP server answers /healthz once the app is built; python is there, curl is not.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:3000/healthz', timeout=4)"]

ENTRYPOINT ["/app/docker-entrypoint.sh"]
CMD ["gardefou", "serve", "--http", "--port", "3000"]
