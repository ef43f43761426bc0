"""MP4 and GIF: decoded again, they have the asked size, the documented number of frames and moving content —
and each frame is the stage at its own moment."""
from __future__ import annotations

import av
import numpy as np
from PIL import Image, ImageSequence

from alchemist_gui.export import ExportJob, ExportOptions
from alchemist_gui.export.video import gif_durations


def decoded_mp4(path) -> list[np.ndarray]:
    with av.open(str(path)) as container:
        return [frame.to_ndarray(format="rgb24").astype(np.int16) for frame in container.decode(video=0)]


def changed_pixels(a: np.ndarray, b: np.ndarray) -> int:
    """Pixels that differ by more than the codec's noise."""
    return int((np.abs(a - b).max(axis=2) > 24).sum())


def test_mp4_of_one_beat(tmp_path, app, story):
    out = tmp_path / "pour.mp4"
    result = ExportJob(out, story, ExportOptions(beat="pour", size=(256, 160), fps=4)).run()
    pour = story.beats[5]
    expected = round(pour.duration * 4)
    frames = decoded_mp4(out)
    assert len(frames) == expected == result.frames
    assert frames[0].shape == (160, 256, 3)
    moving = [changed_pixels(a, b) > 10 for a, b in zip(frames, frames[1:])]
    assert sum(moving) >= len(moving) // 4  # the potions pour (the beat also holds still, before and after)
    with av.open(str(out)) as container:
        stream = container.streams.video[0]
        assert stream.codec_context.name == "h264" and stream.average_rate == 4


def test_mp4_frames_are_the_stage_at_their_moments(tmp_path, app, story):
    """Frame k is story.pose(start + k / fps), drawn: of the pictures of every frame's moment, the one of its own
    moment is the closest to it (H.264 is lossy: up to its noise), and clearly different moments are far."""
    from alchemist_gui.export.frames import StageFrames

    out = tmp_path / "range.mp4"
    fps = 2
    ExportJob(out, story, ExportOptions(first="match", last="softmax", size=(256, 160), fps=fps, caption=True)).run()
    frames = decoded_mp4(out)
    start = story.beats[2].start
    assert len(frames) == round((story.beats[4].end - start) * fps)
    stage = StageFrames(story, (256, 160), caption=True)
    try:
        drawn = []
        for k in range(len(frames)):
            stage.render(start + k / fps)
            drawn.append(stage.pixels()[:, :, 2::-1].astype(np.int16))  # B, G, R, 255 in memory -> R, G, B
    finally:
        stage.close()
    far_apart = 0
    for k, frame in enumerate(frames):
        distance = [np.abs(frame - picture).mean() for picture in drawn]
        assert distance[k] <= min(distance) + 0.05, k  # its own moment explains it best, up to the codec's noise
        for j, picture in enumerate(drawn):
            if np.abs(picture - drawn[k]).mean() > 1.0:  # a moment that looks clearly different (a new beat)
                far_apart += 1
                assert distance[j] > distance[k] + 0.5, (k, j)
    assert far_apart > 0  # the range has such moments, so the check above could fail


def test_mp4_odd_size_becomes_even(tmp_path, app, story):
    out = tmp_path / "odd.mp4"
    result = ExportJob(out, story, ExportOptions(beat="setup", size=(201, 131), fps=2)).run()
    assert decoded_mp4(out)[0].shape == (130, 200, 3)
    assert result.size == (200, 130) and "even" in result.summary()


def test_gif_of_a_range(tmp_path, app, story):
    out = tmp_path / "range.gif"
    fps = 5
    result = ExportJob(out, story, ExportOptions(first="mask", last="pour", size=(200, 125), fps=fps)).run()
    length = story.beats[5].end - story.beats[3].start
    with Image.open(out) as gif:
        assert gif.format == "GIF" and gif.size == (200, 125)
        frames = [(np.asarray(f.convert("RGB")).astype(np.int16), f.info["duration"])
                  for f in ImageSequence.Iterator(gif)]
    # the rule (README): N = round(length × fps) frames drawn; identical neighbours are stored once with their
    # delays added, so the delays sum to the N frames' time, in GIF's hundredths of a second
    n = round(length * fps)
    assert result.frames == n
    assert 1 < len(frames) <= n
    assert sum(d for _, d in frames) == sum(gif_durations(n, fps)) == round(n * 100 / fps) * 10
    assert all(np.abs(a - b).mean() > 0 for (a, _), (b, _) in zip(frames, frames[1:]))


def test_gif_delays_add_up_in_hundredths():
    assert gif_durations(3, 30) == [30, 40, 30]
    assert sum(gif_durations(30, 30)) == 1000
    assert gif_durations(4, 10) == [100, 100, 100, 100]
