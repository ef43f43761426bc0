"""Every sentence the story says, as English source templates with {placeholders}.

A beat's text is its template translated in the "story" context and filled with the beat's values; a beat may add
further sentences (``Beat.more_line`` / ``more_note``) that state what the run's switches changed, so that every
line stays true for the run on screen: ``beat.text("line", translate)`` joins them.  assets/i18n/story_zh_CN.ts
holds the Chinese of each template (tests/story/test_translations.py checks that every template has one with the
same placeholders).  Where the metaphor bends the truth, the note tells the truth.
"""
from __future__ import annotations

import string

TITLES = {
    "setup": "The workshop",
    "recipe": "Recipe and tags",
    "match": "Matching",
    "mask": "Out of reach",
    "softmax": "The picky alchemist",
    "pour": "Pouring",
    "parallel": "Everyone at once",
    "heads": "Many alchemists",
    "residual": "Group reaction",
    "ffn": "Chemistry",
    "blocks": "Again!",
    "prediction": "The next word",
}

LINES = {
    "setup": "Each of the {n_words} words gets a workbench: a bottle of its own potion and an alchemist. "
             "We follow the alchemist of “{focus_word}”.",
    "recipe": "Every alchemist writes a recipe for what his word is looking for; every bottle wears a tag "
              "saying what its word offers.",
    "match": "The alchemist of “{focus_word}” holds his recipe against every tag. The better they fit, "
             "the higher the score — best: “{best_word}”.",
    "mask": "A rope keeps the {hidden} later bottles out of reach: “{focus_word}” may only take from itself and "
            "the words before it.",
    "softmax": "He is picky: the scores become shares of one flask that add up to exactly 100%, and the best fit "
               "takes most of it: “{best_word}” gets {best_share}.",
    "pour": "From every bottle he pours exactly his share. The flask ends exactly full.",
    "parallel": "Not one after another: all {n_words} alchemists fill their flasks at the same moment.",
    "heads": "Every word has {heads} alchemists, one per head, each with his own recipe book. "
             "They never touch each other's flasks.",
    "residual": "The team pours its flasks into one vessel, where they react; the result is added to "
                "the word's own bottle.",
    "ffn": "Then each word visits the cauldron on its own: chemistry turns its ingredients into new ones.",
    "blocks": "The workshop climbs to the next floor and does it all again: {layers} floors in this model. Each "
              "floor card shows what the last word's bottle would already guess if it were read out there.",
    "prediction": "The last word's bottle is read out: “{winner}” wins with {winner_share} and drops into the blank.",
}

NOTES = {
    "setup": "The text is cut into {n_words} tokens. Each token's embedding ({width} numbers) plus its position "
             "embedding fills the word's own bottle: the residual stream. This model stacks {layers} blocks "
             "with {heads} attention heads each; a head works with vectors of {head_dim} numbers.",
    "recipe": "Block {layer}, head {head}: query q = LN(x)·W_q, key k = LN(x)·W_k and value v = LN(x)·W_v, "
              "{head_dim} numbers each. The stripes on scroll and tag show q and k along the {cells} directions "
              "that matter most for this head: where stripes agree, the match is good. LayerNorm (LN) rescales "
              "each word's stream before every step.",
    "match": "score(i, j) = q_i · k_j / √{head_dim} / temperature {temperature}. Highest scores for "
             "“{focus_word}”: {top_scores}.",
    "mask": "Causal mask: the score of every later word (j > i) is set to −∞, so its share becomes exactly 0. "
            "For “{rope_word}” (word {rope_pos}) that hides {hidden} of {n_words} bottles; the lines under the "
            "shelf show how far each alchemist may reach — together they are the mask's triangle. Without it, "
            "training would let the model peek at the very word it must predict.",
    "softmax": "a_ij = exp(score_ij) / Σ_j exp(score_ij). Softmax turns any scores into positive shares summing "
               "to 1 and exaggerates the gaps between them. Shares of “{focus_word}”: {top_shares}. The stage "
               "calls an alchemist easy-going when his shares are nearly even (evenness, the entropy divided by "
               "its largest possible value, of at least 0.9), otherwise picky when his largest share is at least "
               "50%; here the evenness is {evenness} over {reach} bottles in reach.",
    "pour": "Head output o_i = Σ_j a_ij · v_j. The flask's colour is the same mix of the bottles' colours, because "
            "the colour is a linear map of v and the shares sum to 1. Main ingredients of “{focus_word}”: "
            "{ingredients}. The bottles are not used up: every alchemist pours from the same potions.",
    "parallel": "The {n_words} rows are one matrix product, O = softmax(Q·Kᵀ/√d + M)·V, computed at once — "
                "the reason GPUs train GPTs fast. Each flask holds a different mix because each recipe differs.",
    "heads": "Each head has its own W_q, W_k and W_v and its own pattern of shares; the {heads} heads of a block "
             "run side by side. Right-click an alchemist to follow his word, silence his head or show it in the "
             "inspector.",
    "residual": "The {heads} head outputs ({heads} × {head_dim} numbers) are joined and multiplied by W_o: "
                "attn_out. Then x ← x + attn_out: the word keeps its original potion, attention only adds to it. "
                "For “{focus_word}”: |attn_out| = {attn_norm}, |x| = {resid_norm}.",
    "ffn": "Feed-forward layer: x ← x + W₂ · GELU(W₁ · LN(x)), with {ffn_dim} neurons. It reads each word on its "
           "own — words mix only in attention. Most active neurons for “{focus_word}”: {neurons}.",
    "blocks": "A block is attention + feed-forward, each added to the stream. Reading the stream of the last word "
              "after each block (the logit lens: final LayerNorm + unembedding) gives: {lens}.",
    "prediction": "logits = LN_f(x_last) · W_teᵀ (the token embedding matrix, reused); probabilities = "
                  "softmax(logits). Only the last word's stream predicts the next word; every other position "
                  "predicts its own next word. Top guesses: {top}.",
}

# a beat's title, line or note chosen by the run (same placeholders as the beat's values): (beat, part, variant)
VARIANTS = {
    ("setup", "line", "no_positions"): "Each of the {n_words} words gets a workbench, a bottle and an alchemist — "
                                       "but no numbered badge: with the badges off, the workshop cannot tell which "
                                       "word comes where. We follow the alchemist of “{focus_word}”.",
    ("setup", "note", "no_positions"): "The text is cut into {n_words} tokens. Position embeddings are switched "
                                       "off: each bottle holds only its token's embedding ({width} numbers), so "
                                       "the workshop cannot tell the order of the words. This model stacks "
                                       "{layers} blocks with {heads} heads each; a head works with {head_dim} "
                                       "numbers.",
    ("mask", "title", "off"): "No rope",
    ("mask", "line", "off"): "The rope is gone: every alchemist may take from every bottle, even from words "
                             "that come later.",
    ("mask", "note", "off"): "The causal mask is switched off, so every score q_i·k_j counts, also for j > i. "
                             "GPTs are never trained like this: each word now sees the future, so what it "
                             "predicts for earlier positions is no longer honest.",
    ("mask", "line", "first"): "A rope keeps the {hidden} later bottles out of reach: “{focus_word}”, the first "
                               "word, may only take from itself.",
    ("mask", "line", "example"): "Nothing comes after “{focus_word}”, the last word, so look at “{rope_word}” "
                                 "(word {rope_pos}): a rope keeps the {hidden} later bottles out of his reach. The "
                                 "lines under the shelf show how far each alchemist may reach.",
    ("mask", "line", "single"): "There is only one word, so nothing comes later: no rope is needed, and the "
                                "alchemist may take only from his own bottle.",
    ("mask", "note", "single"): "Causal mask: the score of every later word (j > i) is set to −∞, so its share "
                                "becomes exactly 0. With a single word there is no later word: the mask changes "
                                "nothing here.",
    ("softmax", "title", "easy"): "The easy-going alchemist",
    ("softmax", "title", "between"): "The choosy alchemist",
    ("softmax", "title", "single"): "One bottle in reach",
    ("softmax", "title", "poured"): "Shares poured by hand",
    ("softmax", "line", "easy"): "He is easy-going: the scores become shares of one flask that add up to exactly "
                                 "100%, and they come out nearly even: even the best fit, “{best_word}”, gets only "
                                 "{best_share}.",
    ("softmax", "line", "between"): "He is choosy, not strict: the scores become shares of one flask that add up "
                                    "to exactly 100%; “{best_word}” gets the most, {best_share}, and the rest is "
                                    "spread over the others.",
    ("softmax", "line", "single"): "Only one bottle is within his reach, his own: “{best_word}” gets the whole "
                                   "flask, 100%.",
    ("softmax", "line", "poured"): "These shares were poured by hand: they are yours, not the alchemist's, and "
                                   "they add up to exactly 100%. “{best_word}” gets {best_share}.",
    ("softmax", "note", "single"): "a_ij = exp(score_ij) / Σ_j exp(score_ij). With a single score in reach the "
                                   "softmax gives it everything: exp(s) / exp(s) = 1.",
    ("softmax", "note", "poured"): "This row was poured by hand (block {layer}, head {head}, word {focus_pos}): "
                                   "your shares replace the softmax's before the pouring, and the rest of the run "
                                   "works with them. Shares of “{focus_word}”: {top_shares}.",
    ("pour", "line", "silenced"): "From every bottle he pours exactly his share, and the flask ends full — but "
                                  "head {layer}.{head} is silenced, so this flask is thrown away before the group "
                                  "reaction.",
    ("pour", "line", "poured"): "He pours exactly the shares you chose by hand; the flask ends exactly full.",
    ("heads", "note", "knocked"): "Each head has its own W_q, W_k and W_v and its own pattern of shares. Silenced "
                                  "heads ({knocked}) still compute their flask, but it is thrown away before the "
                                  "group reaction: it contributes nothing. Right-click an alchemist to silence or "
                                  "restore his head.",
    ("residual", "line", "knocked"): "The team pours its flasks into one vessel, where they react — all but those "
                                     "of the silenced heads ({knocked_here}), which are thrown away; the result is "
                                     "added to the word's own bottle.",
    ("blocks", "title", "top"): "The top floor",
    ("blocks", "title", "single"): "One floor only",
    ("blocks", "line", "top"): "This is the top floor: the {below} floors below did the same work first, each on "
                               "the bottles the floor beneath left. Each floor card shows what the last word's "
                               "bottle would already guess if it were read out there.",
    ("blocks", "line", "single"): "This model has a single floor, so nothing is done again. Its card shows what "
                                  "the last word's bottle guesses when it is read out.",
}

# further sentences a beat adds when the run calls for them: (beat, part, reason)
MORE = {
    ("setup", "line", "shuffled"): "The words were shuffled before this run: they stand in a new order.",
    ("setup", "line", "gathered"): "Only the words around “{focus_word}” and the bottles he pours from most get a "
                                   "bench of their own; the other {crate_words} words wait in the crate on the "
                                   "left.",
    ("setup", "line", "silenced"): "The grey alchemists belong to head {layer}.{head}, which is silenced in this "
                                   "run: they still work, but their flasks are thrown away.",
    ("setup", "note", "shuffled"): "The tokens were reordered (shuffle seed {seed}) before the run; every number "
                                   "on the stage is computed for this order.",
    ("setup", "note", "gathered"): "With {n_words} tokens the stage shows {shown_words} of them: the {near} around "
                                   "“{focus_word}” and the {brought} with the largest shares for this head. The "
                                   "crate holds the other {crate_words}; they take {crate_share} of the flask, and "
                                   "every number still counts all {n_words}.",
    ("softmax", "line", "colder"): "The temperature is {temperature}: every score was divided by it first, which "
                                   "makes every alchemist pickier.",
    ("softmax", "line", "warmer"): "The temperature is {temperature}: every score was divided by it first, which "
                                   "makes every alchemist more easy-going.",
    ("pour", "line", "poured"): "These are the shares you poured by hand.",
    ("pour", "line", "gathered"): "The crate pours for the {crate_words} words without a bench: {crate_share} of "
                                  "the flask.",
    ("pour", "note", "silenced"): "Head {layer}.{head} is silenced in this run: o_i is still computed — you see it "
                                  "poured — but it is multiplied by 0 before W_o, so it adds nothing.",
    ("pour", "note", "gathered"): "The crate's stream is the sum of the shares of the {crate_words} words without "
                                  "a bench, and its colour is their share-weighted mix: the flask still fills "
                                  "exactly.",
    ("parallel", "line", "silenced"): "Their flasks stay grey: head {layer}.{head} is silenced, so none of them "
                                      "will count.",
    ("heads", "line", "knocked_here"): "Silenced in this block: {knocked_here} — grey and crossed out; their flasks "
                                       "will be thrown away.",
    ("heads", "line", "knocked_elsewhere"): "Silenced in other blocks: {knocked_other}.",
}

# short labels the stage paints (translated in the same "story" context)
STAGE_LABELS = {
    "no_rope": "no rope: the mask is off",
    "silenced": "silenced",
    "blank": "?",
    "vessel": "W_o",
    "floor": "block {layer}",
    "next_word": "next word",
    "head": "head {head}",
    "shelf": "potions v, tagged with keys k",
    "bench": "each word's own bottle x: the residual stream",
    "floors": "floors = blocks",
    "floor_caption": "what each floor would already guess",
    "floor_tip": "Click a floor to follow its block",
    "rope_for": "out of reach for “{word}”",
    "reach": "each alchemist's reach: the causal mask",
    "crate": "{count} more words",
    "poured": "poured by hand",
    "loading": "The workshop is opening: loading the model…",
    "ready": "Press ▶ or Space to watch the alchemists work",
    "menu_follow": "Follow “{word}”",
    "menu_silence": "Silence head {layer}.{head}",
    "menu_restore": "Restore head {layer}.{head}",
    "menu_inspect": "Show head {layer}.{head} in the inspector",
}

# what an experiment changed (changes.py): the prediction in one line, then where inside it changed
CHANGES = {
    ("small", "order"): "“{word}” {before} → {after}: this answer does not depend on word order.",
    ("small", "mask"): "“{word}” {before} → {after}: this answer does not depend on the rope.",
    ("small", "temperature"): "“{word}” {before} → {after}: this answer hardly depends on how picky the "
                              "alchemists are.",
    ("small", "knockout"): "“{word}” {before} → {after}: this answer hardly depends on the silenced or restored "
                           "head(s) {heads}.",
    ("small", "pour"): "“{word}” {before} → {after}: this answer hardly depends on that pour.",
    ("small", "several"): "“{word}” {before} → {after}: these experiments change this answer very little.",
    ("same", "surer"): "“{word}” {before} → {after}: still the favourite, and surer.",
    ("same", "less_sure"): "“{word}” {before} → {after}: still the favourite, but less sure.",
    ("new", "winner"): "“{word}” {before} → {after}; now “{winner}” wins with {winner_after}.",
    ("other", "text"): "Another text: now “{winner}” wins with {winner_after}.",
    ("where", "attention"): "The attention of head {att_head} changed most: “{att_query}” now gives “{att_key}” "
                            "{att_after} instead of {att_before}.",
    ("where", "flask"): "The flasks of head {flask_head} changed most: the one of “{flask_word}” by {flask_change} "
                        "of its size.",
    ("where", "nowhere"): "Inside, little moved: no attention share changed by as much as {att_floor}.",
}


class _Blank(dict):
    def __missing__(self, key):  # a translation naming a value the story does not give shows it as {key}
        return "{" + key + "}"


def fill(template: str, values: dict) -> str:
    """A (translated) template with its values filled in; never raises."""
    try:
        return string.Formatter().vformat(template, (), _Blank(values))
    except (ValueError, IndexError, AttributeError, KeyError):
        return template


WIDE_STOPS = "。！？；：）”」"  # Chinese sentences follow each other without a space


def join_sentences(parts) -> str:
    out = ""
    for part in parts:
        if not part:
            continue
        out += part if not out or out[-1] in WIDE_STOPS else " " + part
    return out


def all_templates() -> list[str]:
    """Every English source string of the story, for the translation check."""
    out = [*TITLES.values(), *LINES.values(), *NOTES.values(), *VARIANTS.values(), *MORE.values(),
           *STAGE_LABELS.values(), *CHANGES.values()]
    return list(dict.fromkeys(out))
