"""The trainer's settings, torch-free so the command line can show them without loading torch."""

SHAPE = {"n_layer": 4, "n_head": 4, "n_embd": 128, "n_positions": 32}  # 4 floors x 4 alchemists per word
STEPS = 4000  # the bundled model
CUSTOM_STEPS = 1500  # "train your own" into another folder: a few minutes
BATCH_SIZE = 64
PEAK_LR = 3e-3
WARMUP_STEPS = 100
WEIGHT_DECAY = 0.05
THREADS = 1  # one core: steady on a shared 2-core machine (two threads stall each other under load); with
#             deterministic kernels the same seed gives the same weights
