"""Game tests run the real engine on small models (torch, no Qt): the bundled model, two tiny random word-level
models, a transformers-written GPT-2 folder and a byte-level BPE one."""
import pytest

from tests.random_models import save_random_gpt2
from tests.story.traces import WORDS, model as tiny_model

SENTENCE = "Sarah lies still on the bed, feeling"


@pytest.fixture(scope="session")
def bundled():
    from engine import load_model

    return load_model()


@pytest.fixture(scope="session")
def tiny_a():
    return tiny_model(2, 4, 32, 16, seed=0)


@pytest.fixture(scope="session")
def tiny_b():
    return tiny_model(2, 4, 32, 16, seed=1)


@pytest.fixture(scope="session")
def gpt2_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("gpt2")
    save_random_gpt2(folder)
    return folder


@pytest.fixture(scope="session")
def bpe_folder(tmp_path_factory):
    """A GPT-2 folder whose tokenizer is byte-level BPE (pieces of words), like GPT-2's own."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    folder = tmp_path_factory.mktemp("bpe")
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=300, initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
                                  show_progress=False)
    tok.train_from_iterator([" ".join(WORDS)] * 4 + [SENTENCE] * 4, trainer)
    save_random_gpt2(folder, vocab_size=tok.get_vocab_size(), n_positions=32)
    tok.save(str(folder / "tokenizer.json"))  # replaces the word-level tokenizer written beside the weights
    return folder


def game_for(model, sentence, presets=(), **kw):
    from alchemist_gui.game import Game, describe

    return Game(model.trace, describe(model), sentence, presets, **kw)


TINY_SENTENCE = "the cat sat on a mat and dog saw bird"
TINY_PRESETS = ("the dog ran to river where fish swam", "it was very happy when sun rose over hill",
                "then they all ran to old bridge near town", "a bird sat in tree and cat saw it",
                "the fish swam under old bridge , then sun rose")
