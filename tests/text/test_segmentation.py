"""Word segmentation by pyvi, as a worker process uses it."""

import subprocess
import sys

from indexer.text.tokens import segment
from tests.conftest import ROOT


def test_words_of_several_syllables_are_joined():
    assert segment("Ban Tuyên giáo Tỉnh uỷ thực hiện Kết luận 57-KL/TW") == (
        "Ban Tuyên_giáo Tỉnh_uỷ thực_hiện Kết_luận 57-KL/TW"
    )


def test_a_process_that_segmented_leaves_no_model_file_behind(tmp_path):
    # A pool's worker ends without collecting its objects: what the model leaves must be gone before then.
    ended_as_a_worker = "from indexer.text.tokens import segment; segment('Kế hoạch'); import os; os._exit(0)"
    subprocess.run(
        [sys.executable, "-c", ended_as_a_worker], cwd=ROOT, env={"TMPDIR": str(tmp_path)}, check=True, timeout=120
    )
    assert list(tmp_path.iterdir()) == []
