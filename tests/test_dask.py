"""The Dask engine on a LocalCluster gives the same bytes as the local engine (skipped without dask)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from kemiskinan_ie.batch import run_batch  # noqa: E402

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def _corpus(tmp_path: Path) -> Path:
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    lines = [json.dumps({"id": f"d{i:02d}", "text": texts[i % len(texts)], "published": "2024-02-01"})
             for i in range(40)]
    lines.insert(7, '{"id": "pecah", "text": ')  # malformed
    lines.insert(11, json.dumps({"id": "d03", "text": texts[2]}))  # duplicate id
    p = tmp_path / "dask.jsonl"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_dask_scheduler_address_matches_local_engine_bytes(tmp_path: Path) -> None:
    from distributed import LocalCluster

    corpus = _corpus(tmp_path)
    local = tmp_path / "local.jsonl"
    run_batch([corpus], local, progress=False)
    # an in-process cluster reached by its address: cheap, and exercises the --scheduler path
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster:
        via_address = tmp_path / "dask-address.jsonl"
        s = run_batch([corpus], via_address, engine="dask", scheduler=cluster.scheduler_address,
                      chunk_size=5, progress=False)
    assert via_address.read_bytes() == local.read_bytes()
    ids = [json.loads(x)["id"] for x in local.read_bytes().splitlines()]
    assert len(ids) == len(set(ids)) == 42 and "d03#2" in ids
    assert s.errors == 1 and s.exit_code == 3


@pytest.mark.slow
def test_dask_engine_starts_its_own_cluster_and_writes_tables(tmp_path: Path) -> None:
    """The default: a LocalCluster of 2 worker processes x 1 thread, each loading the pipeline once."""
    pytest.importorskip("pyarrow")
    pd = pytest.importorskip("pandas")
    corpus = _corpus(tmp_path)
    out = tmp_path / "hasil.parquet"
    s = run_batch([corpus], out, engine="dask", workers=2, progress=False)
    ref = tmp_path / "ref.jsonl"
    run_batch([corpus], ref, progress=False)
    assert (tmp_path / "hasil.jsonl").read_bytes() == ref.read_bytes()
    arts = pd.read_parquet(tmp_path / "hasil.articles.parquet")
    assert len(arts) == 42 and s.errors == 1
    assert arts.loc[arts.article_id == "dask:8", "error_type"].tolist() == ["JSONDecodeError"]
