"""Animation files from frames of pixels: H.264 MP4 through PyAV, GIF through Pillow.  Qt-free.

A frame is a uint8 array [height, width, 4] in the memory order of Qt's QImage.Format_RGB32 (B, G, R, 255 on a
little-endian machine): what the stage is drawn into, so no conversion is needed before the encoder's own.

A writer's work is split in two: ``own(pixels)`` copies a frame into the form ``add`` takes (cheap; on the
thread that draws, whose picture is about to be drawn over) and ``add`` encodes it (costly; WriterThread runs it
on a thread of its own, so drawing the next frame and encoding this one overlap).
"""
from __future__ import annotations

import queue
import sys
import threading
import time
from fractions import Fraction

import numpy as np

from .formats import even_size

PIXELS = "bgra" if sys.byteorder == "little" else "argb"  # QImage.Format_RGB32 in memory, for FFmpeg
PIL_RAW = "BGRX" if sys.byteorder == "little" else "XRGB"  # the same, for Pillow
H264_ENCODERS = ("libx264", "h264", "libopenh264")  # PyAV's wheels carry libx264
# x264: "veryfast" encodes a 720p stage frame in a few milliseconds; the stage's flat colours and sharp text
# stay clean at crf 20.  faststart puts the index first, so the video starts playing before it is all loaded.
X264_OPTIONS = {"preset": "veryfast", "crf": "20"}
MUXER_OPTIONS = {"movflags": "+faststart"}


def h264_encoder() -> str:
    import av

    for name in H264_ENCODERS:
        try:
            av.codec.Codec(name, "w")
            return name
        except Exception:  # noqa: BLE001 - PyAV raises its own UnknownCodecError; try the next
            continue
    from engine.errors import InputError

    raise InputError("this installation's PyAV has no H.264 encoder; reinstall it from its wheels (pip install av)")


def warm_up_in_background() -> None:
    """Load PyAV and FFmpeg on a thread of their own (about 70 ms of loading): a window calls this when the export
    dialog opens, so the first MP4 does not load them on the window's thread."""
    if "av" not in sys.modules:
        threading.Thread(target=_load_h264, name="alchemist-load-pyav", daemon=True).start()


def _load_h264() -> None:
    try:
        h264_encoder()
    except Exception:  # noqa: BLE001 - the export itself will say what is wrong
        pass


class Mp4Writer:
    """H.264 in yuv420p (what every player and slide program plays); both sides must be even."""

    def __init__(self, path, size: tuple[int, int], fps: int):
        import av

        if even_size(size) != tuple(size):
            raise ValueError(f"H.264 in yuv420p needs an even width and height, not {size[0]}x{size[1]}")
        self.size, self.fps = tuple(size), int(fps)
        codec = h264_encoder()
        self._out = av.open(str(path), "w", format="mp4", options=MUXER_OPTIONS)
        options = X264_OPTIONS if codec == "libx264" else {}
        self._stream = self._out.add_stream(codec, rate=self.fps, options=options)
        self._stream.width, self._stream.height = self.size
        self._stream.pix_fmt = "yuv420p"
        self._time_base = Fraction(1, self.fps)
        self._count = 0

    def own(self, pixels: np.ndarray):
        import av

        return av.VideoFrame.from_ndarray(pixels, format=PIXELS)  # copies

    def add(self, frame) -> None:
        frame.pts, frame.time_base = self._count, self._time_base
        self._count += 1
        for packet in self._stream.encode(frame):  # the encoder converts to yuv420p itself
            self._out.mux(packet)

    def close(self) -> None:
        for packet in self._stream.encode():  # flush the frames the encoder still holds
            self._out.mux(packet)
        self._out.close()

    def abort(self) -> None:
        try:
            self._out.close()
        except Exception:  # noqa: BLE001 - the file is being thrown away
            pass


def gif_durations(frames: int, fps: int) -> list[int]:
    """Each frame's delay in ms, whole hundredths of a second (GIF's unit), rounded so that the delays add up to
    the animation's length: 30 fps gives 30, 40, 30, 30, 40, 30, … ms."""
    ends = [round((k + 1) * 100 / fps) * 10 for k in range(frames)]
    return [end - start for start, end in zip([0] + ends[:-1], ends)]


class GifWriter:
    """Each frame gets its own 256-colour palette (the potions' colours change from beat to beat).  Pillow writes
    only the changed rectangle of a frame, and stores a frame identical to the one before it once, with both
    delays added: a GIF may therefore hold fewer frames than it was given, but it lasts exactly as long."""

    def __init__(self, path, size: tuple[int, int], fps: int):
        self.path, self.size, self.fps = path, tuple(size), int(fps)
        self._frames = []

    def own(self, pixels: np.ndarray):
        from PIL import Image

        return Image.frombuffer("RGB", self.size, pixels, "raw", PIL_RAW, 0, 1)  # converts, so it copies

    def add(self, image) -> None:
        from PIL import Image

        self._frames.append(image.quantize(256, method=Image.Quantize.FASTOCTREE))

    def close(self) -> None:
        frames, self._frames = self._frames, []
        if not frames:
            raise ValueError("a GIF needs at least one frame")
        durations = gif_durations(len(frames), self.fps)
        with open(self.path, "wb") as f:
            frames[0].save(f, format="GIF", save_all=True, append_images=frames[1:], duration=durations, loop=0)

    def abort(self) -> None:
        self._frames = []


class WriterThread:
    """Runs a writer's ``add`` on a thread of its own, a few frames behind the one that draws them.

    ``put`` blocks when the writer is that far behind (so memory stays bounded) and raises the writer's error,
    if it had one, in the drawing thread; ``finish`` hands over the end, and the thread finishes the file (a GIF
    is encoded whole then) while ``wait`` lets the drawing thread look in; ``close`` waits for it and raises
    the writer's error; ``abort`` throws the queued frames away.  The thread always ends with close or abort."""

    _END = object()

    def __init__(self, writer, depth: int = 4):
        self.writer = writer
        self._queue: queue.Queue = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._dropping = False
        self._finishing = False  # the end is handed over
        self._thread = threading.Thread(target=self._work, name="alchemist-export-writer", daemon=True)
        self._thread.start()

    def _work(self) -> None:
        while True:
            item = self._queue.get()
            if item is self._END:
                if self._error is None and not self._dropping:
                    try:
                        self.writer.close()
                    except BaseException as exc:  # noqa: BLE001 - raised in the drawing thread by close
                        self._error = exc
                return
            if self._error is None and not self._dropping:
                try:
                    self.writer.add(item)
                except BaseException as exc:  # noqa: BLE001 - handed to the drawing thread by put/close
                    self._error = exc

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def put(self, pixels: np.ndarray) -> None:
        self._raise()
        self._queue.put(self.writer.own(pixels))

    def room(self, seconds: float) -> bool:
        """Whether ``put`` would not block, waiting at most ``seconds`` for the writer to catch up (a window
        yields instead of blocking while the encoder works through a slow stretch)."""
        deadline = time.monotonic() + seconds
        while self._queue.full() and time.monotonic() < deadline and self._thread.is_alive():
            time.sleep(0.0005)
        return not self._queue.full()

    def finish(self) -> None:
        self._raise()
        self._finishing = True
        self._queue.put(self._END)

    def wait(self, seconds: float) -> bool:
        """Whether the file is finished, waiting at most ``seconds`` for it."""
        self._thread.join(seconds)
        return not self._thread.is_alive()

    def close(self) -> None:
        if not self._finishing:
            self.finish()
        self._thread.join()
        self._raise()

    def abort(self) -> None:
        self._dropping = True
        if self._thread.is_alive():
            self._queue.put(self._END)
            self._thread.join()
        self.writer.abort()
