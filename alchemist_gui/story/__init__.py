"""The story as data (Qt-free, torch-free): beats, their text, and the pose of the stage at time t."""
from .beats import BEATS, Beat
from .pose import (BarPose, BlankPose, CauldronPose, FloorsPose, HeadPose, RopePose, StagePose, StationPose,
                   StreamPose, VesselPose)
from .story import Story

__all__ = ["BEATS", "Beat", "Story", "StagePose", "StationPose", "HeadPose", "StreamPose", "RopePose",
           "VesselPose", "CauldronPose", "FloorsPose", "BarPose", "BlankPose"]
