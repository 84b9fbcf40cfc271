"""Official texts named by the knowledge notes, fetched by the operator and watched for changes.

registry (notes' front matter + rules/refs.yaml -> the sources and the rules resting on each)
-> fetch (polite HTTP: User-Agent, delay, conditional GET, timeouts) -> extract (HTML through
trafilatura, PDF through pypdf) -> store (data dir, atomic writes) -> changes (the database: a
unified diff per change, flagged rules, review state) -> watch (one pass over every source) ->
alerts (the warning on answers resting on a changed, unreviewed text) -> schedule (the daily job
of `serve`). `ingest` indexes the stored texts as `kind: official` passages, verbatim.
"""
