"""The export's figures for ``python main.py bench``: the whole story as an MP4, and one frame of it.

* export_mp4_vs_story: seconds to export the whole story (bundled model, the story's sentence) as an MP4 at
  1280×720, 30 fps, with its caption, ÷ the story's length at speed 1.  Below 1: faster than watching it.
* export_frame_ms_1280x720: median time to pose and draw one 1280×720 frame (stage and caption) into its image,
  without encoding; export_frame_p95_ms_1280x720 its 95th percentile.
"""
from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

SIZE, FPS = (1280, 720), 30


def _story():
    from engine import load_model

    from ..settings import STORY_SENTENCE
    from ..story import Story

    return Story(load_model().trace(STORY_SENTENCE))


def frame_ms(story, size=SIZE, frames: int = 150) -> list[float]:
    from .frames import StageFrames

    stage = StageFrames(story, size, caption=True)
    try:
        out = []
        for k in range(frames):
            t = story.duration * k / frames
            started = time.perf_counter()
            stage.render(t)
            out.append((time.perf_counter() - started) * 1000.0)
        return out[3:]  # the first frames draw every item's cached picture
    finally:
        stage.close()


def export_bench() -> dict:
    from .frames import ensure_application
    from .job import ExportJob, ExportOptions

    ensure_application()
    story = _story()
    times = sorted(frame_ms(story))
    with tempfile.TemporaryDirectory(prefix="alchemist-export-bench-") as folder:
        job = ExportJob(Path(folder) / "story.mp4", story, ExportOptions(size=SIZE, fps=FPS))
        started = time.perf_counter()
        result = job.run()
        seconds = time.perf_counter() - started
    return {
        "export_mp4_vs_story": round(seconds / story.duration, 3),
        "export_mp4_s": round(seconds, 2),
        "export_story_s": round(story.duration, 2),
        "export_mp4_frames": result.frames,
        "export_mp4_mb": round(result.bytes / 1e6, 2),
        "export_frame_ms_1280x720": round(statistics.median(times), 2),
        "export_frame_p95_ms_1280x720": round(times[min(len(times) - 1, round(0.95 * (len(times) - 1)))], 2),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(export_bench(), indent=2))
