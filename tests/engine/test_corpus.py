"""The corpus generator and the trainer: deterministic, honest about what is held out, reproducible."""
import json
from collections import Counter

import pytest

from engine.corpus import (ADJECTIVES, PATTERNS, PREFIXES, STORY_CHECKS, build_corpus, combos, is_held_out,
                           vocabulary)
from engine.tokenizer import TextTokenizer, word_level_tokenizer
from engine.train import train


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(0)


@pytest.fixture(scope="module")
def tokenizer(corpus):
    return TextTokenizer(word_level_tokenizer(list(corpus.vocabulary)))


def core(words) -> tuple:
    """A sentence's prompt without its opening and adjectives: the words its combination fixes."""
    for prefix in sorted(PREFIXES, key=len, reverse=True):
        if prefix and words[: len(prefix)] == prefix:
            words = ("The" if words[len(prefix)] == "the" else words[len(prefix)],) + words[len(prefix) + 1:]
            break
    return tuple(w for w in words if w not in ADJECTIVES)


def test_same_seed_gives_the_same_corpus():
    assert build_corpus(3, n_train=2000) == build_corpus(3, n_train=2000)
    assert build_corpus(3, n_train=2000).train != build_corpus(4, n_train=2000).train


def test_held_out_sentences_do_not_depend_on_the_training_size():
    assert build_corpus(0, n_train=10).held_out == build_corpus(0, n_train=0).held_out


def test_held_out_combinations_never_reach_training(corpus):
    assert not any(is_held_out(s.combo) for s in corpus.train)
    # checked on the words too, not only on the bookkeeping
    seen = {core(s.words[: s.answer_at]) for s in corpus.train}
    assert not [s.text for s in corpus.held_out if core(s.words[: s.answer_at]) in seen]


def test_every_pattern_has_held_out_sentences(corpus):
    counts = Counter(s.pattern for s in corpus.held_out)
    assert set(counts) == set(PATTERNS)
    for pattern in PATTERNS:
        share = sum(map(is_held_out, combos(pattern))) / len(combos(pattern))
        assert 0.03 < share < 0.2, pattern


def test_story_sentences_are_held_out(corpus):
    seen = {core(s.words[: s.answer_at]) for s in corpus.train}
    for check in STORY_CHECKS:
        words = tuple(check.prompt.replace(",", " ,").split())
        assert core(words) not in seen, check.prompt


def test_vocabulary_covers_the_story_and_training_uses_every_word(corpus, tokenizer):
    for check in STORY_CHECKS:
        ids = tokenizer.encode(check.prompt + " " + " ".join(check.answers))
        assert tokenizer.unk_id not in ids, check.prompt
    used = {w for s in corpus.train for w in s.words}
    assert set(vocabulary()) == used


def test_tokenizer_splits_a_sentence_into_its_words(corpus, tokenizer):
    for s in corpus.train[:500] + corpus.held_out[:200]:
        assert [tokenizer.vocab[i] for i in tokenizer.encode(s.text)] == list(s.words)
    assert corpus.train[0].text.count(" ,") == 0  # readable text: "bed, feeling"


def test_sentences_are_short_and_answers_are_acceptable(corpus):
    assert max(len(s.words) for s in corpus.train + corpus.held_out) <= 20
    assert all(s.answer in s.answers for s in corpus.train + corpus.held_out)


def test_feeling_alone_does_not_decide_the_next_word(corpus):
    after_feeling = Counter(s.answer for s in corpus.train if s.pattern == "feeling")
    assert len(after_feeling) >= 10
    assert max(after_feeling.values()) < 0.3 * sum(after_feeling.values())
    # both meanings of "lies" are common, and for many people
    rest = {s.words[s.words.index("lies") - 1] for s in corpus.train if "lies" in s.words and "on" in s.words}
    deceit = {s.words[s.words.index("lies") - 1] for s in corpus.train if "lies" in s.words and "to" in s.words}
    assert len(rest) >= 12 and len(deceit) >= 12


def test_training_is_reproducible(tmp_path):
    first = train(tmp_path / "a", seed=1, progress=False, steps=20)
    second = train(tmp_path / "b", seed=1, progress=False, steps=20)
    weights_a = (tmp_path / "a" / "model.safetensors").read_bytes()
    assert weights_a == (tmp_path / "b" / "model.safetensors").read_bytes()
    history = json.loads((tmp_path / "a" / "loss_history.json").read_text())
    assert [h["step"] for h in history["history"]] == [20]
    assert history["history"] == json.loads((tmp_path / "b" / "loss_history.json").read_text())["history"]
    assert first["final_loss"] == second["final_loss"]
    assert {"config.json", "tokenizer.json", "loss_history.json"} <= {p.name for p in (tmp_path / "a").iterdir()}
