"""The story as data (Qt-free, torch-free): beats, their text, and the pose of the stage at time t."""
from .beats import BEATS, Beat
from .changes import Change, describe_change
from .facts import TraceFacts
from .pose import (BarPose, BlankPose, CauldronPose, CratePose, FloorsPose, HeadPose, RopePose, SpotPose, StagePose,
                   StationPose, StreamPose, VesselPose)
from .story import Story

__all__ = ["BEATS", "Beat", "Story", "TraceFacts", "Change", "describe_change", "StagePose", "StationPose",
           "HeadPose", "StreamPose", "RopePose", "VesselPose", "CauldronPose", "FloorsPose", "BarPose", "BlankPose",
           "CratePose", "SpotPose"]
