<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>game</name>
    <message>
      <source>The workshop</source>
      <translation>工坊</translation>
    </message>
    <message>
      <source>Recipe and tags</source>
      <translation>配方与标签</translation>
    </message>
    <message>
      <source>Pouring</source>
      <translation>倾倒</translation>
    </message>
    <message>
      <source>The picky alchemist</source>
      <translation>挑剔的炼金师</translation>
    </message>
    <message>
      <source>Out of reach</source>
      <translation>够不着</translation>
    </message>
    <message>
      <source>Word order</source>
      <translation>词的顺序</translation>
    </message>
    <message>
      <source>Many alchemists</source>
      <translation>许多炼金师</translation>
    </message>
    <message>
      <source>Again!</source>
      <translation>再来一遍！</translation>
    </message>
    <message>
      <source>The next word</source>
      <translation>下一个词</translation>
    </message>
    <message>
      <source>Play GPT</source>
      <translation>扮演 GPT</translation>
    </message>
    <message>
      <source>Best match</source>
      <translation>最佳配对</translation>
    </message>
    <message>
      <source>Call the pour</source>
      <translation>猜猜怎么倒</translation>
    </message>
    <message>
      <source>Pour by hand</source>
      <translation>亲手倾倒</translation>
    </message>
    <message>
      <source>Pickiness</source>
      <translation>挑剔程度</translation>
    </message>
    <message>
      <source>The rope</source>
      <translation>绳子</translation>
    </message>
    <message>
      <source>Order-blind</source>
      <translation>不看顺序</translation>
    </message>
    <message>
      <source>Find the saboteur</source>
      <translation>找出捣乱者</translation>
    </message>
    <message>
      <source>Name the alchemist</source>
      <translation>说出炼金师的本事</translation>
    </message>
    <message>
      <source>When does it know?</source>
      <translation>它何时知道？</translation>
    </message>
    <message>
      <source>Brew a sentence</source>
      <translation>调制一个句子</translation>
    </message>
    <message>
      <source>Passed</source>
      <translation>通过</translation>
    </message>
    <message>
      <source>Good</source>
      <translation>良好</translation>
    </message>
    <message>
      <source>Best</source>
      <translation>最佳</translation>
    </message>
    <message>
      <source>{sentence} … What comes next? Bet on one word, or spread your bet over a few.</source>
      <translation>{sentence} …… 接下来是什么？押一个词，或者把赌注分散到几个词上。</translation>
    </message>
    <message>
      <source>The alchemist of {word} (head {layer}.{head}) holds up his recipe. Which bottle's tag fits it best? Click that bottle.</source>
      <translation>{word} 的炼金师（头 {layer}.{head}）举起了他的配方。哪个瓶子的标签和它最吻合？点击那个瓶子。</translation>
    </message>
    <message>
      <source>How much will the alchemist of {word} (head {layer}.{head}) pour from each of the {n} bottles he can reach? Set the shares; they always add up to 100%.</source>
      <translation>{word} 的炼金师（头 {layer}.{head}）会从他够得着的 {n} 个瓶子里各倒多少？设定份额；它们加起来总是 100%。</translation>
    </message>
    <message>
      <source>Pour for the alchemist of {word} (head {layer}.{head}) yourself, so that the model says {target} instead of {winner}.</source>
      <translation>亲手替 {word} 的炼金师（头 {layer}.{head}）倾倒，让模型说出 {target}，而不是 {winner}。</translation>
    </message>
    <message>
      <source>Pour for the alchemist of {word} (head {layer}.{head}) yourself, from as few bottles as you can, and keep the model saying {winner}.</source>
      <translation>亲手替 {word} 的炼金师（头 {layer}.{head}）倾倒，用尽可能少的瓶子，并让模型继续说 {winner}。</translation>
    </message>
    <message>
      <source>Make the alchemist of {word} (head {layer}.{head}) picky: set the temperature so that he pours at least {goal} from one bottle — but no pickier than that.</source>
      <translation>让 {word} 的炼金师（头 {layer}.{head}）变得挑剔：设定温度，使他至少有 {goal} 从同一个瓶子里倒——但不要比这更挑剔。</translation>
    </message>
    <message>
      <source>The alchemist of {word} (head {layer}.{head}) is already very picky. Set the temperature so that he pours evenly from the bottles he can reach (at least {goal} even) — but no more generous than needed.</source>
      <translation>{word} 的炼金师（头 {layer}.{head}）已经非常挑剔了。设定温度，让他从够得着的瓶子里平均地倒（均匀程度至少 {goal}）——但不要比需要的更大方。</translation>
    </message>
    <message>
      <source>Click every bottle the alchemist of {word} can reach. Then bet: when the rope is taken away, does the next word change? (Now the model says {winner}.)</source>
      <translation>点击 {word} 的炼金师够得着的每一个瓶子。然后下注：把绳子撤掉后，下一个词会变吗？（现在模型说的是 {winner}。）</translation>
    </message>
    <message>
      <source>The words get shuffled: {shuffled}. Bet for each case whether the flasks change (beyond simply moving with their words): with the badges off, with the badges on, and with both the badges and the rope off.</source>
      <translation>这些词被打乱了：{shuffled}。对每种情况下注，烧瓶会不会变（不只是跟着各自的词挪了位置）：去掉号码牌时、戴着号码牌时，以及号码牌和绳子都去掉时。</translation>
    </message>
    <message>
      <source>The model says {winner} ({prob}). Silence heads until it says something else — with as few heads as you can.</source>
      <translation>模型说的是 {winner}（{prob}）。让一些头静音，直到它说出别的词——用的头越少越好。</translation>
    </message>
    <message>
      <source>Here is where alchemist {head} pours most, for every word of {n} sentences. What does he look for?</source>
      <translation>这里是炼金师 {head} 在 {n} 个句子里为每个词倒得最多的地方。他在找什么？</translation>
    </message>
    <message>
      <source>The model will say {winner}. After which floor (block 0 to {top}) does the last word's bottle first read {winner}, and keep reading it up to the top?</source>
      <translation>模型会说 {winner}。最后一个词的瓶子在第几层楼（第 0 块到第 {top} 块）之后第一次读出 {winner}，并且一直读到顶层？</translation>
    </message>
    <message>
      <source>Change the sentence, using only words the model knows, so that it predicts {target} instead of {winner}.</source>
      <translation>只用模型认识的词修改这个句子，让它预测 {target}，而不是 {winner}。</translation>
    </message>
    <message>
      <source>Which words before {last} decide what can follow? The model has seen many sentences like this one.</source>
      <translation>{last} 之前的哪些词决定了后面能接什么？模型见过很多和这句相似的句子。</translation>
    </message>
    <message>
      <source>A tag fits when it offers what the recipe asks for. Think about which earlier word this word most needs to know about.</source>
      <translation>标签提供的正是配方所要的，就算吻合。想一想：这个词最需要了解前面的哪个词？</translation>
    </message>
    <message>
      <source>The best-fitting tags get the biggest shares, and the picky alchemist exaggerates the gaps: the best match usually gets much more than its fair part.</source>
      <translation>最吻合的标签得到最大的份额，而挑剔的炼金师会放大差距：最佳配对通常远远超过它的平均份额。</translation>
    </message>
    <message>
      <source>Try pouring everything from one bottle. Which word's potion would push the last word towards the target?</source>
      <translation>试试全部从一个瓶子里倒。哪个词的药水会把最后一个词推向目标？</translation>
    </message>
    <message>
      <source>One bottle can be enough. Which bottle holds the potion that matters most here?</source>
      <translation>一个瓶子也许就够了。哪个瓶子装着这里最要紧的药水？</translation>
    </message>
    <message>
      <source>A temperature below 1 divides the scores by a small number: the gaps grow, and the best match takes nearly everything.</source>
      <translation>温度低于 1 时，得分要除以一个小数：差距变大，最佳配对几乎拿走一切。</translation>
    </message>
    <message>
      <source>A temperature above 1 shrinks the gaps between the scores, so the shares become more alike.</source>
      <translation>温度高于 1 会缩小得分之间的差距，于是各份额变得更接近。</translation>
    </message>
    <message>
      <source>The rope hides the words that come later. And remember that the earlier words' potions change when they can see more.</source>
      <translation>绳子挡住了后面的词。也别忘了：前面的词能看到更多时，它们的药水也会变。</translation>
    </message>
    <message>
      <source>Without badges, a potion says nothing about where its word stands. But who may take from whom — the rope — still depends on the order.</source>
      <translation>没有号码牌，药水就说不出它的词站在哪里。但谁能从谁那里取——也就是绳子——仍然取决于顺序。</translation>
    </message>
    <message>
      <source>Some alchemists carry the decisive potion. Try the last floor first, one alchemist at a time.</source>
      <translation>有些炼金师带着决定性的药水。先试最顶层，一次试一位炼金师。</translation>
    </message>
    <message>
      <source>Look at the arrows: do they point back one word, to the word itself, to the first word, to a punctuation mark, or further back?</source>
      <translation>看看箭头：它们指向前一个词、词自己、第一个词、某个标点，还是更前面的词？</translation>
    </message>
    <message>
      <source>Early floors mostly hold the word itself; the answer appears once the right potions have been poured in.</source>
      <translation>低层楼大多还装着这个词本身；等到该倒进来的药水都倒进来，答案才会出现。</translation>
    </message>
    <message>
      <source>Change one word at a time and think about which words decided the prediction.</source>
      <translation>一次只改一个词，想想是哪些词决定了预测。</translation>
    </message>
    <message>
      <source>{winner} with {prob}; then {others}.</source>
      <translation>{winner}，{prob}；接着是 {others}。</translation>
    </message>
    <message>
      <source>{best} fits best (score {score}); next is {second} ({second_score}).</source>
      <translation>{best} 最吻合（得分 {score}）；其次是 {second}（{second_score}）。</translation>
    </message>
    <message>
      <source>The real shares: {shares}.</source>
      <translation>真实的份额：{shares}。</translation>
    </message>
    <message>
      <source>Pour everything from the bottle of {bottle}: the model then says {target} with {prob}.</source>
      <translation>全部从 {bottle} 的瓶子里倒：模型就会以 {prob} 说出 {target}。</translation>
    </message>
    <message>
      <source>{fewest} bottle(s) are enough to keep {winner}: {bottles}.</source>
      <translation>{fewest} 个瓶子就足以保住 {winner}：{bottles}。</translation>
    </message>
    <message>
      <source>Temperature {temperature}: the top bottle gets {value} (goal {goal}).</source>
      <translation>温度 {temperature}：最大的那个瓶子占 {value}（目标 {goal}）。</translation>
    </message>
    <message>
      <source>Temperature {temperature}: the pour is {value} even (goal {goal}).</source>
      <translation>温度 {temperature}：这次倾倒的均匀程度是 {value}（目标 {goal}）。</translation>
    </message>
    <message>
      <source>Within reach: {reach}. Without the rope the model says {after} ({after_prob}) instead of {before} ({before_prob}).</source>
      <translation>够得着的：{reach}。没有绳子时，模型说 {after}（{after_prob}），而不是 {before}（{before_prob}）。</translation>
    </message>
    <message>
      <source>Within reach: {reach}. Without the rope the model still says {after} ({after_prob}; with the rope {before_prob}).</source>
      <translation>够得着的：{reach}。没有绳子时，模型仍然说 {after}（{after_prob}；有绳子时 {before_prob}）。</translation>
    </message>
    <message>
      <source>Badges off: {badges_off}. Badges on: {badges_on}. Badges and rope off: {both_off}.</source>
      <translation>去掉号码牌：{badges_off}。戴着号码牌：{badges_on}。号码牌和绳子都去掉：{both_off}。</translation>
    </message>
    <message>
      <source>{fewest} head(s) are enough, e.g. silencing {heads}: the model then says {new} ({new_prob}).</source>
      <translation>{fewest} 个头就够了，例如静音 {heads}：模型随后说 {new}（{new_prob}）。</translation>
    </message>
    <message>
      <source>Alchemist {head} looks at {kind}: {share} of the time on {n} other sentences.</source>
      <translation>炼金师 {head} 看的是{kind}：在另外 {n} 个句子里占 {share}。</translation>
    </message>
    <message>
      <source>After block {floor} the bottle reads {winner} and keeps it. Readings: {lens}.</source>
      <translation>第 {floor} 块之后，瓶子读出 {winner} 并一直保持。各层读数：{lens}。</translation>
    </message>
    <message>
      <source>For example {sentence}: the model says {target} with {prob}.</source>
      <translation>例如 {sentence}：模型以 {prob} 说出 {target}。</translation>
    </message>
    <message>
      <source>the flasks change</source>
      <translation>烧瓶会变</translation>
    </message>
    <message>
      <source>the same flasks, just moved</source>
      <translation>烧瓶不变，只是挪了位置</translation>
    </message>
    <message>
      <source>the word just before</source>
      <translation>前一个词</translation>
    </message>
    <message>
      <source>its own word</source>
      <translation>它自己的词</translation>
    </message>
    <message>
      <source>the first word</source>
      <translation>第一个词</translation>
    </message>
    <message>
      <source>a punctuation mark</source>
      <translation>某个标点</translation>
    </message>
    <message>
      <source>a word further back</source>
      <translation>更前面的某个词</translation>
    </message>
    <message>
      <source>Spot on: {word} is the model's own favourite, with {prob}.</source>
      <translation>完全正确：{word} 正是模型自己的首选，占 {prob}。</translation>
    </message>
    <message>
      <source>Close: the model gives {word} {prob} (its number {rank}). Its favourite is {winner} with {winner_prob}.</source>
      <translation>很接近：模型给 {word} {prob}（排第 {rank}）。它的首选是 {winner}，占 {winner_prob}。</translation>
    </message>
    <message>
      <source>The model hardly considers {word} ({prob}, its number {rank}). It says {winner} with {winner_prob}.</source>
      <translation>模型几乎没考虑 {word}（{prob}，排第 {rank}）。它说的是 {winner}，占 {winner_prob}。</translation>
    </message>
    <message>
      <source>A good spread: it scores {skill} of the best possible bet, the model's own doubts. The favourite is {winner} with {winner_prob}.</source>
      <translation>分得不错：你的下注拿到了最佳下注（即模型自己的犹豫）的 {skill}。首选是 {winner}，占 {winner_prob}。</translation>
    </message>
    <message>
      <source>Your spread scores only {skill} of the best possible bet. The model says {winner} with {winner_prob} and keeps some doubt for other words.</source>
      <translation>你的分散下注只拿到了最佳下注的 {skill}。模型说 {winner}，占 {winner_prob}，并给其他词留了一些余地。</translation>
    </message>
    <message>
      <source>Yes: the tag of {pick} fits the recipe of {word} best.</source>
      <translation>没错：{pick} 的标签和 {word} 的配方最吻合。</translation>
    </message>
    <message>
      <source>The tag of {pick} is only number {rank} of {n}; the recipe of {word} fits {best} best.</source>
      <translation>{pick} 的标签在 {n} 个里只排第 {rank}；和 {word} 的配方最吻合的是 {best}。</translation>
    </message>
    <message>
      <source>Very close: your pour overlaps the real one by {score}.</source>
      <translation>非常接近：你的倾倒和真实的重合了 {score}。</translation>
    </message>
    <message>
      <source>Not bad: {score} of your pour matches the real one. The biggest gap is at {far}: {real_far} really, {guess_far} in yours.</source>
      <translation>不错：你的倾倒有 {score} 和真实的一致。差距最大的是 {far}：实际 {real_far}，你倒了 {guess_far}。</translation>
    </message>
    <message>
      <source>The alchemist pours differently: only {score} overlaps. At {far} he pours {real_far}, you poured {guess_far}.</source>
      <translation>这位炼金师倒法不同：只重合了 {score}。在 {far} 他倒了 {real_far}，你倒了 {guess_far}。</translation>
    </message>
    <message>
      <source>You did it with the fewest bottles: the model now says {target} ({prob}).</source>
      <translation>你用最少的瓶子做到了：模型现在说 {target}（{prob}）。</translation>
    </message>
    <message>
      <source>The model now says {target} ({prob}), with {used} bottles; it can be done with {fewest}.</source>
      <translation>模型现在说 {target}（{prob}），你用了 {used} 个瓶子；其实 {fewest} 个就够。</translation>
    </message>
    <message>
      <source>Not yet: with your pour the model says {winner} ({winner_prob}); {target} gets {prob}.</source>
      <translation>还没成功：按你的倒法，模型说 {winner}（{winner_prob}）；{target} 只有 {prob}。</translation>
    </message>
    <message>
      <source>Kept: {target} still wins ({prob}) from only {used} bottle(s).</source>
      <translation>保住了：只用 {used} 个瓶子，{target} 仍然胜出（{prob}）。</translation>
    </message>
    <message>
      <source>Kept: {target} still wins ({prob}), with {used} bottles; {fewest} would do.</source>
      <translation>保住了：{target} 仍然胜出（{prob}），你用了 {used} 个瓶子；{fewest} 个就够。</translation>
    </message>
    <message>
      <source>Your pour changed the word: the model now says {winner} ({winner_prob}).</source>
      <translation>你的倒法改变了这个词：模型现在说 {winner}（{winner_prob}）。</translation>
    </message>
    <message>
      <source>Just picky enough: at temperature {temperature} he pours {top_share} from {top}.</source>
      <translation>挑剔得刚刚好：温度 {temperature} 时，他从 {top} 倒了 {top_share}。</translation>
    </message>
    <message>
      <source>Picky enough ({top_share} from {top}), but gentler would do: {answer} is enough.</source>
      <translation>够挑剔了（从 {top} 倒了 {top_share}），但温和一点也行：{answer} 就够了。</translation>
    </message>
    <message>
      <source>Not picky enough yet: at temperature {temperature} the top bottle gets {value} (goal {goal}).</source>
      <translation>还不够挑剔：温度 {temperature} 时，最大的瓶子占 {value}（目标 {goal}）。</translation>
    </message>
    <message>
      <source>Just generous enough: at temperature {temperature} his pour is {value} even.</source>
      <translation>大方得刚刚好：温度 {temperature} 时，他倒得 {value} 均匀。</translation>
    </message>
    <message>
      <source>Even enough ({value}), but a smaller temperature would do: {answer} is enough.</source>
      <translation>够均匀了（{value}），但温度再小一点也行：{answer} 就够了。</translation>
    </message>
    <message>
      <source>Still too picky: at temperature {temperature} the pour is {value} even (goal {goal}).</source>
      <translation>还是太挑剔：温度 {temperature} 时，均匀程度只有 {value}（目标 {goal}）。</translation>
    </message>
    <message>
      <source>Right: without the rope the earlier words peek at later ones, their potions change, and the last word pours the changed potions: {after} instead of {before}.</source>
      <translation>对：没有绳子，前面的词会偷看后面的词，它们的药水变了，最后一个词倒进的是变了的药水：{after}，而不是 {before}。</translation>
    </message>
    <message>
      <source>It does change: without the rope the earlier words peek at later ones, their potions change, and the last word pours the changed potions: {after} instead of {before}.</source>
      <translation>它确实会变：没有绳子，前面的词会偷看后面的词，它们的药水变了，最后一个词倒进的是变了的药水：{after}，而不是 {before}。</translation>
    </message>
    <message>
      <source>Right: the last word could already reach every bottle, and the changed potions of the earlier words were not enough to change the winner: still {after}.</source>
      <translation>对：最后一个词本来就够得着每个瓶子，而前面那些词药水的变化还不足以改变胜者：仍然是 {after}。</translation>
    </message>
    <message>
      <source>It stays {after}: the last word could already reach every bottle, and the changed potions of the earlier words were not enough to change the winner.</source>
      <translation>仍然是 {after}：最后一个词本来就够得着每个瓶子，而前面那些词药水的变化还不足以改变胜者。</translation>
    </message>
    <message>
      <source>All {total} right: you know where the order hides.</source>
      <translation>{total} 个全对：你知道顺序藏在哪里。</translation>
    </message>
    <message>
      <source>With the badges off the flasks still change: the rope still depends on the order. After the shuffle each word has other words before it, so it reaches other bottles.</source>
      <translation>去掉号码牌后烧瓶仍然会变：绳子仍然取决于顺序。打乱之后，每个词前面的词不一样了，所以它够得着的瓶子也不一样。</translation>
    </message>
    <message>
      <source>With the badges off the flasks stayed the same, just moved: in this sentence the rope happened not to matter.</source>
      <translation>去掉号码牌后烧瓶没变，只是挪了位置：在这个句子里，绳子碰巧没有影响。</translation>
    </message>
    <message>
      <source>With the badges on, every potion carries its word's place, so a shuffle changes every recipe and tag: the flasks change.</source>
      <translation>戴着号码牌时，每瓶药水都带着它的词的位置，所以一打乱，每张配方和每个标签都会变：烧瓶也就变了。</translation>
    </message>
    <message>
      <source>Even with the badges on the flasks stayed the same here: this model's badges hardly matter for these words.</source>
      <translation>即使戴着号码牌，这里的烧瓶也没变：这个模型的号码牌对这些词几乎不起作用。</translation>
    </message>
    <message>
      <source>With badges and rope both off the flasks still changed: something else in this model depends on the order.</source>
      <translation>号码牌和绳子都去掉后烧瓶仍然变了：这个模型里还有别的东西取决于顺序。</translation>
    </message>
    <message>
      <source>With no badges and no rope the workshop is truly order-blind: every word reaches every bottle and no potion knows its place, so the flasks are the same — they just move with their words.</source>
      <translation>没有号码牌也没有绳子，工坊就真的看不见顺序了：每个词都够得着每个瓶子，没有药水知道自己的位置，所以烧瓶都一样——只是跟着各自的词挪了位置。</translation>
    </message>
    <message>
      <source>Sabotage with the fewest heads: silencing {heads} makes the model say {new} ({new_prob}).</source>
      <translation>用最少的头完成了捣乱：静音 {heads} 让模型说出 {new}（{new_prob}）。</translation>
    </message>
    <message>
      <source>Flipped to {new} ({new_prob}) with {count} heads; {fewest} would be enough (e.g. {example}).</source>
      <translation>用 {count} 个头翻转成了 {new}（{new_prob}）；{fewest} 个就够（例如 {example}）。</translation>
    </message>
    <message>
      <source>The model still says {winner}; now with {now}. The other alchemists carry the word on.</source>
      <translation>模型仍然说 {winner}，现在占 {now}。其他炼金师把这个词撑住了。</translation>
    </message>
    <message>
      <source>Yes: alchemist {head} looks at {answer} — {share} of the time on {n} other sentences.</source>
      <translation>没错：炼金师 {head} 看的是{answer}——在另外 {n} 个句子里占 {share}。</translation>
    </message>
    <message>
      <source>Partly: alchemist {head} looks at {choice} {chosen_share} of the time, but most often at {answer} ({share}).</source>
      <translation>部分正确：炼金师 {head} 有 {chosen_share} 的时候看{choice}，但最常看的是{answer}（{share}）。</translation>
    </message>
    <message>
      <source>On other sentences alchemist {head} looks at {answer} {share} of the time, and at {choice} only {chosen_share}.</source>
      <translation>在其他句子里，炼金师 {head} 有 {share} 的时候看{answer}，看{choice}的只有 {chosen_share}。</translation>
    </message>
    <message>
      <source>Exactly: after block {floor} the last word's bottle reads {winner} and keeps it.</source>
      <translation>完全正确：第 {floor} 块之后，最后一个词的瓶子读出 {winner} 并一直保持。</translation>
    </message>
    <message>
      <source>Too early: after block {guess} the bottle still reads {read}; {winner} appears after block {floor}.</source>
      <translation>太早了：第 {guess} 块之后瓶子读出的还是 {read}；{winner} 要到第 {floor} 块之后才出现。</translation>
    </message>
    <message>
      <source>It knew sooner: {winner} is read from block {floor} on.</source>
      <translation>它知道得更早：从第 {floor} 块起就读出 {winner}。</translation>
    </message>
    <message>
      <source>Brewed with the fewest changes: the model now says {target} ({prob}).</source>
      <translation>用最少的改动调制成功：模型现在说 {target}（{prob}）。</translation>
    </message>
    <message>
      <source>Brewed: the model says {target} ({prob}), with {edits} changes; {fewest} is enough, e.g. {example}.</source>
      <translation>调制成功：模型说 {target}（{prob}），你改了 {edits} 处；{fewest} 处就够，例如 {example}。</translation>
    </message>
    <message>
      <source>Not yet: the model says {winner} ({winner_prob}); {target} gets {prob}.</source>
      <translation>还没成功：模型说 {winner}（{winner_prob}）；{target} 只有 {prob}。</translation>
    </message>
    <message>
      <source>p({word}) = {prob}, rank {rank} of {words} words. The model's top words: {top}.</source>
      <translation>p({word}) = {prob}，在 {words} 个词中排第 {rank}。模型最可能的词：{top}。</translation>
    </message>
    <message>
      <source>Score exp(−KL(model ‖ bet)) = {skill} (KL = {kl} nats): your bet's expected log-score compared with the model's own, whose entropy is {entropy} nats. What your bet leaves over is spread evenly over every other word. The model's top words: {top}.</source>
      <translation>得分 exp(−KL(模型 ‖ 下注)) = {skill}（KL = {kl} 奈特）：把你的下注的期望对数得分和模型自己的相比，模型分布的熵是 {entropy} 奈特。你的下注剩下的份额平均分给其他所有词。模型最可能的词：{top}。</translation>
    </message>
    <message>
      <source>score = q·k / √d for the recipe of {word}: {pick} {pick_score}, best {best} {best_score} (rank {rank} of {n} bottles within reach).</source>
      <translation>{word} 的配方的得分 = q·k / √d：{pick} {pick_score}，最高的是 {best} {best_score}（在够得着的 {n} 个瓶子中排第 {rank}）。</translation>
    </message>
    <message>
      <source>Score = 1 − ½·Σ|yours − real| = {score}. The real shares, softmax of the scores: {real}.</source>
      <translation>得分 = 1 − ½·Σ|你的 − 真实的| = {score}。真实的份额（得分的 softmax）：{real}。</translation>
    </message>
    <message>
      <source>The row of attention weights you poured replaced the model's own; everything after it was computed by the real model. p({target}) = {prob}; top words now: {top}.</source>
      <translation>你倒的那一行注意力权重替换了模型自己的；之后的一切都由真实的模型计算。p({target}) = {prob}；现在最可能的词：{top}。</translation>
    </message>
    <message>
      <source>The temperature divides every score before the softmax, in every head on every floor, so the rows below change too. Shares at T = {temperature}: {shares}. The gentlest temperature found that reaches {goal}: {answer}.</source>
      <translation>温度在 softmax 之前除每一个得分，每层楼的每个头都一样，所以下面几层的行也会变。T = {temperature} 时的份额：{shares}。找到的达到 {goal} 的最温和温度：{answer}。</translation>
    </message>
    <message>
      <source>The temperature divides every score before the softmax, in every head on every floor. Shares at T = {temperature}: {shares}; overlap with an even pour {value}. The smallest temperature found that reaches {goal}: {answer}.</source>
      <translation>温度在 softmax 之前除每一个得分，每层楼的每个头都一样。T = {temperature} 时的份额：{shares}；和均匀倾倒的重合度为 {value}。找到的达到 {goal} 的最小温度：{answer}。</translation>
    </message>
    <message>
      <source>The causal mask sets the score of every later word to −∞ (share 0): {word} reaches {reach}, and {hidden} of {n} bottles are hidden. Without the mask: {without}.</source>
      <translation>因果掩码把每个后面的词的得分设为 −∞（份额为 0）：{word} 够得着 {reach}，{n} 个瓶子中有 {hidden} 个被挡住。没有掩码时：{without}。</translation>
    </message>
    <message>
      <source>Missed: {missing}; not reachable: {extra}. The causal mask sets the score of every later word to −∞: {word} reaches {reach}. Without the mask: {without}.</source>
      <translation>漏掉的：{missing}；够不着的：{extra}。因果掩码把每个后面的词的得分设为 −∞：{word} 够得着 {reach}。没有掩码时：{without}。</translation>
    </message>
    <message>
      <source>Largest change of any flask, each word compared with itself wherever it moved (relative to the largest flask value; rounding alone gives about 1e-7): badges off {badges_off}, badges on {badges_on}, badges and rope off {both_off}.</source>
      <translation>任何一个烧瓶的最大变化，每个词都和挪到别处的自己相比（相对于烧瓶的最大值；仅舍入误差约为 1e-7）：去掉号码牌 {badges_off}，戴着号码牌 {badges_on}，号码牌和绳子都去掉 {both_off}。</translation>
    </message>
    <message>
      <source>Silenced heads still compute their flask, but it is left out before W_o. Silenced: {heads}. p({winner}) went from {winner_prob} to {now}; the winner is {new} ({new_prob}). Fewest found by searching the model: {fewest} (e.g. {example}).</source>
      <translation>被静音的头仍会算出它的烧瓶，但在 W_o 之前被丢掉。静音的：{heads}。p({winner}) 从 {winner_prob} 变成 {now}；胜者是 {new}（{new_prob}）。搜索模型找到的最少头数：{fewest}（例如 {example}）。</translation>
    </message>
    <message>
      <source>Measured on {n} other sentences: for every word from the third on, the bottle with the largest attention weight. {answer}: {share}; {choice}: {chosen_share}. E.g. {example}.</source>
      <translation>在另外 {n} 个句子上测得：从第三个词起，每个词注意力权重最大的瓶子。{answer}：{share}；{choice}：{chosen_share}。例如 {example}。</translation>
    </message>
    <message>
      <source>The logit lens: the final LayerNorm and the unembedding applied to the last word's stream after each block. Readings: {lens}.</source>
      <translation>logit lens：在每个块之后，对最后一个词的残差流应用最终层归一化和反嵌入。各层读数：{lens}。</translation>
    </message>
    <message>
      <source>p({target}) = {prob}; {edits} word(s) changed (fewest found: {fewest}). Top words: {top}.</source>
      <translation>p({target}) = {prob}；改了 {edits} 个词（找到的最少改动：{fewest}）。最可能的词：{top}。</translation>
    </message>
    <message>
      <source>The sentence has {words} word(s): too few for this challenge. Try a longer one.</source>
      <translation>这个句子只有 {words} 个词：对这个挑战来说太少了。换一个长一点的句子试试。</translation>
    </message>
    <message>
      <source>This engine cannot pour by hand yet, so this challenge is skipped.</source>
      <translation>这个引擎还不能亲手倾倒，所以跳过这个挑战。</translation>
    </message>
    <message>
      <source>No pour of this model's alchemists changes or keeps the word in a way worth asking about, so this challenge is skipped.</source>
      <translation>这个模型的炼金师无论怎么倒，都没有值得一问的改变或保持，所以跳过这个挑战。</translation>
    </message>
    <message>
      <source>No temperature makes an alchemist of this sentence picky or even enough, so this challenge is skipped.</source>
      <translation>没有哪个温度能让这个句子的炼金师足够挑剔或足够均匀，所以跳过这个挑战。</translation>
    </message>
    <message>
      <source>Every word of the sentence is the same: shuffling changes nothing. Try another sentence.</source>
      <translation>句子里的词全都一样：打乱也不会改变什么。换一个句子试试。</translation>
    </message>
    <message>
      <source>Silencing heads never changes {winner} here, so there is no saboteur to find.</source>
      <translation>在这里静音头从来不会改变 {winner}，所以没有捣乱者可找。</translation>
    </message>
    <message>
      <source>This needs a few different sentences of three words or more; there are not enough here.</source>
      <translation>这需要几个不同的、至少三个词的句子；这里不够。</translation>
    </message>
    <message>
      <source>No alchemist of this model does one thing clearly on these sentences, so there is none to name.</source>
      <translation>这个模型没有哪位炼金师在这些句子上清楚地只做一件事，所以没有可以说出本事的。</translation>
    </message>
    <message>
      <source>This model cuts text into pieces of words, not whole words, so there are no word chips to brew with.</source>
      <translation>这个模型把文本切成词的片段，而不是整词，所以没有可用来调制的词卡。</translation>
    </message>
    <message>
      <source>The sentence has words this model does not know; use a sentence of known words to brew.</source>
      <translation>这个句子里有模型不认识的词；请用全是已知词的句子来调制。</translation>
    </message>
    <message>
      <source>No one-word change of this sentence moves the model off {winner}, so there is no target to brew.</source>
      <translation>这个句子改动任何一个词都无法让模型不说 {winner}，所以没有可调制的目标。</translation>
    </message>
    <message>
      <source>A bet is a word, or a few words with their shares.</source>
      <translation>下注是一个词，或者几个词加上各自的份额。</translation>
    </message>
    <message>
      <source>Put a share on at least one word.</source>
      <translation>至少在一个词上放一点份额。</translation>
    </message>
    <message>
      <source>The model does not know the word {word}.</source>
      <translation>模型不认识 {word} 这个词。</translation>
    </message>
    <message>
      <source>The shares of a bet add up to at most 100%.</source>
      <translation>一次下注的份额加起来最多 100%。</translation>
    </message>
    <message>
      <source>Spread your bet over at most {most} words.</source>
      <translation>最多把赌注分散到 {most} 个词上。</translation>
    </message>
    <message>
      <source>Click a bottle.</source>
      <translation>点击一个瓶子。</translation>
    </message>
    <message>
      <source>That bottle is out of reach.</source>
      <translation>那个瓶子够不着。</translation>
    </message>
    <message>
      <source>Pour only from bottles within reach, and pour something.</source>
      <translation>只从够得着的瓶子里倒，而且要倒一点。</translation>
    </message>
    <message>
      <source>This guess must be run by the model first.</source>
      <translation>这个猜测需要先让模型运行一遍。</translation>
    </message>
    <message>
      <source>The temperature must be between {low} and {high}.</source>
      <translation>温度必须在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
      <source>Pick the bottles within reach, and bet yes or no.</source>
      <translation>选出够得着的瓶子，并押“是”或“否”。</translation>
    </message>
    <message>
      <source>That is not one of the bottles.</source>
      <translation>那不是这些瓶子中的一个。</translation>
    </message>
    <message>
      <source>Bet on all three cases.</source>
      <translation>三种情况都要下注。</translation>
    </message>
    <message>
      <source>Silence at least one head, from 0.0 to {layers}.{heads}.</source>
      <translation>至少静音一个头，范围是 0.0 到 {layers}.{heads}。</translation>
    </message>
    <message>
      <source>Pick one of the choices.</source>
      <translation>从选项中选一个。</translation>
    </message>
    <message>
      <source>Pick a floor from 0 to {top}.</source>
      <translation>选一层楼，从 0 到 {top}。</translation>
    </message>
    <message>
      <source>Type or pick a few words.</source>
      <translation>输入或选几个词。</translation>
    </message>
    <message>
      <source>Your saved progress could not be read, so play starts fresh. The old file was kept as {backup}.</source>
      <translation>无法读取你保存的进度，所以重新开始。旧文件已保留为 {backup}。</translation>
    </message>
    <message>
      <source>The progress file is not one of Alchemist's, so play starts fresh. It was kept as {backup}.</source>
      <translation>这个进度文件不是 Alchemist 的，所以重新开始。它已保留为 {backup}。</translation>
    </message>
    <message>
      <source>The progress file was written by a newer Alchemist, so play starts fresh here. It was kept as {backup}.</source>
      <translation>这个进度文件是由更新版本的 Alchemist 写的，所以这里重新开始。它已保留为 {backup}。</translation>
    </message>
    <message>
      <source>Your progress cannot be saved: {reason}</source>
      <translation>无法保存你的进度：{reason}</translation>
    </message>
  </context>
</TS>
