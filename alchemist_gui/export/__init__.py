"""Export: the stage as PNG, SVG, GIF or MP4 (drawn frame by frame from story.pose(t)), the trace's numbers as
JSON, NPZ or CSV.  See README.md in this folder.  Importing this package loads no Qt (the pictures do, when made)."""
from .formats import FORMATS
from .job import ExportCancelled, ExportJob, ExportOptions, ExportResult

__all__ = ["FORMATS", "ExportCancelled", "ExportJob", "ExportOptions", "ExportResult"]
