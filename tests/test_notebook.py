"""notebooks/explore.ipynb runs top to bottom without error, offline, on this venv's Python."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
import pytest
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
CELL_TIMEOUT = 120  # seconds; the whole notebook takes well under a minute on the seeds


@pytest.fixture(scope="module")
def kernel_manager(tmp_path_factory) -> KernelManager:
    """A `python3` kernel that is certainly this interpreter.

    Whatever kernel specs the machine has (one from `pip install ipykernel` runs a bare `python`
    from PATH, a user's may point at another environment), a spec of our own in a temporary
    folder pins the kernel to sys.executable, so the notebook sees this venv's packages.
    """
    kernels = tmp_path_factory.mktemp("kernels")
    spec_dir = kernels / "python3"
    spec_dir.mkdir()
    (spec_dir / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (laowu-kg test)",
        "language": "python",
    }), encoding="utf-8")
    specs = KernelSpecManager(kernel_dirs=[str(kernels)], ensure_native_kernel=False)
    return KernelManager(kernel_name="python3", kernel_spec_manager=specs)


def test_committed_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"cell {cell.id} has outputs"
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"


def test_notebook_runs(kernel_manager, tmp_path, monkeypatch):
    out = tmp_path / "out"
    # The kernel inherits this environment: the notebook writes its build and explorer here,
    # not into the checkout's out/.
    monkeypatch.setenv("LAOWU_KG_NOTEBOOK_OUT", str(out))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    # Executed in memory from a fresh read and never saved back: the committed file keeps no outputs.
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        nb, km=kernel_manager, timeout=CELL_TIMEOUT, allow_errors=False,
        # The notebook's own folder as working directory, as when an analyst opens it.
        resources={"metadata": {"path": str(NOTEBOOK.parent)}},
    )
    try:
        client.execute()
    except CellExecutionError as error:
        nbformat.write(nb, tmp_path / "executed.ipynb")
        pytest.fail(f"the notebook failed (executed copy: {tmp_path / 'executed.ipynb'}):\n{error}")
    nbformat.write(nb, tmp_path / "executed.ipynb")

    errors = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs
              if o.output_type == "error"]
    assert errors == []
    assert (out / "kg.ttl").is_file() and (out / "explorer.html").is_file()
    images = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs
              if "image/png" in o.get("data", {})]
    assert len(images) >= 1, "the notebook drew no plot"
    html = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs
            if "<iframe srcdoc=" in o.get("data", {}).get("text/html", "")]
    assert html, "the explorer is not shown inline"
