<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>story</name>
    <message>
      <source>The workshop</source>
      <translation>工坊</translation>
    </message>
    <message>
      <source>Recipe and tags</source>
      <translation>配方与标签</translation>
    </message>
    <message>
      <source>Matching</source>
      <translation>配对</translation>
    </message>
    <message>
      <source>Out of reach</source>
      <translation>够不着</translation>
    </message>
    <message>
      <source>The picky alchemist</source>
      <translation>挑剔的炼金师</translation>
    </message>
    <message>
      <source>Pouring</source>
      <translation>倾倒</translation>
    </message>
    <message>
      <source>Everyone at once</source>
      <translation>大家同时动手</translation>
    </message>
    <message>
      <source>Many alchemists</source>
      <translation>许多炼金师</translation>
    </message>
    <message>
      <source>Group reaction</source>
      <translation>集体反应</translation>
    </message>
    <message>
      <source>Chemistry</source>
      <translation>坩埚里的化学</translation>
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
      <source>Each of the {n_words} words gets a workbench: a bottle of its own potion and an alchemist. We follow the alchemist of “{focus_word}”.</source>
      <translation>{n_words} 个词各有一张工作台：一瓶自己的药水和一位炼金师。我们跟随“{focus_word}”的炼金师。</translation>
    </message>
    <message>
      <source>Every alchemist writes a recipe for what his word is looking for; every bottle wears a tag saying what its word offers.</source>
      <translation>每位炼金师写下一张配方，说明他的词在寻找什么；每个瓶子都挂着标签，说明它的词能提供什么。</translation>
    </message>
    <message>
      <source>The alchemist of “{focus_word}” holds his recipe against every tag. The better they fit, the higher the score — best: “{best_word}”.</source>
      <translation>“{focus_word}”的炼金师拿着配方逐一比对每个标签。越吻合，得分越高——最高的是“{best_word}”。</translation>
    </message>
    <message>
      <source>A rope keeps the {hidden} later bottles out of reach: “{focus_word}” may only take from itself and the words before it.</source>
      <translation>一根绳子拦住了后面的 {hidden} 个瓶子：“{focus_word}”只能取用自己和它前面的词。</translation>
    </message>
    <message>
      <source>He is picky: the scores become shares of one flask that add up to exactly 100%, and the best fit takes most of it: “{best_word}” gets {best_share}.</source>
      <translation>他很挑剔：得分变成同一个烧瓶里的份额，加起来正好是 100%，而最吻合的那个拿走了大部分：“{best_word}”占 {best_share}。</translation>
    </message>
    <message>
      <source>From every bottle he pours exactly his share. The flask ends exactly full.</source>
      <translation>他从每个瓶子里倒出恰好属于它的那一份。最后烧瓶正好装满。</translation>
    </message>
    <message>
      <source>Not one after another: all {n_words} alchemists fill their flasks at the same moment.</source>
      <translation>不是一个接一个：全部 {n_words} 位炼金师在同一时刻装满各自的烧瓶。</translation>
    </message>
    <message>
      <source>Every word has {heads} alchemists, one per head, each with his own recipe book. They never touch each other's flasks.</source>
      <translation>每个词有 {heads} 位炼金师，每个注意力头一位，各有自己的配方书。他们从不碰别人的烧瓶。</translation>
    </message>
    <message>
      <source>The team pours its flasks into one vessel, where they react; the result is added to the word's own bottle.</source>
      <translation>团队把各自的烧瓶倒进同一个容器里发生反应；反应的结果被加进这个词自己的瓶子。</translation>
    </message>
    <message>
      <source>Then each word visits the cauldron on its own: chemistry turns its ingredients into new ones.</source>
      <translation>接着每个词独自来到坩埚前：化学反应把它的原料变成新的成分。</translation>
    </message>
    <message>
      <source>The workshop climbs to the next floor and does it all again: {layers} floors in this model. Each floor card shows what the last word's bottle would already guess if it were read out there.</source>
      <translation>工坊上到下一层楼，把这一切再做一遍：这个模型共有 {layers} 层。每张楼层卡片显示：如果在那一层就读出最后一个词的瓶子，它已经会猜什么。</translation>
    </message>
    <message>
      <source>The last word's bottle is read out: “{winner}” wins with {winner_share} and drops into the blank.</source>
      <translation>读出最后一个词的瓶子：“{winner}”以 {winner_share} 胜出，落进空位。</translation>
    </message>
    <message>
      <source>The text is cut into {n_words} tokens. Each token's embedding ({width} numbers) plus its position embedding fills the word's own bottle: the residual stream. This model stacks {layers} blocks with {heads} attention heads each; a head works with vectors of {head_dim} numbers.</source>
      <translation>文本被切成 {n_words} 个词元（token）。每个词元的嵌入向量（{width} 个数）加上它的位置嵌入，装满这个词自己的瓶子：残差流。这个模型叠了 {layers} 个块，每块有 {heads} 个注意力头；每个头处理 {head_dim} 个数的向量。</translation>
    </message>
    <message>
      <source>Block {layer}, head {head}: query q = LN(x)·W_q, key k = LN(x)·W_k and value v = LN(x)·W_v, {head_dim} numbers each. The stripes on scroll and tag show q and k along the {cells} directions that matter most for this head: where stripes agree, the match is good. LayerNorm (LN) rescales each word's stream before every step.</source>
      <translation>第 {layer} 块，第 {head} 个头：查询 q = LN(x)·W_q，键 k = LN(x)·W_k，值 v = LN(x)·W_v，各有 {head_dim} 个数。卷轴和标签上的条纹显示 q 和 k 在这个头最重要的 {cells} 个方向上的分量：条纹越一致，配得越好。每一步之前，层归一化（LN）都会重新缩放每个词的残差流。</translation>
    </message>
    <message>
      <source>score(i, j) = q_i · k_j / √{head_dim} / temperature {temperature}. Highest scores for “{focus_word}”: {top_scores}.</source>
      <translation>得分(i, j) = q_i · k_j / √{head_dim} / 温度 {temperature}。“{focus_word}”的最高得分：{top_scores}。</translation>
    </message>
    <message>
      <source>Causal mask: the score of every later word (j &gt; i) is set to −∞, so its share becomes exactly 0. For “{rope_word}” (word {rope_pos}) that hides {hidden} of {n_words} bottles; the lines under the shelf show how far each alchemist may reach — together they are the mask's triangle. Without it, training would let the model peek at the very word it must predict.</source>
      <translation>因果掩码：每个后面的词（j &gt; i）的得分被设为 −∞，所以它的份额正好是 0。对“{rope_word}”（第 {rope_pos} 个词）来说，{n_words} 个瓶子中有 {hidden} 个被挡住；架子下的线显示每位炼金师能够到多远——合起来就是掩码的三角形。没有掩码，训练时模型就能偷看它要预测的那个词。</translation>
    </message>
    <message>
      <source>a_ij = exp(score_ij) / Σ_j exp(score_ij). Softmax turns any scores into positive shares summing to 1 and exaggerates the gaps between them. Shares of “{focus_word}”: {top_shares}. The stage calls an alchemist easy-going when his shares are nearly even (evenness, the entropy divided by its largest possible value, of at least 0.9), otherwise picky when his largest share is at least 50%; here the evenness is {evenness} over {reach} bottles in reach.</source>
      <translation>a_ij = exp(score_ij) / Σ_j exp(score_ij)。softmax 把任意得分变成总和为 1 的正份额，并放大它们之间的差距。“{focus_word}”的份额：{top_shares}。舞台的判定规则：份额几乎均匀（均匀度，即熵除以它可能的最大值，至少为 0.9）时说炼金师很随和；否则，最大的份额至少为 50% 时说他很挑剔。这里他够得着 {reach} 个瓶子，均匀度为 {evenness}。</translation>
    </message>
    <message>
      <source>Head output o_i = Σ_j a_ij · v_j. The flask's colour is the same mix of the bottles' colours, because the colour is a linear map of v and the shares sum to 1. Main ingredients of “{focus_word}”: {ingredients}. The bottles are not used up: every alchemist pours from the same potions.</source>
      <translation>头的输出 o_i = Σ_j a_ij · v_j。烧瓶的颜色正是各瓶颜色按同样比例的混合，因为颜色是 v 的线性映射，而份额之和为 1。“{focus_word}”的主要成分：{ingredients}。瓶子不会被用完：每位炼金师都从同样的药水里倒。</translation>
    </message>
    <message>
      <source>The {n_words} rows are one matrix product, O = softmax(Q·Kᵀ/√d + M)·V, computed at once — the reason GPUs train GPTs fast. Each flask holds a different mix because each recipe differs.</source>
      <translation>这 {n_words} 行是同一个矩阵乘法 O = softmax(Q·Kᵀ/√d + M)·V，一次算完——这正是 GPU 能快速训练 GPT 的原因。每个烧瓶的混合不同，因为每张配方不同。</translation>
    </message>
    <message>
      <source>Each head has its own W_q, W_k and W_v and its own pattern of shares; the {heads} heads of a block run side by side. Right-click an alchemist to follow his word, silence his head or show it in the inspector.</source>
      <translation>每个头有自己的 W_q、W_k、W_v 和自己的份额分布；一个块的 {heads} 个头并排运行。右键单击一位炼金师，可以跟随他的词、让他的头静音，或在检查器里查看这个头。</translation>
    </message>
    <message>
      <source>The {heads} head outputs ({heads} × {head_dim} numbers) are joined and multiplied by W_o: attn_out. Then x ← x + attn_out: the word keeps its original potion, attention only adds to it. For “{focus_word}”: |attn_out| = {attn_norm}, |x| = {resid_norm}.</source>
      <translation>{heads} 个头的输出（{heads} × {head_dim} 个数）拼接起来再乘以 W_o，得到 attn_out。然后 x ← x + attn_out：这个词保留原来的药水，注意力只是往里添加。对“{focus_word}”：|attn_out| = {attn_norm}，|x| = {resid_norm}。</translation>
    </message>
    <message>
      <source>Feed-forward layer: x ← x + W₂ · GELU(W₁ · LN(x)), with {ffn_dim} neurons. It reads each word on its own — words mix only in attention. Most active neurons for “{focus_word}”: {neurons}.</source>
      <translation>前馈层：x ← x + W₂ · GELU(W₁ · LN(x))，有 {ffn_dim} 个神经元。它单独处理每个词——词与词之间只在注意力里混合。“{focus_word}”最活跃的神经元：{neurons}。</translation>
    </message>
    <message>
      <source>A block is attention + feed-forward, each added to the stream. Reading the stream of the last word after each block (the logit lens: final LayerNorm + unembedding) gives: {lens}.</source>
      <translation>一个块 = 注意力 + 前馈层，两者都加回残差流。在每个块之后读取最后一个词的残差流（logit lens：最终层归一化 + 反嵌入）得到：{lens}。</translation>
    </message>
    <message>
      <source>logits = LN_f(x_last) · W_teᵀ (the token embedding matrix, reused); probabilities = softmax(logits). Only the last word's stream predicts the next word; every other position predicts its own next word. Top guesses: {top}.</source>
      <translation>logits = LN_f(x_last) · W_teᵀ（复用词元嵌入矩阵）；概率 = softmax(logits)。只有最后一个词的残差流预测下一个词；其他每个位置预测的是它自己的下一个词。最可能的猜测：{top}。</translation>
    </message>
    <message>
      <source>Each of the {n_words} words gets a workbench, a bottle and an alchemist — but no numbered badge: with the badges off, the workshop cannot tell which word comes where. We follow the alchemist of “{focus_word}”.</source>
      <translation>{n_words} 个词各有一张工作台、一个瓶子和一位炼金师——但没有编号牌：编号牌关掉以后，工坊分不清哪个词在哪个位置。我们跟随“{focus_word}”的炼金师。</translation>
    </message>
    <message>
      <source>The text is cut into {n_words} tokens. Position embeddings are switched off: each bottle holds only its token's embedding ({width} numbers), so the workshop cannot tell the order of the words. This model stacks {layers} blocks with {heads} heads each; a head works with {head_dim} numbers.</source>
      <translation>文本被切成 {n_words} 个词元。位置嵌入已关闭：每个瓶子只装着词元的嵌入向量（{width} 个数），所以工坊分不清词的顺序。这个模型叠了 {layers} 个块，每块 {heads} 个头；每个头处理 {head_dim} 个数。</translation>
    </message>
    <message>
      <source>No rope</source>
      <translation>没有绳子</translation>
    </message>
    <message>
      <source>The rope is gone: every alchemist may take from every bottle, even from words that come later.</source>
      <translation>绳子撤掉了：每位炼金师都能从每个瓶子里取，连后面的词也可以。</translation>
    </message>
    <message>
      <source>The causal mask is switched off, so every score q_i·k_j counts, also for j &gt; i. GPTs are never trained like this: each word now sees the future, so what it predicts for earlier positions is no longer honest.</source>
      <translation>因果掩码已关闭，所以每个得分 q_i·k_j 都算数，j &gt; i 时也一样。GPT 从来不这样训练：每个词现在都能看到未来，所以它对前面位置的预测不再诚实。</translation>
    </message>
    <message>
      <source>A rope keeps the {hidden} later bottles out of reach: “{focus_word}”, the first word, may only take from itself.</source>
      <translation>一根绳子拦住了后面的 {hidden} 个瓶子：“{focus_word}”是第一个词，只能取用它自己。</translation>
    </message>
    <message>
      <source>Nothing comes after “{focus_word}”, the last word, so look at “{rope_word}” (word {rope_pos}): a rope keeps the {hidden} later bottles out of his reach. The lines under the shelf show how far each alchemist may reach.</source>
      <translation>“{focus_word}”是最后一个词，后面什么也没有，所以来看“{rope_word}”（第 {rope_pos} 个词）：一根绳子把后面的 {hidden} 个瓶子挡在他够不着的地方。架子下的线显示每位炼金师能够到多远。</translation>
    </message>
    <message>
      <source>There is only one word, so nothing comes later: no rope is needed, and the alchemist may take only from his own bottle.</source>
      <translation>只有一个词，后面什么也没有：用不着绳子，炼金师只能从自己的瓶子里取。</translation>
    </message>
    <message>
      <source>Causal mask: the score of every later word (j &gt; i) is set to −∞, so its share becomes exactly 0. With a single word there is no later word: the mask changes nothing here.</source>
      <translation>因果掩码：每个后面的词（j &gt; i）的得分被设为 −∞，所以它的份额正好是 0。只有一个词时没有后面的词：掩码在这里什么也不改变。</translation>
    </message>
    <message>
      <source>The easy-going alchemist</source>
      <translation>随和的炼金师</translation>
    </message>
    <message>
      <source>The choosy alchemist</source>
      <translation>有点讲究的炼金师</translation>
    </message>
    <message>
      <source>One bottle in reach</source>
      <translation>只够得着一个瓶子</translation>
    </message>
    <message>
      <source>Shares poured by hand</source>
      <translation>亲手倒的份额</translation>
    </message>
    <message>
      <source>He is easy-going: the scores become shares of one flask that add up to exactly 100%, and they come out nearly even: even the best fit, “{best_word}”, gets only {best_share}.</source>
      <translation>他很随和：得分变成同一个烧瓶里的份额，加起来正好是 100%，而且几乎平分：就连最吻合的“{best_word}”也只占 {best_share}。</translation>
    </message>
    <message>
      <source>He is choosy, not strict: the scores become shares of one flask that add up to exactly 100%; “{best_word}” gets the most, {best_share}, and the rest is spread over the others.</source>
      <translation>他有点讲究，但不苛刻：得分变成同一个烧瓶里的份额，加起来正好是 100%；“{best_word}”占得最多，为 {best_share}，其余的分给了别的瓶子。</translation>
    </message>
    <message>
      <source>Only one bottle is within his reach, his own: “{best_word}” gets the whole flask, 100%.</source>
      <translation>他只够得着一个瓶子，就是他自己的：“{best_word}”占满整个烧瓶，100%。</translation>
    </message>
    <message>
      <source>These shares were poured by hand: they are yours, not the alchemist's, and they add up to exactly 100%. “{best_word}” gets {best_share}.</source>
      <translation>这些份额是亲手倒的：它们是你定的，不是炼金师的，加起来正好是 100%。“{best_word}”占 {best_share}。</translation>
    </message>
    <message>
      <source>a_ij = exp(score_ij) / Σ_j exp(score_ij). With a single score in reach the softmax gives it everything: exp(s) / exp(s) = 1.</source>
      <translation>a_ij = exp(score_ij) / Σ_j exp(score_ij)。够得着的得分只有一个时，softmax 把全部份额都给它：exp(s) / exp(s) = 1。</translation>
    </message>
    <message>
      <source>This row was poured by hand (block {layer}, head {head}, word {focus_pos}): your shares replace the softmax's before the pouring, and the rest of the run works with them. Shares of “{focus_word}”: {top_shares}.</source>
      <translation>这一行是亲手倒的（第 {layer} 块，第 {head} 个头，第 {focus_pos} 个词）：倒之前，你的份额替换了 softmax 算出的份额，这次运行后面的部分都用它们计算。“{focus_word}”的份额：{top_shares}。</translation>
    </message>
    <message>
      <source>From every bottle he pours exactly his share, and the flask ends full — but head {layer}.{head} is silenced, so this flask is thrown away before the group reaction.</source>
      <translation>他从每个瓶子里倒出恰好属于它的那一份，烧瓶最后装满了——但头 {layer}.{head} 被静音了，所以这个烧瓶在集体反应之前就被倒掉。</translation>
    </message>
    <message>
      <source>He pours exactly the shares you chose by hand; the flask ends exactly full.</source>
      <translation>他倒的正是你亲手定的份额，一点不差；烧瓶最后正好装满。</translation>
    </message>
    <message>
      <source>Each head has its own W_q, W_k and W_v and its own pattern of shares. Silenced heads ({knocked}) still compute their flask, but it is thrown away before the group reaction: it contributes nothing. Right-click an alchemist to silence or restore his head.</source>
      <translation>每个头有自己的 W_q、W_k、W_v 和自己的份额分布。被静音的头（{knocked}）仍然会算出它的烧瓶，但在集体反应之前被倒掉：它没有任何贡献。右键单击一位炼金师，可以让他的头静音或恢复。</translation>
    </message>
    <message>
      <source>The team pours its flasks into one vessel, where they react — all but those of the silenced heads ({knocked_here}), which are thrown away; the result is added to the word's own bottle.</source>
      <translation>团队把各自的烧瓶倒进同一个容器里发生反应——被静音的头（{knocked_here}）除外，它们的烧瓶被倒掉；反应的结果被加进这个词自己的瓶子。</translation>
    </message>
    <message>
      <source>The top floor</source>
      <translation>顶层</translation>
    </message>
    <message>
      <source>One floor only</source>
      <translation>只有一层</translation>
    </message>
    <message>
      <source>This is the top floor: the {below} floors below did the same work first, each on the bottles the floor beneath left. Each floor card shows what the last word's bottle would already guess if it were read out there.</source>
      <translation>这里是顶层：下面的 {below} 层先做了同样的工作，每一层都接着处理下一层留下的瓶子。每张楼层卡片显示：如果在那一层就读出最后一个词的瓶子，它已经会猜什么。</translation>
    </message>
    <message>
      <source>This model has a single floor, so nothing is done again. Its card shows what the last word's bottle guesses when it is read out.</source>
      <translation>这个模型只有一层，所以不会再做一遍。它的卡片显示读出最后一个词的瓶子时猜的是什么。</translation>
    </message>
    <message>
      <source>The words were shuffled before this run: they stand in a new order.</source>
      <translation>这次运行之前，词被打乱了：它们换了新的顺序。</translation>
    </message>
    <message>
      <source>Only the words around “{focus_word}” and the bottles he pours from most get a bench of their own; the other {crate_words} words wait in the crate on the left.</source>
      <translation>只有“{focus_word}”附近的词和他倒得最多的那些瓶子才有自己的工作台；其余 {crate_words} 个词放在左边的木箱里。</translation>
    </message>
    <message>
      <source>The grey alchemists belong to head {layer}.{head}, which is silenced in this run: they still work, but their flasks are thrown away.</source>
      <translation>灰色的炼金师属于头 {layer}.{head}，这次运行中它被静音了：他们照样干活，但烧瓶会被倒掉。</translation>
    </message>
    <message>
      <source>The tokens were reordered (shuffle seed {seed}) before the run; every number on the stage is computed for this order.</source>
      <translation>运行之前，词元被重新排序（打乱种子 {seed}）；舞台上的每个数字都是按这个顺序算出来的。</translation>
    </message>
    <message>
      <source>With {n_words} tokens the stage shows {shown_words} of them: the {near} around “{focus_word}” and the {brought} with the largest shares for this head. The crate holds the other {crate_words}; they take {crate_share} of the flask, and every number still counts all {n_words}.</source>
      <translation>共有 {n_words} 个词元，舞台显示其中 {shown_words} 个：“{focus_word}”周围的 {near} 个，以及这个头给出份额最大的 {brought} 个。木箱里装着其余 {crate_words} 个，它们占烧瓶的 {crate_share}；每个数字仍然把全部 {n_words} 个都算在内。</translation>
    </message>
    <message>
      <source>The temperature is {temperature}: every score was divided by it first, which makes every alchemist pickier.</source>
      <translation>温度是 {temperature}：每个得分都先除以它，这让每位炼金师都更挑剔。</translation>
    </message>
    <message>
      <source>The temperature is {temperature}: every score was divided by it first, which makes every alchemist more easy-going.</source>
      <translation>温度是 {temperature}：每个得分都先除以它，这让每位炼金师都更随和。</translation>
    </message>
    <message>
      <source>These are the shares you poured by hand.</source>
      <translation>这些是你亲手倒的份额。</translation>
    </message>
    <message>
      <source>The crate pours for the {crate_words} words without a bench: {crate_share} of the flask.</source>
      <translation>木箱替没有工作台的 {crate_words} 个词倒：占烧瓶的 {crate_share}。</translation>
    </message>
    <message>
      <source>Head {layer}.{head} is silenced in this run: o_i is still computed — you see it poured — but it is multiplied by 0 before W_o, so it adds nothing.</source>
      <translation>头 {layer}.{head} 在这次运行中被静音：o_i 仍然会被算出来——你看到它被倒满了——但在乘 W_o 之前它被乘以 0，所以什么也没加进去。</translation>
    </message>
    <message>
      <source>The crate's stream is the sum of the shares of the {crate_words} words without a bench, and its colour is their share-weighted mix: the flask still fills exactly.</source>
      <translation>木箱倒出的那一股是没有工作台的 {crate_words} 个词的份额之和，颜色是它们按份额加权的混合：烧瓶仍然正好装满。</translation>
    </message>
    <message>
      <source>Their flasks stay grey: head {layer}.{head} is silenced, so none of them will count.</source>
      <translation>他们的烧瓶都是灰色的：头 {layer}.{head} 被静音了，这些烧瓶一个也不算数。</translation>
    </message>
    <message>
      <source>Silenced in this block: {knocked_here} — grey and crossed out; their flasks will be thrown away.</source>
      <translation>这个块里被静音的头：{knocked_here}——灰色并打了叉；它们的烧瓶会被倒掉。</translation>
    </message>
    <message>
      <source>Silenced in other blocks: {knocked_other}.</source>
      <translation>其他块里被静音的头：{knocked_other}。</translation>
    </message>
    <message>
      <source>no rope: the mask is off</source>
      <translation>没有绳子：掩码已关闭</translation>
    </message>
    <message>
      <source>silenced</source>
      <translation>已静音</translation>
    </message>
    <message>
      <source>?</source>
      <translation>？</translation>
    </message>
    <message>
      <source>W_o</source>
      <translation>W_o</translation>
    </message>
    <message>
      <source>block {layer}</source>
      <translation>第 {layer} 块</translation>
    </message>
    <message>
      <source>next word</source>
      <translation>下一个词</translation>
    </message>
    <message>
      <source>head {head}</source>
      <translation>第 {head} 个头</translation>
    </message>
    <message>
      <source>potions v, tagged with keys k</source>
      <translation>药水 v，挂着键 k 的标签</translation>
    </message>
    <message>
      <source>each word's own bottle x: the residual stream</source>
      <translation>每个词自己的瓶子 x：残差流</translation>
    </message>
    <message>
      <source>floors = blocks</source>
      <translation>楼层 = 块</translation>
    </message>
    <message>
      <source>what each floor would already guess</source>
      <translation>每一层已经会猜什么</translation>
    </message>
    <message>
      <source>Click a floor to follow its block</source>
      <translation>单击一层楼，跟随它的块</translation>
    </message>
    <message>
      <source>out of reach for “{word}”</source>
      <translation>“{word}”够不着</translation>
    </message>
    <message>
      <source>each alchemist's reach: the causal mask</source>
      <translation>每位炼金师能够到的范围：因果掩码</translation>
    </message>
    <message>
      <source>{count} more words</source>
      <translation>另外 {count} 个词</translation>
    </message>
    <message>
      <source>poured by hand</source>
      <translation>亲手倒的</translation>
    </message>
    <message>
      <source>The workshop is opening: loading the model…</source>
      <translation>工坊正在开门：正在加载模型……</translation>
    </message>
    <message>
      <source>Press ▶ or Space to watch the alchemists work</source>
      <translation>按 ▶ 或空格键，看炼金师们干活</translation>
    </message>
    <message>
      <source>Follow “{word}”</source>
      <translation>跟随“{word}”</translation>
    </message>
    <message>
      <source>Silence head {layer}.{head}</source>
      <translation>让头 {layer}.{head} 静音</translation>
    </message>
    <message>
      <source>Restore head {layer}.{head}</source>
      <translation>恢复头 {layer}.{head}</translation>
    </message>
    <message>
      <source>Show head {layer}.{head} in the inspector</source>
      <translation>在检查器里查看头 {layer}.{head}</translation>
    </message>
    <message>
      <source>“{word}” {before} → {after}: this answer does not depend on word order.</source>
      <translation>“{word}” {before} → {after}：这个答案不取决于词序。</translation>
    </message>
    <message>
      <source>“{word}” {before} → {after}: this answer does not depend on the rope.</source>
      <translation>“{word}” {before} → {after}：这个答案不取决于绳子。</translation>
    </message>
    <message>
      <source>“{word}” {before} → {after}: this answer hardly depends on how picky the alchemists are.</source>
      <translation>“{word}” {before} → {after}：这个答案几乎不取决于炼金师们有多挑剔。</translation>
    </message>
    <message>
      <source>“{word}” {before} → {after}: this answer hardly depends on the silenced or restored head(s) {heads}.</source>
      <translation>“{word}” {before} → {after}：这个答案几乎不依赖被静音或恢复的头 {heads}。</translation>
    </message>
    <message>
      <source>“{word}” {before} → {after}: this answer hardly depends on that pour.</source>
      <translation>“{word}” {before} → {after}：这个答案几乎不取决于那次亲手倒的份额。</translation>
    </message>
    <message>
      <source>“{word}” {before} → {after}: these experiments change this answer very little.</source>
      <translation>“{word}” {before} → {after}：这些实验对这个答案的影响很小。</translation>
    </message>
    <message>
      <source>“{word}” {before} → {after}: still the favourite, and surer.</source>
      <translation>“{word}” {before} → {after}：仍然是首选，而且更有把握了。</translation>
    </message>
    <message>
      <source>“{word}” {before} → {after}: still the favourite, but less sure.</source>
      <translation>“{word}” {before} → {after}：仍然是首选，但没那么有把握了。</translation>
    </message>
    <message>
      <source>“{word}” {before} → {after}; now “{winner}” wins with {winner_after}.</source>
      <translation>“{word}” {before} → {after}；现在“{winner}”以 {winner_after} 胜出。</translation>
    </message>
    <message>
      <source>Another text: now “{winner}” wins with {winner_after}.</source>
      <translation>换了一段文字：现在“{winner}”以 {winner_after} 胜出。</translation>
    </message>
    <message>
      <source>The attention of head {att_head} changed most: “{att_query}” now gives “{att_key}” {att_after} instead of {att_before}.</source>
      <translation>头 {att_head} 的注意力变化最大：“{att_query}”现在给“{att_key}”{att_after}，而不是 {att_before}。</translation>
    </message>
    <message>
      <source>The flasks of head {flask_head} changed most: the one of “{flask_word}” by {flask_change} of its size.</source>
      <translation>头 {flask_head} 的烧瓶变化最大：“{flask_word}”的烧瓶变化了它大小的 {flask_change}。</translation>
    </message>
    <message>
      <source>Inside, little moved: no attention share changed by as much as {att_floor}.</source>
      <translation>模型内部几乎没动：没有哪个注意力份额的变化达到 {att_floor}。</translation>
    </message>
  </context>
</TS>
