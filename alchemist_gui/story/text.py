"""Every sentence the story says, as English source templates with {placeholders}.

The window shows  QCoreApplication.translate("story", template).format(**beat.values);
assets/i18n/story_zh_CN.ts holds the Chinese of each template (tests/story/test_translations.py checks that
every template has one with the same placeholders).  Each beat has a title, a line in the metaphor and a
technical note; where the metaphor bends the truth, the note tells the truth.  Some beats have variants,
chosen by the switches of the run (mask off, knocked-out heads, positions off).
"""
from __future__ import annotations

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
    "mask": "A rope keeps the later bottles out of reach: “{focus_word}” may only take from itself and the "
            "words before it.",
    "softmax": "He is picky: the scores become shares of one flask, and the shares add up to exactly 100%. "
               "“{best_word}” gets {best_share}.",
    "pour": "From every bottle he pours exactly his share. The flask ends exactly full.",
    "parallel": "Not one after another: all {n_words} alchemists fill their flasks at the same moment.",
    "heads": "Every word has {heads} alchemists, one per head, each with his own recipe book. "
             "They never touch each other's flasks.",
    "residual": "The team pours its flasks into one vessel, where they react; the result is added to "
                "the word's own bottle.",
    "ffn": "Then each word visits the cauldron on its own: chemistry turns its ingredients into new ones.",
    "blocks": "The whole workshop climbs a floor and does it all again: {layers} floors in this model.",
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
            "For “{focus_word}” (word {focus_pos}) that hides {hidden} of {n_words} bottles; the lines under the "
            "shelf show how far each alchemist may reach. Without it, training would let the model peek at the "
            "very word it must predict.",
    "softmax": "a_ij = exp(score_ij) / Σ_j exp(score_ij). Softmax turns any scores into positive shares "
               "summing to 1 and exaggerates the gaps between them. Shares of “{focus_word}”: {top_shares}.",
    "pour": "Head output o_i = Σ_j a_ij · v_j. The flask's colour is the same mix of the bottles' colours, because "
            "the colour is a linear map of v and the shares sum to 1. Main ingredients of “{focus_word}”: "
            "{ingredients}. The bottles are not used up: every alchemist pours from the same potions.",
    "parallel": "The {n_words} rows are one matrix product, O = softmax(Q·Kᵀ/√d + M)·V, computed at once — "
                "the reason GPUs train GPTs fast. Each flask holds a different mix because each recipe differs.",
    "heads": "Each head has its own W_q, W_k and W_v and its own pattern of shares; the {heads} heads of a block "
             "run side by side. Right-click (or Shift+click) an alchemist to silence his head and run again.",
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

# variants chosen by the run's switches (same placeholders as the beat's values)
VARIANTS = {
    ("mask", "title", "off"): "No rope",
    ("mask", "line", "off"): "The rope is gone: every alchemist may take from every bottle, even from words "
                             "that come later.",
    ("mask", "note", "off"): "The causal mask is switched off, so every score q_i·k_j counts, also for j > i. "
                             "GPTs are never trained like this: each word now sees the future, so what it "
                             "predicts for earlier positions is no longer honest.",
    ("heads", "note", "knocked"): "Each head has its own W_q, W_k and W_v and its own pattern of shares. Silenced "
                                  "heads ({knocked}) still compute their flask, but it is thrown away before the "
                                  "group reaction: it contributes nothing.",
    ("setup", "note", "no_positions"): "The text is cut into {n_words} tokens. Position embeddings are switched "
                                       "off: each bottle holds only its token's embedding ({width} numbers), so "
                                       "the workshop cannot tell the order of the words. This model stacks "
                                       "{layers} blocks with {heads} heads each; a head works with {head_dim} "
                                       "numbers.",
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
}


def all_templates() -> list[str]:
    """Every English source string of the story, for the translation check."""
    out = [*TITLES.values(), *LINES.values(), *NOTES.values(), *VARIANTS.values(), *STAGE_LABELS.values()]
    return list(dict.fromkeys(out))
