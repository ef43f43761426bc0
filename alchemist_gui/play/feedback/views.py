"""The real numbers beside the guess, per kind of challenge: ``make_feedback(challenge, result)`` gives a widget
of bars and lines drawn from ``result.numbers`` (the engine's numbers, never a copy made here), and
``stage_marks`` what the stage overlay shows at each bottle."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication as Q
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...game.reading import join_words
from ..inputs.bottles import bottle_labels
from ..text import game, number, percent, word
from .bars import CompareBars, Row


def section(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionLabel")
    label.setWordWrap(True)
    return label


def line(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setObjectName("resultLine")
    return label


def _column(*parts) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    for part in parts:
        column.addWidget(part)
    return box


def _play_gpt(ch, result):
    n = result.numbers
    bet, model = n["bet"], n["model"]
    probs = {t["word"]: t["prob"] for t in n["top"]}
    probs.update(model)
    words = list(dict.fromkeys([t["word"] for t in n["top"]] + list(bet)))
    winner = n["top"][0]["word"]
    rows = [Row(word(w), probs[w], bet.get(w, 0.0), tag=Q.translate("Play", "winner") if w == winner else "",
                strong=w == winner) for w in words]
    names = (Q.translate("Play", "your bet"), Q.translate("Play", "the model's probability"))
    return _column(section(Q.translate("Play", "Your bet beside the model's next-word probabilities")),
                   CompareBars(rows, names, hi=1.0))


def _best_match(ch, result):
    n = result.numbers
    labels = bottle_labels(ch.tokens, ch.setup["bottles"])
    rows = []
    for j in ch.setup["bottles"]:
        tags = []
        if j == n["pick"]:
            tags.append(Q.translate("Play", "your pick"))
        if j == n["best"]:
            tags.append(Q.translate("Play", "best"))
        rows.append(Row(labels[j], n["scores"][j], tag=" · ".join(tags), strong=j == n["best"]))
    shares = [Row(labels[j], n["shares"][j], strong=j == n["best"]) for j in ch.setup["bottles"]]
    return _column(section(Q.translate("Play", "The real scores q·k/√d of the bottles he can reach")),
                   CompareBars(rows, fmt=number),
                   section(Q.translate("Play", "…and the shares he then pours (softmax)")),
                   CompareBars(shares, hi=1.0))


def _call_pour(ch, result):
    n = result.numbers
    labels = bottle_labels(ch.tokens, ch.setup["bottles"])
    rows = [Row(labels[j], n["real"][j], n["guess"][j]) for j in ch.setup["bottles"]]
    names = (Q.translate("Play", "your pour"), Q.translate("Play", "his real pour"))
    return _column(section(Q.translate("Play", "Your shares beside the real ones (the red band is the gap)")),
                   CompareBars(rows, names, hi=1.0))


def _pour_by_hand(ch, result):
    n = result.numbers
    labels = bottle_labels(ch.tokens, ch.setup["bottles"])
    rows = [Row(labels[j], n["own_shares"][j], n["shares"][j]) for j in ch.setup["bottles"]]
    target = ch.answer["target"]
    top = [Row(word(t["word"]), t["prob"], tag=Q.translate("Play", "target") if t["word"] == target else "",
               strong=t["word"] == target) for t in n["top"]]
    if target not in [t["word"] for t in n["top"]]:
        top.append(Row(word(target), n["target_prob"], tag=Q.translate("Play", "target"), strong=True))
    names = (Q.translate("Play", "your pour"), Q.translate("Play", "his own pour"))
    return _column(section(Q.translate("Play", "Your pour beside the alchemist's own")),
                   CompareBars(rows, names, hi=1.0),
                   section(Q.translate("Play", "What the model says after your pour")), CompareBars(top, hi=1.0))


def _pickiness(ch, result):
    n = result.numbers
    labels = bottle_labels(ch.tokens, ch.setup["bottles"])
    rows = [Row(labels[j], n["answer_shares"][j], n["shares"][j]) for j in ch.setup["bottles"]]
    names = (Q.translate("Play", "at your T = %1").replace("%1", f"{n['temperature']:.3g}"),
             Q.translate("Play", "at the answer's T = %1").replace("%1", f"{n['answer_temperature']:.3g}"))
    picky = ch.answer["variant"] == "picky"
    measure = Q.translate("Play", "Top share") if picky else Q.translate("Play", "Evenness")
    summary = line(Q.translate("Play", "%1 at your temperature: <b>%2</b> (goal %3)").replace("%1", measure).replace(
        "%2", percent(n["value"])).replace("%3", percent(n["goal"])))
    title = Q.translate("Play", "His shares at your temperature beside the gentlest that reaches the goal")
    return _column(section(title),
                   CompareBars(rows, names, hi=1.0, goal=n["goal"] if picky else None,
                               goal_name=Q.translate("Play", "goal")), summary)


def _rope(ch, result):
    n = result.numbers
    labels = bottle_labels(ch.tokens, ch.setup["bottles"])
    reach, picked = set(n["reach"]), set(n["picked"])
    parts = []
    for j in ch.setup["bottles"]:
        if j in reach and j in picked:
            parts.append(f"<span style='color:#2e7d32'>✓ {labels[j]}</span>")
        elif j in reach:
            missed = Q.translate("Play", "missed")
            parts.append(f"<span style='color:#b3261e'>✗ {labels[j]} ({missed})</span>")
        elif j in picked:
            behind = Q.translate("Play", "behind the rope")
            parts.append(f"<span style='color:#b3261e'>✗ {labels[j]} ({behind})</span>")
        else:
            parts.append(f"<span style='color:#9a9088'>{labels[j]}</span>")
    with_rope = {t["word"]: t["prob"] for t in n["with_rope"]}
    without = {t["word"]: t["prob"] for t in n["without_rope"]}
    words = list(dict.fromkeys(list(with_rope) + list(without)))
    rows = [Row(word(w), without.get(w, 0.0), with_rope.get(w, 0.0)) for w in words]
    bet = Q.translate("Play", "changes") if n["bet"] else Q.translate("Play", "stays the same")
    real = Q.translate("Play", "changes") if n["changes"] else Q.translate("Play", "stays the same")
    mark = "✓" if n["bet"] == n["changes"] else "✗"
    verdict = line(Q.translate("Play", "Your bet: the next word %1 — really it %2 %3").replace("%1", bet).replace(
        "%2", real).replace("%3", mark))
    names = (Q.translate("Play", "with the rope"), Q.translate("Play", "without the rope"))
    return _column(section(Q.translate("Play", "Within reach (✓ right, ✗ wrong)")), line(" &nbsp; ".join(parts)),
                   verdict, section(Q.translate("Play", "The next word with and without the rope (real runs)")),
                   CompareBars(rows, names, hi=1.0))


def _order_blind(ch, result):
    n = result.numbers
    names = {"badges_off": Q.translate("Play", "Badges off"), "badges_on": Q.translate("Play", "Badges on"),
             "both_off": Q.translate("Play", "Badges and rope off")}
    lines = []
    for case in ch.setup["cases"]:
        real = n["cases"][case]
        says = game("the flasks change") if real["changes"] else game("the same flasks, just moved")
        right = n["bets"][case] == real["changes"]
        mark = "<span style='color:#2e7d32'>✓</span>" if right else "<span style='color:#b3261e'>✗</span>"
        lines.append(Q.translate("Play", "%1 %2: %3 (largest change %4)").replace("%1", mark).replace(
            "%2", f"<b>{names.get(case, case)}</b>").replace("%3", says).replace(
            "%4", f"{real['largest_change']:.2g}"))
    return _column(section(Q.translate("Play", "Each case, compared word by word in real runs")),
                   line("<br>".join(lines)))


def _saboteur(ch, result):
    n = result.numbers
    before, after = n["winner_before"], n["winner_after"]
    rows = [Row(word(before), n["old_winner_prob_after"], ch.setup["winner_prob"],
                tag=Q.translate("Play", "winner before"), strong=not n["flipped"])]
    if after != before:
        rows.append(Row(word(after), n["prob_after"], tag=Q.translate("Play", "winner now"), strong=True))
    names = (Q.translate("Play", "before"), Q.translate("Play", "after silencing"))
    text = Q.translate("Play", "Silenced: %1 · the fewest found: %2 (e.g. %3)").replace(
        "%1", ", ".join(n["silenced"])).replace("%2", str(n["fewest"])).replace("%3", ", ".join(n["example"]))
    return _column(section(Q.translate("Play", "The winner's probability before and after")),
                   CompareBars(rows, names, hi=1.0), line(text))


def _name_alchemist(ch, result):
    n = result.numbers
    rows = []
    for choice in ch.setup["choices"]:
        tags = []
        if choice == n["choice"]:
            tags.append(Q.translate("Play", "your choice"))
        if choice == n["answer"]:
            tags.append(Q.translate("Play", "answer"))
        rows.append(Row(game(ch.setup["choice_labels"][choice]), n["fractions_other"][choice],
                        n["fractions_shown"][choice], tag=" · ".join(tags), strong=choice == n["answer"]))
    names = (Q.translate("Play", "on the sentences shown"), Q.translate("Play", "on other sentences"))
    return _column(section(Q.translate("Play", "How often he pours most from each kind of bottle")),
                   CompareBars(rows, names, hi=1.0))


def _when_knows(ch, result):
    n = result.numbers
    rows = []
    for k in reversed(range(len(n["lens"]))):
        reading = n["lens"][k]
        tags = []
        if k == n["guess"]:
            tags.append(Q.translate("Play", "your guess"))
        if k == n["floor"]:
            tags.append(Q.translate("Play", "knows from here"))
        label = Q.translate("Play", "block %1: %2").replace("%1", str(k)).replace("%2", word(reading["word"]))
        rows.append(Row(label, reading["prob"], tag=" · ".join(tags), strong=k == n["floor"]))
    return _column(section(Q.translate("Play", "What the last word's bottle reads after each block (logit lens)")),
                   CompareBars(rows, hi=1.0))


def _brew(ch, result):
    n = result.numbers
    target = ch.answer["target"]
    rows = [Row(word(t["word"]), t["prob"], tag=Q.translate("Play", "target") if t["word"] == target else "",
                strong=t["word"] == target) for t in n["top"]]
    if target not in [t["word"] for t in n["top"]]:
        rows.append(Row(word(target), n["target_prob"], tag=Q.translate("Play", "target"), strong=True))
    sentence = line(Q.translate("Play", "Your sentence: %1 (%2 word(s) changed)").replace(
        "%1", word(join_words(n["tokens"]))).replace("%2", str(n["edits"])))
    return _column(sentence, section(Q.translate("Play", "What the model says after your sentence")),
                   CompareBars(rows, hi=1.0))


VIEWS = {"play_gpt": _play_gpt, "best_match": _best_match, "call_pour": _call_pour, "pour_by_hand": _pour_by_hand,
         "pickiness": _pickiness, "rope": _rope, "order_blind": _order_blind, "saboteur": _saboteur,
         "name_alchemist": _name_alchemist, "when_knows": _when_knows, "brew": _brew}


def make_feedback(challenge, result) -> QWidget:
    return VIEWS[challenge.kind](challenge, result)


def stage_marks(challenge, result) -> dict[int, tuple]:
    """What the stage overlay shows at each bottle: {word: (guess, real, tag)} (guess or real None: not shown)."""
    n = result.numbers
    kind = challenge.kind
    bottles = challenge.setup.get("bottles", [])
    if kind == "call_pour":
        return {j: (n["guess"][j], n["real"][j], "") for j in bottles}
    if kind == "pour_by_hand":
        return {j: (n["shares"][j], n["own_shares"][j], "") for j in bottles}
    if kind == "pickiness":
        return {j: (n["shares"][j], n["answer_shares"][j], "") for j in bottles}
    if kind == "best_match":
        marks = {}
        for j in bottles:
            tag = "★ " + Q.translate("Play", "best") if j == n["best"] else ""
            if j == n["pick"]:
                tag = (tag + " " if tag else "") + Q.translate("Play", "your pick")
            marks[j] = (None, None, tag)
        return marks
    if kind == "rope":
        reach, picked = set(n["reach"]), set(n["picked"])
        return {j: (None, None, "✓" if (j in reach) == (j in picked) and j in reach else
                    "✗" if (j in reach) != (j in picked) else "") for j in bottles}
    return {}
