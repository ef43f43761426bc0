"""Every sentence the game says, as English source templates with {placeholders}.

The app shows  text.render(lambda s: QCoreApplication.translate("game", s))  for a Text made from these;
assets/i18n/game_zh_CN.ts holds the Chinese of each template (tests/game/test_translations.py checks that every
template has a finished one with the same placeholders).  Values are formatted already ("61.4%", “tired”), or
are Texts themselves (a choice's name) that are translated the same way.
"""
from __future__ import annotations

CHAPTER_TITLES = {
    "setup": "The workshop",
    "recipe": "Recipe and tags",
    "pouring": "Pouring",
    "picky": "The picky alchemist",
    "rope": "Out of reach",
    "order": "Word order",
    "heads": "Many alchemists",
    "again": "Again!",
    "next": "The next word",
}

CHALLENGE_NAMES = {
    "play_gpt": "Play GPT",
    "best_match": "Best match",
    "call_pour": "Call the pour",
    "pour_by_hand": "Pour by hand",
    "pickiness": "Pickiness",
    "rope": "The rope",
    "order_blind": "Order-blind",
    "saboteur": "Find the saboteur",
    "name_alchemist": "Name the alchemist",
    "when_knows": "When does it know?",
    "brew": "Brew a sentence",
}

MEDAL_NAMES = {"pass": "Passed", "good": "Good", "best": "Best"}

QUESTIONS = {
    "play_gpt": "{sentence} … What comes next? Bet on one word, or spread your bet over a few.",
    "best_match": "The alchemist of {word} (head {layer}.{head}) holds up his recipe. Which bottle's tag fits it "
                  "best? Click that bottle.",
    "call_pour": "How much will the alchemist of {word} (head {layer}.{head}) pour from each of the {n} bottles "
                 "he can reach? Set the shares; they always add up to 100%.",
    "pour_by_hand.reach": "Pour for the alchemist of {word} (head {layer}.{head}) yourself, so that the model "
                          "says {target} instead of {winner}.",
    "pour_by_hand.keep": "Pour for the alchemist of {word} (head {layer}.{head}) yourself, from as few bottles as "
                         "you can, and keep the model saying {winner}.",
    "pickiness.picky": "Make the alchemist of {word} (head {layer}.{head}) picky: set the temperature so that he "
                       "pours at least {goal} from one bottle — but no pickier than that.",
    "pickiness.even": "The alchemist of {word} (head {layer}.{head}) is already very picky. Set the temperature "
                      "so that he pours evenly from the bottles he can reach (at least {goal} even) — but no "
                      "more generous than needed.",
    "rope": "Click every bottle the alchemist of {word} can reach. Then bet: when the rope is taken away, does "
            "the next word change? (Now the model says {winner}.)",
    "order_blind": "The words get shuffled: {shuffled}. Bet for each case whether the flasks change (beyond "
                   "simply moving with their words): with the badges off, with the badges on, and with both the "
                   "badges and the rope off.",
    "saboteur": "The model says {winner} ({prob}). Silence heads until it says something else — with as few "
                "heads as you can.",
    "name_alchemist": "Here is where alchemist {head} pours most, for every word of {n} sentences. What does "
                      "he look for?",
    "when_knows": "The model will say {winner}. After which floor (block 0 to {top}) does the last word's bottle "
                  "first read {winner}, and keep reading it up to the top?",
    "brew": "Change the sentence, using only words the model knows, so that it predicts {target} instead of "
            "{winner}.",
}

HINTS = {
    "play_gpt": "Which words before {last} decide what can follow? The model has seen many sentences like this "
                "one.",
    "best_match": "A tag fits when it offers what the recipe asks for. Think about which earlier word this word "
                  "most needs to know about.",
    "call_pour": "The best-fitting tags get the biggest shares, and the picky alchemist exaggerates the gaps: "
                 "the best match usually gets much more than its fair part.",
    "pour_by_hand.reach": "Try pouring everything from one bottle. Which word's potion would push the last word "
                          "towards the target?",
    "pour_by_hand.keep": "One bottle can be enough. Which bottle holds the potion that matters most here?",
    "pickiness.picky": "A temperature below 1 divides the scores by a small number: the gaps grow, and the best "
                       "match takes nearly everything.",
    "pickiness.even": "A temperature above 1 shrinks the gaps between the scores, so the shares become more "
                      "alike.",
    "rope": "The rope hides the words that come later. And remember that the earlier words' potions change "
            "when they can see more.",
    "order_blind": "Without badges, a potion says nothing about where its word stands. But who may take from "
                   "whom — the rope — still depends on the order.",
    "saboteur": "Some alchemists carry the decisive potion. Try the last floor first, one alchemist at a time.",
    "name_alchemist": "Look at the arrows: do they point back one word, to the word itself, to the first word, "
                      "to a punctuation mark, or further back?",
    "when_knows": "Early floors mostly hold the word itself; the answer appears once the right potions have "
                  "been poured in.",
    "brew": "Change one word at a time and think about which words decided the prediction.",
}

ANSWERS = {
    "play_gpt": "{winner} with {prob}; then {others}.",
    "best_match": "{best} fits best (score {score}); next is {second} ({second_score}).",
    "call_pour": "The real shares: {shares}.",
    "pour_by_hand.reach": "Pour everything from the bottle of {bottle}: the model then says {target} with "
                          "{prob}.",
    "pour_by_hand.keep": "{fewest} bottle(s) are enough to keep {winner}: {bottles}.",
    "pickiness.picky": "Temperature {temperature}: the top bottle gets {value} (goal {goal}).",
    "pickiness.even": "Temperature {temperature}: the pour is {value} even (goal {goal}).",
    "rope.changes": "Within reach: {reach}. Without the rope the model says {after} ({after_prob}) instead of "
                    "{before} ({before_prob}).",
    "rope.same": "Within reach: {reach}. Without the rope the model still says {after} ({after_prob}; with the "
                 "rope {before_prob}).",
    "order_blind": "Badges off: {badges_off}. Badges on: {badges_on}. Badges and rope off: {both_off}.",
    "saboteur": "{fewest} head(s) are enough, e.g. silencing {heads}: the model then says {new} ({new_prob}).",
    "name_alchemist": "Alchemist {head} looks at {kind}: {share} of the time on {n} other sentences.",
    "when_knows": "After block {floor} the bottle reads {winner} and keeps it. Readings: {lens}.",
    "brew": "For example {sentence}: the model says {target} with {prob}.",
}

YES_NO = {"changes": "the flasks change", "same": "the same flasks, just moved"}

CHOICES = {
    "previous": "the word just before",
    "self": "its own word",
    "first": "the first word",
    "punctuation": "a punctuation mark",
    "further": "a word further back",
}

FEEDBACK = {
    "play_gpt.win": "Spot on: {word} is the model's own favourite, with {prob}.",
    "play_gpt.close": "Close: the model gives {word} {prob} (its number {rank}). Its favourite is {winner} with "
                      "{winner_prob}.",
    "play_gpt.miss": "The model hardly considers {word} ({prob}, its number {rank}). It says {winner} with "
                     "{winner_prob}.",
    "play_gpt.spread_good": "A good spread: it scores {skill} of the best possible bet, the model's own doubts. "
                            "The favourite is {winner} with {winner_prob}.",
    "play_gpt.spread_poor": "Your spread scores only {skill} of the best possible bet. The model says {winner} "
                            "with {winner_prob} and keeps some doubt for other words.",
    "best_match.right": "Yes: the tag of {pick} fits the recipe of {word} best.",
    "best_match.wrong": "The tag of {pick} is only number {rank} of {n}; the recipe of {word} fits {best} best.",
    "call_pour.close": "Very close: your pour overlaps the real one by {score}.",
    "call_pour.near": "Not bad: {score} of your pour matches the real one. The biggest gap is at {far}: "
                      "{real_far} really, {guess_far} in yours.",
    "call_pour.far": "The alchemist pours differently: only {score} overlaps. At {far} he pours {real_far}, you "
                     "poured {guess_far}.",
    "pour_by_hand.reach_best": "You did it with the fewest bottles: the model now says {target} ({prob}).",
    "pour_by_hand.reach_reached": "The model now says {target} ({prob}), with {used} bottles; it can be done with "
                                  "{fewest}.",
    "pour_by_hand.reach_missed": "Not yet: with your pour the model says {winner} ({winner_prob}); {target} gets "
                                 "{prob}.",
    "pour_by_hand.keep_best": "Kept: {target} still wins ({prob}) from only {used} bottle(s).",
    "pour_by_hand.keep_reached": "Kept: {target} still wins ({prob}), with {used} bottles; {fewest} would do.",
    "pour_by_hand.keep_missed": "Your pour changed the word: the model now says {winner} ({winner_prob}).",
    "pickiness.picky_best": "Just picky enough: at temperature {temperature} he pours {top_share} from {top}.",
    "pickiness.picky_reached": "Picky enough ({top_share} from {top}), but gentler would do: {answer} is enough.",
    "pickiness.picky_missed": "Not picky enough yet: at temperature {temperature} the top bottle gets {value} "
                              "(goal {goal}).",
    "pickiness.even_best": "Just generous enough: at temperature {temperature} his pour is {value} even.",
    "pickiness.even_reached": "Even enough ({value}), but a smaller temperature would do: {answer} is enough.",
    "pickiness.even_missed": "Still too picky: at temperature {temperature} the pour is {value} even (goal "
                             "{goal}).",
    "rope.changes_right": "Right: without the rope the earlier words peek at later ones, their potions change, "
                          "and the last word pours the changed potions: {after} instead of {before}.",
    "rope.changes_wrong": "It does change: without the rope the earlier words peek at later ones, their potions "
                          "change, and the last word pours the changed potions: {after} instead of {before}.",
    "rope.same_right": "Right: the last word could already reach every bottle, and the changed potions of the "
                       "earlier words were not enough to change the winner: still {after}.",
    "rope.same_wrong": "It stays {after}: the last word could already reach every bottle, and the changed "
                       "potions of the earlier words were not enough to change the winner.",
    "order_blind.all_right": "All {total} right: you know where the order hides.",
    "order_blind.badges_off_changes": "With the badges off the flasks still change: the rope still depends on "
                                      "the order. After the shuffle each word has other words before it, so it "
                                      "reaches other bottles.",
    "order_blind.badges_off_same": "With the badges off the flasks stayed the same, just moved: in this "
                                   "sentence the rope happened not to matter.",
    "order_blind.badges_on_changes": "With the badges on, every potion carries its word's place, so a shuffle "
                                     "changes every recipe and tag: the flasks change.",
    "order_blind.badges_on_same": "Even with the badges on the flasks stayed the same here: this model's badges "
                                  "hardly matter for these words.",
    "order_blind.both_off_changes": "With badges and rope both off the flasks still changed: something else in "
                                    "this model depends on the order.",
    "order_blind.both_off_same": "With no badges and no rope the workshop is truly order-blind: every word "
                                 "reaches every bottle and no potion knows its place, so the flasks are the "
                                 "same — they just move with their words.",
    "saboteur.best": "Sabotage with the fewest heads: silencing {heads} makes the model say {new} ({new_prob}).",
    "saboteur.flipped": "Flipped to {new} ({new_prob}) with {count} heads; {fewest} would be enough (e.g. "
                        "{example}).",
    "saboteur.held": "The model still says {winner}; now with {now}. The other alchemists carry the word on.",
    "name_alchemist.right": "Yes: alchemist {head} looks at {answer} — {share} of the time on {n} other "
                            "sentences.",
    "name_alchemist.partly": "Partly: alchemist {head} looks at {choice} {chosen_share} of the time, but most "
                             "often at {answer} ({share}).",
    "name_alchemist.wrong": "On other sentences alchemist {head} looks at {answer} {share} of the time, and at "
                            "{choice} only {chosen_share}.",
    "when_knows.right": "Exactly: after block {floor} the last word's bottle reads {winner} and keeps it.",
    "when_knows.early": "Too early: after block {guess} the bottle still reads {read}; {winner} appears after "
                        "block {floor}.",
    "when_knows.late": "It knew sooner: {winner} is read from block {floor} on.",
    "brew.best": "Brewed with the fewest changes: the model now says {target} ({prob}).",
    "brew.reached": "Brewed: the model says {target} ({prob}), with {edits} changes; {fewest} is enough, e.g. "
                    "{example}.",
    "brew.missed": "Not yet: the model says {winner} ({winner_prob}); {target} gets {prob}.",
}

NOTES = {
    "play_gpt.word": "p({word}) = {prob}, rank {rank} of {words} words. The model's top words: {top}.",
    "play_gpt.spread": "Score exp(−KL(model ‖ bet)) = {skill} (KL = {kl} nats): your bet's expected log-score "
                       "compared with the model's own, whose entropy is {entropy} nats. What your bet leaves "
                       "over is spread evenly over every other word. The model's top words: {top}.",
    "best_match": "score = q·k / √d for the recipe of {word}: {pick} {pick_score}, best {best} {best_score} "
                  "(rank {rank} of {n} bottles within reach).",
    "call_pour": "Score = 1 − ½·Σ|yours − real| = {score}. The real shares, softmax of the scores: {real}.",
    "pour_by_hand": "The row of attention weights you poured replaced the model's own; everything after it was "
                    "computed by the real model. p({target}) = {prob}; top words now: {top}.",
    "pickiness.picky": "The temperature divides every score before the softmax, in every head on every floor, so "
                       "the rows below change too. Shares at T = {temperature}: {shares}. The gentlest "
                       "temperature found that reaches {goal}: {answer}.",
    "pickiness.even": "The temperature divides every score before the softmax, in every head on every floor. "
                      "Shares at T = {temperature}: {shares}; overlap with an even pour {value}. The smallest "
                      "temperature found that reaches {goal}: {answer}.",
    "rope.exact": "The causal mask sets the score of every later word to −∞ (share 0): {word} reaches {reach}, "
                  "and {hidden} of {n} bottles are hidden. Without the mask: {without}.",
    "rope.off": "Missed: {missing}; not reachable: {extra}. The causal mask sets the score of every later word "
                "to −∞: {word} reaches {reach}. Without the mask: {without}.",
    "order_blind": "Largest change of any flask, each word compared with itself wherever it moved (relative to "
                   "the largest flask value; rounding alone gives about 1e-7): badges off {badges_off}, badges on "
                   "{badges_on}, badges and rope off {both_off}.",
    "saboteur": "Silenced heads still compute their flask, but it is left out before W_o. Silenced: {heads}. "
                "p({winner}) went from {winner_prob} to {now}; the winner is {new} ({new_prob}). Fewest found by "
                "searching the model: {fewest} (e.g. {example}).",
    "name_alchemist": "Measured on {n} other sentences: for every word from the third on, the bottle with the "
                      "largest attention weight. {answer}: {share}; {choice}: {chosen_share}. E.g. {example}.",
    "when_knows": "The logit lens: the final LayerNorm and the unembedding applied to the last word's stream "
                  "after each block. Readings: {lens}.",
    "brew": "p({target}) = {prob}; {edits} word(s) changed (fewest found: {fewest}). Top words: {top}.",
}

SKIPS = {
    "too_short": "The sentence has {words} word(s): too few for this challenge. Try a longer one.",
    "cannot_pour": "This engine cannot pour by hand yet, so this challenge is skipped.",
    "pour_no_effect": "No pour of this model's alchemists changes or keeps the word in a way worth asking "
                      "about, so this challenge is skipped.",
    "pickiness_unreachable": "No temperature makes an alchemist of this sentence picky or even enough, so this "
                             "challenge is skipped.",
    "one_kind_of_word": "Every word of the sentence is the same: shuffling changes nothing. Try another "
                        "sentence.",
    "saboteur_none": "Silencing heads never changes {winner} here, so there is no saboteur to find.",
    "too_few_sentences": "This needs a few different sentences of three words or more; there are not enough "
                         "here.",
    "no_clear_head": "No alchemist of this model does one thing clearly on these sentences, so there is none to "
                     "name.",
    "brew_bpe": "This model cuts text into pieces of words, not whole words, so there are no word chips to brew "
                "with.",
    "brew_unknown": "The sentence has words this model does not know; use a sentence of known words to brew.",
    "brew_unreachable": "No one-word change of this sentence moves the model off {winner}, so there is no target "
                        "to brew.",
}

INVALID = {
    "bet_form": "A bet is a word, or a few words with their shares.",
    "empty_bet": "Put a share on at least one word.",
    "unknown_word": "The model does not know the word {word}.",
    "too_much": "The shares of a bet add up to at most 100%.",
    "spread_too_wide": "Spread your bet over at most {most} words.",
    "pick_a_bottle": "Click a bottle.",
    "not_reachable": "That bottle is out of reach.",
    "bad_shares": "Pour only from bottles within reach, and pour something.",
    "needs_run": "This guess must be run by the model first.",
    "bad_temperature": "The temperature must be between {low} and {high}.",
    "rope_form": "Pick the bottles within reach, and bet yes or no.",
    "not_a_bottle": "That is not one of the bottles.",
    "order_form": "Bet on all three cases.",
    "bad_heads": "Silence at least one head, from 0.0 to {layers}.{heads}.",
    "pick_a_choice": "Pick one of the choices.",
    "pick_a_floor": "Pick a floor from 0 to {top}.",
    "empty_sentence": "Type or pick a few words.",
}

PROGRESS = {
    "corrupt": "Your saved progress could not be read, so play starts fresh. The old file was kept as {backup}.",
    "foreign": "The progress file is not one of Alchemist's, so play starts fresh. It was kept as {backup}.",
    "newer": "The progress file was written by a newer Alchemist, so play starts fresh here. It was kept as "
             "{backup}.",
    "unwritable": "Your progress cannot be saved: {reason}",
}

TABLES = (CHAPTER_TITLES, CHALLENGE_NAMES, MEDAL_NAMES, QUESTIONS, HINTS, ANSWERS, YES_NO, CHOICES, FEEDBACK,
          NOTES, SKIPS, INVALID, PROGRESS)


def all_templates() -> list[str]:
    """Every English source string of the game, in order, once (for the translation file and its check)."""
    return list(dict.fromkeys(t for table in TABLES for t in table.values()))
