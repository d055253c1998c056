"""`kg build --dask-scheduler`: the same per-article work on a Dask cluster gives the same bytes."""
from __future__ import annotations

from kg.build import build
from tests.conftest import SEEDS


def test_a_two_worker_local_cluster_builds_the_same_graph(tmp_path, built_seeds):
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster:
        report = build([str(SEEDS)], tmp_path, dask_scheduler=cluster.scheduler_address, use_cache=False)
    assert report.articles == 5 and report.skipped == []
    assert (tmp_path / "kg.ttl").read_bytes() == (built_seeds / "kg.ttl").read_bytes()
