TITLE = "ingest_speed"


def run(workdir, quick):
    from bench.result import Skipped

    raise Skipped("not written yet")
