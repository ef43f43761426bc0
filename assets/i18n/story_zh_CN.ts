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
      <source>A rope keeps the later bottles out of reach: “{focus_word}” may only take from itself and the words before it.</source>
      <translation>一根绳子拦住了后面的瓶子：“{focus_word}”只能取用自己和它前面的词。</translation>
    </message>
    <message>
      <source>He is picky: the scores become shares of one flask, and the shares add up to exactly 100%. “{best_word}” gets {best_share}.</source>
      <translation>他很挑剔：得分变成一个烧瓶里的份额，所有份额加起来正好是 100%。“{best_word}”占 {best_share}。</translation>
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
      <source>The whole workshop climbs a floor and does it all again: {layers} floors in this model.</source>
      <translation>整个工坊上到下一层楼，把这一切再做一遍：这个模型共有 {layers} 层。</translation>
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
      <source>Causal mask: the score of every later word (j &gt; i) is set to −∞, so its share becomes exactly 0. For “{focus_word}” (word {focus_pos}) that hides {hidden} of {n_words} bottles; the lines under the shelf show how far each alchemist may reach. Without it, training would let the model peek at the very word it must predict.</source>
      <translation>因果掩码：每个后面的词（j &gt; i）的得分被设为 −∞，所以它的份额正好是 0。对“{focus_word}”（第 {focus_pos} 个词）来说，{n_words} 个瓶子中有 {hidden} 个被挡住；架子下的线显示每位炼金师能够到多远。没有掩码，训练时模型就能偷看它要预测的那个词。</translation>
    </message>
    <message>
      <source>a_ij = exp(score_ij) / Σ_j exp(score_ij). Softmax turns any scores into positive shares summing to 1 and exaggerates the gaps between them. Shares of “{focus_word}”: {top_shares}.</source>
      <translation>a_ij = exp(score_ij) / Σ_j exp(score_ij)。softmax 把任意得分变成总和为 1 的正份额，并放大它们之间的差距。“{focus_word}”的份额：{top_shares}。</translation>
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
      <source>Each head has its own W_q, W_k and W_v and its own pattern of shares; the {heads} heads of a block run side by side. Right-click (or Shift+click) an alchemist to silence his head and run again.</source>
      <translation>每个头有自己的 W_q、W_k、W_v 和自己的份额分布；一个块的 {heads} 个头并排运行。右键单击（或 Shift+单击）一位炼金师，可以让他的头静音并重新运行。</translation>
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
      <source>Each head has its own W_q, W_k and W_v and its own pattern of shares. Silenced heads ({knocked}) still compute their flask, but it is thrown away before the group reaction: it contributes nothing.</source>
      <translation>每个头有自己的 W_q、W_k、W_v 和自己的份额分布。被静音的头（{knocked}）仍然会算出它的烧瓶，但在集体反应之前被倒掉：它没有任何贡献。</translation>
    </message>
    <message>
      <source>The text is cut into {n_words} tokens. Position embeddings are switched off: each bottle holds only its token's embedding ({width} numbers), so the workshop cannot tell the order of the words. This model stacks {layers} blocks with {heads} heads each; a head works with {head_dim} numbers.</source>
      <translation>文本被切成 {n_words} 个词元。位置嵌入已关闭：每个瓶子只装着词元的嵌入向量（{width} 个数），所以工坊分不清词的顺序。这个模型叠了 {layers} 个块，每块 {heads} 个头；每个头处理 {head_dim} 个数。</translation>
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
  </context>
</TS>
